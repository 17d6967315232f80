import { beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { measureDetailSchema, measureListResponseSchema, type MeasureListItem } from "@sm/domain";
import { expectNoViolations, signIn, useBrowserApp } from "./harness";

// Demo accounts from data/essen/demo-users.json; HF2-03 and HF5-02 are the demo's internal measures.
const LEAD2 = "projektleitung2@demo.strategiemonitor.example"; // leads HF2-01, HF2-03 (internal), HF4-01
const COUNCIL = "rat@demo.strategiemonitor.example";
const ADMIN = "admin@demo.strategiemonitor.example";
const INTERNAL = ["HF2-03", "HF5-02"];
const DELAYED = "HF1-12";

const app = useBrowserApp();
let delayedReason = "";
/** The public measure with the longest reason, to see a shortened one; undefined if none is long. */
let longest: MeasureListItem | undefined;

beforeAll(async () => {
  const get = async (path: string) => (await fetch(`${app.baseUrl}/api/v1${path}`)).json();
  const delayed = measureDetailSchema.parse(await get(`/measures/${DELAYED}`));
  expect(delayed.status).toBe("delayed");
  delayedReason = delayed.statusReason;
  expect(delayedReason).not.toBe("");
  const all = measureListResponseSchema.parse(await get("/measures?pageSize=100")).items;
  longest = all.filter((m) => m.statusReason.length > 80).sort((a, b) => b.statusReason.length - a.statusReason.length)[0];
});



const table = (page: Page, caption: string) => page.getByRole("table", { name: caption, exact: true });
const row = (scope: Locator, code: string) => scope.getByRole("row").filter({ hasText: code });
/** The "intern" badge: its visible word and, for screen readers, "nicht öffentlich". */
const internalBadge = (scope: Locator) => scope.locator(".badge--internal");

describe("reasons in plain sight", () => {
  it.each([1280, 360])("a delayed measure shows its reason at the top of its page and in both tables of measures at %i px", async (width) => {
    let page = await app.visit(`/massnahmen/${DELAYED}`, width);
    const state = page.getByRole("region", { name: "Stand" });
    await expect.poll(() => state.textContent()).toContain(`Grund: ${delayedReason}`);
    expect(await state.getByText(delayedReason).isVisible()).toBe(true);
    await expectNoViolations(page);

    for (const [path, caption] of [
      ["/massnahmen", "Maßnahmen"],
      [`/handlungsfelder/${DELAYED.slice(0, 3)}`, `Maßnahmen im Handlungsfeld ${DELAYED.slice(0, 3)}`],
    ] as const) {
      page = await app.visit(path, width);
      const status = row(table(page, caption), DELAYED).getByRole("cell").filter({ hasText: "verzögert" });
      await expect.poll(() => status.textContent()).toContain(`Grund: ${delayedReason}`);
      expect(await status.getByText(delayedReason).isVisible(), `${path} at ${width} px`).toBe(true);
      await expectNoViolations(page);
    }
  });

  it("shortens a long reason in the table and keeps it whole for screen readers and the pointer", async () => {
    if (!longest) return; // the demo has no reason longer than the table shows
    const page = await app.visit("/massnahmen");
    const status = row(table(page, "Maßnahmen"), longest.code).locator(".status-cell");
    await expect.poll(() => status.locator("[title]").getAttribute("title")).toBe(longest.statusReason);
    expect(await status.locator("[title]").textContent()).toMatch(/…$/);
    expect(await status.locator(".visually-hidden").textContent()).toBe(longest.statusReason);
  });
});

describe("internal measures are marked as such", () => {
  it("anonymous visitors meet no badge, and no internal measure", async () => {
    for (const path of ["/massnahmen", "/handlungsfelder/HF2", "/handlungsfelder/HF5", "/aenderungen?von=2023-01-01"]) {
      const page = await app.visit(path);
      expect(await internalBadge(page.locator("main")).count(), path).toBe(0);
      for (const code of INTERNAL) expect(await page.locator("main").textContent(), path).not.toContain(code);
    }
  });

  it.each([1280, 360])("council members see it in the list, the field tables and timelines, the changes and the measure at %i px", async (width) => {
    const page = await app.newPage(width);
    await signIn(page, app.baseUrl, COUNCIL);

    await app.goto(page, "/massnahmen");
    const list = table(page, "Maßnahmen");
    for (const code of INTERNAL) {
      await expect.poll(() => internalBadge(row(list, code)).textContent(), { message: code }).toBe("intern – nicht öffentlich");
      expect(await internalBadge(row(list, code)).getAttribute("title")).toBe("nicht öffentlich");
    }
    expect(await internalBadge(row(list, "HF2-01")).count()).toBe(0);
    await expectNoViolations(page);

    for (const code of INTERNAL) {
      const field = code.slice(0, 3);
      await app.goto(page, `/handlungsfelder/${field}`);
      await expect.poll(() => internalBadge(row(table(page, `Maßnahmen im Handlungsfeld ${field}`), code)).count(), { message: code }).toBe(1);
      const gantt = page.getByRole("list", { name: `Zeitplan der Maßnahmen im Handlungsfeld ${field}` });
      expect(await internalBadge(gantt.getByRole("listitem").filter({ hasText: code })).count(), `${code} in the timeline`).toBe(1);
      await page.getByText("Zeitplan als Tabelle anzeigen").click();
      const timelineTable = table(page, `Zeitplan der Maßnahmen im Handlungsfeld ${field}`);
      expect(await internalBadge(row(timelineTable, code)).count(), `${code} in the timeline's table`).toBe(1);
      await expectNoViolations(page);

      await app.goto(page, `/massnahmen/${code}`);
      expect(await internalBadge(page.locator(".eyebrow")).count(), `${code}'s page`).toBe(1);
    }

    await app.goto(page, "/aenderungen?von=2023-01-01");
    const change = page.locator(".change-item").filter({ hasText: "HF2-03" }).first();
    await expect.poll(() => internalBadge(change).count()).toBe(1);
    await expectNoViolations(page);
    await page.context().close();
  });

  it.each([1280, 360])("the lead of an internal measure sees it in Meine Maßnahmen at %i px", async (width) => {
    const page = await app.newPage(width);
    await signIn(page, app.baseUrl, LEAD2);
    await app.goto(page, "/meine-massnahmen");
    const mine = table(page, "Meine Maßnahmen, fällige zuerst");
    await expect.poll(() => internalBadge(row(mine, "HF2-03")).count()).toBe(1);
    expect(await internalBadge(row(mine, "HF2-01")).count()).toBe(0);
    // The reason of HF2-03's delay and the way to report sit in the same row.
    expect(await row(mine, "HF2-03").textContent()).toContain("Grund:");
    expect(await row(mine, "HF2-03").getByRole("link", { name: "Aktualisieren (HF2-03)" }).isVisible()).toBe(true);
    await expectNoViolations(page);
    await page.context().close();
  });

  it("administrators see it in the list of measures", async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, ADMIN);
    await app.goto(page, "/verwaltung/massnahmen");
    await page.locator("main table").waitFor();
    for (const code of INTERNAL) expect(await internalBadge(row(page.locator("main table"), code)).count(), code).toBe(1);
    expect(await internalBadge(row(page.locator("main table"), "HF2-01")).count()).toBe(0);
    await expectNoViolations(page);
    await page.context().close();
  });
});
