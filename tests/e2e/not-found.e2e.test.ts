import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

const app = useBrowserApp();
const PASSWORD = "Demo-Passwort-2026";
/** A measure of the demo data that is not public (data/essen/measures.json). */
const INTERNAL = "HF2-03";

const h1 = (page: Page) => page.locator("h1").first();

/** Opens a path and returns the HTTP status of the page itself, once its heading is there. */
async function open(page: Page, path: string): Promise<number | undefined> {
  const response = await page.goto(`${app.baseUrl}${path}`);
  await h1(page).waitFor();
  await page.waitForLoadState("networkidle");
  return response?.status();
}

async function expectNoViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe("honest 404s", () => {
  it("answers an unknown path with 404 and the German not-found page, without violations", async () => {
    const page = await app.visitorPage();
    expect(await open(page, "/foo")).toBe(404);
    await expect.poll(() => h1(page).textContent()).toBe("Seite nicht gefunden");
    expect(await page.title()).toContain("Seite nicht gefunden");
    await page.getByRole("link", { name: "Zur Übersicht" }).waitFor();
    await expectNoViolations(page);
  });

  it("answers an unknown measure with 404 and says in German that it does not exist, without violations", async () => {
    const page = await app.visitorPage();
    expect(await open(page, "/massnahmen/HF9-99")).toBe(404);
    await expect.poll(() => h1(page).textContent()).toBe("Nicht gefunden");
    await expect.poll(() => page.locator("main").textContent()).toContain("Maßnahme „HF9-99“ gibt es nicht.");
    await expectNoViolations(page);
  });

  it("answers an internal measure to a visitor exactly like an unknown one", async () => {
    const page = await app.visitorPage();
    expect(await open(page, `/massnahmen/${INTERNAL}`)).toBe(404);
    await expect.poll(() => h1(page).textContent()).toBe("Nicht gefunden");
    await expect.poll(() => page.locator("main").textContent()).toContain(`Maßnahme „${INTERNAL}“ gibt es nicht.`);
  });

  it("shows the internal measure to a signed-in council member with 200", async () => {
    const page = await app.newPage();
    await page.goto(`${app.baseUrl}/anmelden`);
    await page.getByLabel("E-Mail-Adresse").fill("rat@demo.strategiemonitor.example");
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL((url) => url.pathname !== "/anmelden");
    expect(await open(page, `/massnahmen/${INTERNAL}`)).toBe(200);
    await expect.poll(() => page.locator(".eyebrow").first().textContent()).toContain(`Maßnahme ${INTERNAL}`);
    await page.context().close();
  });

  it("answers real pages with 200, a past date included", async () => {
    const page = await app.visitorPage();
    for (const path of ["/", "/massnahmen/HF1-01?stand=2024-06-30", "/so-wird-gerechnet", "/impressum"]) {
      expect(await open(page, path), path).toBe(200);
      expect(await h1(page).textContent(), path).not.toMatch(/nicht gefunden/i);
    }
  });
});
