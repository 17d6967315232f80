import { describe, expect, it } from "vitest";
import type { Dialog, Locator, Page } from "playwright-core";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

// Demo accounts from data/essen/demo-users.json; the test clock says today is 27.11.2026.
const PASSWORD = "Demo-Passwort-2026";
const LEAD = "projektleitung@demo.strategiemonitor.example"; // leads HF1-09, HF1-10, HF1-12
const ADMIN = "admin@demo.strategiemonitor.example";
const KPI_ID = "median-days-decision"; // linked to HF1-12
const KPI_TITLE = "Bearbeitungsdauer online gestellter Anträge (Median)";

const app = useBrowserApp();

async function signIn(page: Page, email: string, landing: string) {
  await page.goto(`${app.baseUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`${app.baseUrl}${landing}`);
}

const leaveDialog = (page: Page) => page.getByRole("alertdialog", { name: "Ungespeicherte Änderungen verwerfen?" });
const headerLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name, exact: true });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
const path = (page: Page) => new URL(page.url()).pathname;

/** Types like a person: Chromium asks before unloading only after a real gesture on the page. */
async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.press("End");
  await field.page().keyboard.type(text);
}

/** Reloads the page and answers the types of the dialogs the browser showed meanwhile (each accepted). */
async function dialogsOnReload(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const answer = (dialog: Dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  };
  page.on("dialog", answer);
  await page.reload();
  await page.locator("h1").first().waitFor();
  page.off("dialog", answer);
  return seen;
}

/**
 * Whether the page would ask before unloading, without unloading it: the page's listener cancels
 * the event. For where a reload would throw away the state the test goes on with.
 */
function wouldAskBeforeUnload(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

async function expectNoViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}

async function openUpdateFormFromMyMeasures(page: Page, code: string) {
  await page.getByRole("link", { name: `Aktualisieren (${code})` }).click();
  await page.getByRole("button", { name: "Aktualisierung speichern" }).waitFor();
}

describe("the update form asks before unsaved edits are lost", () => {
  it("a header link, Escape and the back button keep the edits; „Seite verlassen“ leaves", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD, "/meine-massnahmen");
    await openUpdateFormFromMyMeasures(page, "HF1-12");
    const comment = page.getByLabel("Kommentar für die Öffentlichkeit");
    await typeInto(comment, "Zwischenstand für den Ausschuss");

    await headerLink(page, "Übersicht").click();
    await leaveDialog(page).waitFor();
    expect(await leaveDialog(page).textContent()).toContain("Wenn Sie die Seite verlassen, gehen sie verloren.");
    expect(await focused(page)).toBe("Weiter bearbeiten");
    await page.waitForLoadState("networkidle");
    await expectNoViolations(page);

    await leaveDialog(page).getByRole("button", { name: "Weiter bearbeiten" }).click();
    await leaveDialog(page).waitFor({ state: "hidden" });
    expect(path(page)).toBe("/massnahmen/HF1-12/aktualisieren");
    expect(await comment.inputValue()).toBe("Zwischenstand für den Ausschuss");
    // Focus is back on the link that was clicked.
    expect(await focused(page)).toBe("Übersicht");

    await headerLink(page, "Kennzahlen").click();
    await leaveDialog(page).waitFor();
    await page.keyboard.press("Escape");
    await leaveDialog(page).waitFor({ state: "hidden" });
    expect(path(page)).toBe("/massnahmen/HF1-12/aktualisieren");
    expect(await focused(page)).toBe("Kennzahlen");

    await page.evaluate(() => history.back());
    await leaveDialog(page).waitFor();
    await leaveDialog(page).getByRole("button", { name: "Weiter bearbeiten" }).click();
    await leaveDialog(page).waitFor({ state: "hidden" });
    await expect.poll(() => path(page)).toBe("/massnahmen/HF1-12/aktualisieren");
    expect(await comment.inputValue()).toBe("Zwischenstand für den Ausschuss");

    await headerLink(page, "Übersicht").click();
    await leaveDialog(page).getByRole("button", { name: "Seite verlassen" }).click();
    await page.waitForURL(`${app.baseUrl}/`);
    await leaveDialog(page).waitFor({ state: "hidden" });
    // The new page starts at its content, as after any page change.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.context().close();
  });

  it("the browser asks on reload with edits, not once an edit is undone by hand", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD, "/meine-massnahmen");
    await openUpdateFormFromMyMeasures(page, "HF1-10");
    await typeInto(page.getByLabel("Kommentar für die Öffentlichkeit"), "Entwurf");
    expect(await dialogsOnReload(page)).toEqual(["beforeunload"]);

    // The reload discarded the draft; typing and deleting again leaves nothing to lose.
    const progress = page.getByLabel("Fortschritt in %");
    await typeInto(progress, "5");
    await progress.press("Backspace");
    expect(await dialogsOnReload(page)).toEqual([]);
    await typeInto(progress, "5");
    await progress.press("Backspace");
    await headerLink(page, "Übersicht").click();
    await page.waitForURL(`${app.baseUrl}/`);
    expect(await leaveDialog(page).count()).toBe(0);
    await page.context().close();
  });

  it("nobody is asked after a successful save, neither on reload nor on a link", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD, "/meine-massnahmen");
    await openUpdateFormFromMyMeasures(page, "HF1-09");
    const comment = page.getByLabel("Kommentar für die Öffentlichkeit");
    await typeInto(comment, "Schnittstelle zum Fachverfahren getestet.");
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    await page.getByText("Die Aktualisierung wurde gespeichert.").waitFor();
    expect(await dialogsOnReload(page)).toEqual([]);

    await typeInto(page.getByLabel("Kommentar für die Öffentlichkeit"), "Abnahme ist terminiert.");
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    await page.getByText("Die Aktualisierung wurde gespeichert.").waitFor();
    await page.getByRole("navigation", { name: "Brotkrumenpfad" }).getByRole("link", { name: "Maßnahme HF1-09" }).click();
    await page.waitForURL(`${app.baseUrl}/massnahmen/HF1-09`);
    expect(await leaveDialog(page).count()).toBe(0);
    await page.context().close();
  });

  it("signing out with edits asks first", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD, "/meine-massnahmen");
    await openUpdateFormFromMyMeasures(page, "HF1-10");
    await typeInto(page.getByLabel("Kommentar für die Öffentlichkeit"), "Noch nicht fertig");
    await page.getByRole("button", { name: "Abmelden" }).click();
    await leaveDialog(page).getByRole("button", { name: "Weiter bearbeiten" }).click();
    await leaveDialog(page).waitFor({ state: "hidden" });
    // Still signed in, the text still there.
    expect(await page.getByLabel("Kommentar für die Öffentlichkeit").inputValue()).toBe("Noch nicht fertig");
    const session = (await page.evaluate(() => fetch("/api/v1/session").then((r) => r.json()))) as { user: unknown };
    expect(session.user).not.toBeNull();

    await page.getByRole("button", { name: "Abmelden" }).click();
    await leaveDialog(page).getByRole("button", { name: "Seite verlassen" }).click();
    await page.getByRole("link", { name: "Anmelden" }).waitFor();
    const after = (await page.evaluate(() => fetch("/api/v1/session").then((r) => r.json()))) as { user: unknown };
    expect(after.user).toBeNull();
    expect(path(page)).not.toBe("/massnahmen/HF1-10/aktualisieren");
    await page.context().close();
  });
});

describe("a KPI value typed on the update page is never dropped silently", () => {
  it("counts as an unsaved edit, survives the update's save with a note, and is saved by its own button", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD, "/meine-massnahmen");
    await openUpdateFormFromMyMeasures(page, "HF1-12");
    expect(await page.getByRole("region", { name: "Kennzahlen erfassen" }).textContent()).toContain(
      "Kennzahlwerte werden nicht mit der Aktualisierung oben gespeichert",
    );
    const kpiForm = page.getByRole("form", { name: KPI_TITLE });
    const value = kpiForm.getByLabel("Wert in Tage");
    await typeInto(value, "16,5");

    await headerLink(page, "Übersicht").click();
    await leaveDialog(page).getByRole("button", { name: "Weiter bearbeiten" }).click();
    await leaveDialog(page).waitFor({ state: "hidden" });

    // Nothing changed in the update itself: the summary points to the KPI form.
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "An der Aktualisierung haben Sie nichts geändert." });
    await summary.waitFor();
    const kpiLink = summary.getByRole("link", { name: new RegExp(`Kennzahl „${KPI_TITLE.replace(/[()]/g, "\\$&")}“: Der Wert ist noch nicht gespeichert`) });
    await kpiLink.click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("16,5");
    await kpiForm.getByText("Dieser Wert ist noch nicht gespeichert.").waitFor();

    // The update is saved; the KPI value stays in its form, which says so and takes focus.
    await typeInto(page.getByLabel("Kommentar für die Öffentlichkeit"), "Zwei weitere Leistungen melden den Status.");
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    const saved = page.getByRole("status").filter({ hasText: "Die Aktualisierung wurde gespeichert." });
    await saved.waitFor();
    expect(await saved.textContent()).toContain(`Noch nicht gespeichert: der Wert für „${KPI_TITLE}“`);
    expect(await value.inputValue()).toBe("16,5");
    await expect.poll(() => focused(page)).toContain("Dieser Wert ist noch nicht gespeichert.");
    await page.waitForLoadState("networkidle");
    await expectNoViolations(page);
    expect(await wouldAskBeforeUnload(page)).toBe(true);

    await kpiForm.getByLabel("Beispieldaten (keine amtliche Zahl)").check();
    await kpiForm.getByRole("button", { name: /Wert speichern/ }).click();
    await expect.poll(() => kpiForm.getByRole("status").textContent()).toContain("Gespeichert: 16,5 Tage zum 27.11.2026.");
    expect(await kpiForm.getByText("Dieser Wert ist noch nicht gespeichert.").count()).toBe(0);
    const kpi = (await (await fetch(`${app.baseUrl}/api/v1/kpis/${KPI_ID}`)).json()) as { values: { date: string; value: number }[] };
    expect(kpi.values).toContainEqual(expect.objectContaining({ date: "2026-11-27", value: 16.5 }));

    await headerLink(page, "Übersicht").click();
    await page.waitForURL(`${app.baseUrl}/`);
    expect(await leaveDialog(page).count()).toBe(0);
    await page.context().close();
  });
});

describe("the administration's editors ask too", () => {
  it("the measure editor: a breadcrumb link and reload ask with edits, not after saving", async () => {
    const page = await app.newPage();
    await signIn(page, ADMIN, "/verwaltung");
    await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Maßnahmen" }).click();
    await page.getByRole("row").filter({ hasText: "HF1-10" }).getByRole("link").click();
    await page.getByRole("button", { name: "Änderungen speichern" }).waitFor();
    const title = page.getByLabel("Titel", { exact: true });
    const original = await title.inputValue();
    await typeInto(title, " (Stufe 2)");

    const breadcrumb = page.getByRole("navigation", { name: "Brotkrumenpfad" }).getByRole("link", { name: "Maßnahmen verwalten" });
    await breadcrumb.click();
    await leaveDialog(page).waitFor();
    await page.waitForLoadState("networkidle");
    await expectNoViolations(page);
    await leaveDialog(page).getByRole("button", { name: "Weiter bearbeiten" }).click();
    await leaveDialog(page).waitFor({ state: "hidden" });
    expect(await title.inputValue()).toBe(`${original} (Stufe 2)`);
    expect(await dialogsOnReload(page)).toEqual(["beforeunload"]);

    await typeInto(page.getByLabel("Titel", { exact: true }), " (Stufe 2)");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByText("Die Änderungen wurden gespeichert.").waitFor();
    expect(await dialogsOnReload(page)).toEqual([]);

    await typeInto(page.getByLabel("Titel", { exact: true }), " neu");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByText("Die Änderungen wurden gespeichert.").waitFor();
    await breadcrumb.click();
    await page.waitForURL(`${app.baseUrl}/verwaltung/massnahmen`);
    expect(await leaveDialog(page).count()).toBe(0);
    await page.context().close();
  });

  it("creating a measure goes on to its page without asking", async () => {
    const page = await app.newPage();
    await signIn(page, ADMIN, "/verwaltung");
    await page.goto(`${app.baseUrl}/verwaltung/massnahmen/neu`);
    await page.getByLabel("Kürzel").fill("HF1-90");
    await page.getByLabel("Handlungsfeld").selectOption("HF1");
    await typeInto(page.getByLabel("Titel", { exact: true }), "Digitale Akteneinsicht");
    await page.getByLabel("Kurzbeschreibung").fill("Bürger*innen sehen ihre Akten online ein.");
    await page.getByLabel("Geplanter Beginn").fill("2027-01-01");
    await page.getByLabel("Geplantes Ende").fill("2027-12-31");
    await page.getByRole("button", { name: "Maßnahme anlegen" }).click();
    await page.waitForURL(`${app.baseUrl}/verwaltung/massnahmen/HF1-90`);
    await page.getByText("Die Maßnahme wurde angelegt.").waitFor();
    expect(await leaveDialog(page).count()).toBe(0);
    await page.context().close();
  });
});
