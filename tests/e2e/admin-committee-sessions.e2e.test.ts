import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

// Demo account from data/essen/demo-users.json; the test clock says today is 27.11.2026.
const ADMIN = "admin@demo.strategiemonitor.example";
const PASSWORD = "Demo-Passwort-2026";

const app = useBrowserApp();
// One signed-in page for all tests: each builds on the sessions the one before left.
let page: Page;

beforeAll(async () => {
  page = await app.newPage();
  await page.goto(`${app.baseUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname !== "/anmelden");
});

const table = () => page.getByRole("table", { name: /^Sitzungen/ });
const addForm = () => page.getByRole("form", { name: "Sitzung hinzufügen" });
const pageStatus = () => page.locator(".sessions-status");

async function expectNoViolations() {
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}

async function addSession(date: string, title: string) {
  await addForm().getByLabel("Datum").fill(date);
  await addForm().getByLabel("Titel").fill(title);
  await addForm().getByRole("button", { name: "Sitzung hinzufügen" }).click();
}

describe("committee sessions in the administration", () => {
  it("are listed, reachable from the admin navigation, without violations", async () => {
    await page.goto(`${app.baseUrl}/verwaltung`);
    await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Sitzungen" }).click();
    await page.waitForURL(`${app.baseUrl}/verwaltung/sitzungen`);
    expect(await page.locator("h1").textContent()).toBe("Sitzungen des Ausschusses");
    await expect.poll(() => table().textContent()).toContain("Digitalisierungsausschuss, 3. Sitzung 2026");
    expect(await table().textContent()).toContain("22.09.2026");
    await expectNoViolations();
  });

  it("refuse a new session without title, on a taken date or outside the horizon, with messages at the inputs", async () => {
    await addSession("2026-11-10", "");
    const summary = page.getByRole("alert").filter({ hasText: "Die Sitzung wurde nicht eingetragen" });
    await expect.poll(() => summary.textContent()).toContain("Titel");
    expect(await addForm().getByLabel("Titel").getAttribute("aria-invalid")).toBe("true");
    await expectNoViolations();

    await addSession("2026-09-22", "Doppelt");
    await expect.poll(() => summary.textContent()).toContain("gibt es schon die Sitzung");
    expect(await addForm().getByLabel("Datum").getAttribute("aria-invalid")).toBe("true");

    await addSession("2029-01-01", "Zu spät");
    await expect.poll(() => summary.textContent()).toContain("Datum muss zwischen");
    expect(await table().textContent()).not.toContain("Zu spät");
  });

  it("adds a session, and the changes page starts its default period there", async () => {
    await addSession("2026-11-10", "Sondersitzung Haushalt");
    await expect.poll(() => addForm().getByRole("status").textContent()).toBe("Sitzung vom 10.11.2026 „Sondersitzung Haushalt“ ist eingetragen.");
    await expect.poll(() => table().textContent()).toContain("Sondersitzung Haushalt");
    expect(await addForm().getByLabel("Titel").inputValue()).toBe("");
    expect(await page.getByRole("alert").count()).toBe(0);

    await page.goto(`${app.baseUrl}/aenderungen`);
    await expect
      .poll(() => page.locator(".changes-period").textContent())
      .toBe("Zeitraum: 10.11.2026 bis 27.11.2026 (seit der Sitzung „Sondersitzung Haushalt“)");
    await page.goto(`${app.baseUrl}/verwaltung/sitzungen`);
    await table().waitFor();
  });

  it("renames it, with the message in a status region", async () => {
    await page.getByRole("button", { name: "Umbenennen (Sitzung vom 10.11.2026)" }).click();
    const title = page.getByLabel("Neuer Titel");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await title.getAttribute("id"));
    expect(await title.inputValue()).toBe("Sondersitzung Haushalt");
    await title.fill("Sondersitzung Haushalt 2027");
    await expectNoViolations();
    await page.getByRole("button", { name: "Titel speichern" }).click();
    await expect.poll(() => pageStatus().textContent()).toBe("Sitzung vom 10.11.2026 heißt jetzt „Sondersitzung Haushalt 2027“.");
    await expect.poll(() => table().textContent()).toContain("Sondersitzung Haushalt 2027");
    expect(await page.getByLabel("Neuer Titel").count()).toBe(0);
  });

  it("deletes it only after a confirmation step; cancelling keeps it", async () => {
    const deleteButton = page.getByRole("button", { name: "Löschen (Sitzung vom 10.11.2026)" });
    await deleteButton.click();
    const confirm = page.getByRole("region", { name: "Sitzung vom 10.11.2026 löschen?" });
    await expect.poll(() => confirm.textContent()).toContain("Sondersitzung Haushalt 2027");
    await expectNoViolations();
    await confirm.getByRole("button", { name: "Abbrechen" }).click();
    expect(await confirm.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("session-delete-2026-11-10");
    expect(await table().textContent()).toContain("Sondersitzung Haushalt 2027");

    await deleteButton.click();
    await confirm.getByRole("button", { name: "Ja, Sitzung löschen" }).click();
    await expect.poll(() => pageStatus().textContent()).toBe("Sitzung vom 10.11.2026 „Sondersitzung Haushalt 2027“ ist gelöscht.");
    await expect.poll(() => table().textContent()).not.toContain("Sondersitzung Haushalt");
    await expectNoViolations();
  });
});
