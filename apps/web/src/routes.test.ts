import { describe, expect, it } from "vitest";
import { matchRoutes, type RouteObject } from "react-router";
import { matchPagePath, PAGE_ROUTES } from "@sm/domain/web";
import { routes } from "./routes";

/** The route the web app's router shows for a path: its pattern, or null for the not-found page. */
function routerPage(path: string): string | null {
  const leaf = matchRoutes(routes, path)?.at(-1)?.route;
  if (!leaf) throw new Error(`the router matched nothing for ${path}`);
  return leaf.path === "*" ? null : (leaf.path ?? null);
}

/** The server's view of the same path (apps/api/src/web-app.ts). */
const serverPage = (path: string) => {
  const match = matchPagePath(path);
  return match ? PAGE_ROUTES[match.name].path : null;
};

function leafPaths(tree: RouteObject[]): string[] {
  return tree.flatMap((r) => (r.children ? leafPaths(r.children) : r.path ? [r.path] : []));
}

describe("the web app's routes and the server's page list", () => {
  it("are the same list: the router has every listed page and nothing else but the not-found page", () => {
    expect(leafPaths(routes).sort()).toEqual([...Object.values(PAGE_ROUTES).map((r) => r.path), "*"].sort());
  });

  it("match every path the same way", () => {
    const probes = [
      ...Object.values(PAGE_ROUTES).map((r) => r.path.replace(/:[a-z]+/g, "HF1-01")),
      "/",
      "/Massnahmen",
      "/massnahmen/",
      "/KENNZAHLEN/abc",
      "/verwaltung/massnahmen/neu",
      "/verwaltung/massnahmen/HF1-01",
      "/verwaltung/massnahmen/HF1-01/x",
      "/massnahmen/HF1-01/aktualisieren/",
      "/massnahmen/HF1-01/bearbeiten",
      "/foo",
      "/so-wird-gerechnet/",
      "/so-wird-gerechnet/mehr",
      "/handlungsfelder",
      "/verwaltung/foo",
      "/impressum/x",
    ];
    for (const path of probes) expect(serverPage(path), path).toBe(routerPage(path));
  });
});
