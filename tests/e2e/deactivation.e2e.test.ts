import { describe, expect, it } from "vitest";
import { expectNoViolations, signIn, useBrowserApp } from "./harness";

// projektleitung2 leads HF2-01, HF2-03 and HF4-01 in the demo (data/essen/demo-users.json).
const app = useBrowserApp();

describe("deactivating a lead", () => {
  it("asks who takes over their measures; left without a lead they show on the administration's to-do list", async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, "admin@demo.strategiemonitor.example");

    await page.goto(`${app.baseUrl}/verwaltung/benutzer`);
    await page.getByRole("link", { name: /Paul|projektleitung2/ }).first().click();
    const access = page.getByRole("region", { name: "Zugang" });
    await access.getByRole("group").waitFor();
    expect(await access.getByRole("group").textContent()).toContain("HF2-01");
    await access.getByRole("button", { name: "Deaktivieren" }).click();
    await expect.poll(() => access.getByRole("alert").textContent()).toContain("wer die Maßnahmen übernimmt");
    await expectNoViolations(page);

    await access.getByLabel(/ohne\s+Projektleitung lassen/).check();
    await access.getByRole("button", { name: "Deaktivieren" }).click();
    await expect.poll(() => access.getByRole("status").textContent()).toContain("ist deaktiviert");

    await page.goto(`${app.baseUrl}/verwaltung`);
    const todo = page.getByRole("region", { name: "Zu erledigen" });
    await expect.poll(() => todo.textContent()).toContain("HF2-01");
    expect(await todo.textContent()).toContain("HF4-01");
    await page.goto(`${app.baseUrl}/verwaltung/massnahmen`);
    await expect.poll(() => page.locator("tr", { hasText: "HF4-01" }).textContent()).toContain("Projektleitung offen");
    await page.context().close();
  });
});

describe("sign-in delays", () => {
  it("an administrator sees an address held back for an account and lifts it", async () => {
    const page = await app.newPage();
    for (let i = 0; i < 6; i++) {
      await page.request.post(`${app.baseUrl}/api/v1/session`, {
        headers: { origin: app.baseUrl, "content-type": "application/json" },
        data: { email: "rat@demo.strategiemonitor.example", password: "vertippt-vertippt" },
      });
    }
    await signIn(page, app.baseUrl, "admin@demo.strategiemonitor.example");
    await page.goto(`${app.baseUrl}/verwaltung`);
    await page.getByRole("link", { name: "Anmeldesperren" }).first().click();
    const row = page.locator("tr", { hasText: "rat@demo.strategiemonitor.example" });
    await expect.poll(() => row.textContent()).toContain("noch");
    await expectNoViolations(page);
    await row.getByRole("button", { name: /Aufheben/ }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("ist aufgehoben");
    await expect.poll(() => row.count()).toBe(0);
    await page.context().close();
  });
});
