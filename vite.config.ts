import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompress } from "./scripts/vite-precompress";

// The web app lives in apps/web; in dev, /api goes to the API server started by `npm run dev`.
export default defineConfig({
  root: "apps/web",
  plugins: [react(), precompress()],
  // Source maps for debugging locally, never referenced from the bundles nor served (web-app.ts).
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: "hidden",
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the entry needs in one file rather than a dozen small ones: on a phone's
        // connection each extra request costs a round trip before the first page can show.
        // main.tsx itself stays the entry chunk, which the build manifest and index.html name.
        codeSplitting: { groups: [{ name: "shell", tags: ["$initial"], test: (id: string) => !/index\.html|[\\/]src[\\/]main\.tsx$/.test(id) }] },
      },
    },
  },
  server: { port: 5173, proxy: { "/api": "http://localhost:3001" } },
  test: {
    root: ".",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          root: ".",
          include: ["packages/**/*.test.ts", "apps/**/*.test.ts", "apps/**/*.test.tsx"],
          exclude: ["**/node_modules/**", "**/*.e2e.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          root: ".",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time, each with its own app and Chromium, after the unit tests (a group of its
          // own, as its worker count differs). Two Chromiums keep both cores busy, so a page may take a
          // while to catch up: expect.poll waits up to 15 s rather than its default second.
          fileParallelism: true,
          maxWorkers: 2,
          // A worker keeps its loaded modules from one file to the next instead of starting over; every
          // file still gets a fresh app and database and its own Chromium (tests/e2e/harness.ts).
          isolate: false,
          sequence: { groupOrder: 1 },
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
