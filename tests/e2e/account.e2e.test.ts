import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectNoViolations, signIn, useBrowserApp } from "./harness";

const app = useBrowserApp();
const COUNCIL = "rat@demo.strategiemonitor.example";
const NEW_PASSWORD = "Tintenfisch Rathaus Gießkanne";


describe("Mein Konto", () => {
  it("a council member changes their password: wrong current one and a weak new one are refused at the fields", async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, COUNCIL);
    await page.getByRole("link", { name: "Mein Konto" }).click();
    await page.getByRole("heading", { name: "Passwort ändern" }).waitFor();

    await page.getByLabel("Bisheriges Passwort").fill("falsch-falsch-falsch");
    await page.getByLabel("Neues Passwort", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Neues Passwort wiederholen").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Passwort nicht geändert" });
    await expect.poll(() => summary.textContent()).toContain("Das bisherige Passwort stimmt nicht");

    await page.getByLabel("Bisheriges Passwort").fill(DEMO_PASSWORD);
    await page.getByLabel("Neues Passwort", { exact: true }).fill("aaaaaaaaaaaa");
    await page.getByLabel("Neues Passwort wiederholen").fill("aaaaaaaaaaaa");
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await expect.poll(() => summary.textContent()).toContain("zu leicht zu erraten");
    await expectNoViolations(page);

    await page.getByLabel("Neues Passwort", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Neues Passwort wiederholen").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.getByText("Ihr Passwort ist geändert.").waitFor();
    await page.context().close();

    const again = await app.newPage();
    await signIn(again, app.baseUrl, COUNCIL, NEW_PASSWORD);
    await again.goto(`${app.baseUrl}/konto`);
    await expect.poll(() => again.locator("main").textContent()).toContain(COUNCIL);
    await again.context().close();
  });
});
