import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema, kpiDetailSchema } from "@sm/domain";
import { createTestApp, send, signIn, USERS } from "../testing";

const { app, db, cleanup } = createTestApp();
afterAll(cleanup);
let lead = "";
beforeAll(async () => {
  lead = await signIn(app, USERS.lead);
});
const post = (body: unknown) => send(app, "POST", "/api/v1/kpis/online-services/values", body, lead);

describe("POST /api/v1/kpis/:id/values", () => {
  it("stores a sourced value with who entered it and returns the KPI", async () => {
    const res = await post({ date: "2026-09-30", value: 260, sourceUrl: "https://example.org/q3", sourceLabel: "Quartalsbericht" });
    expect(res.status).toBe(201);
    const { kpi } = (await res.json()) as { kpi: unknown };
    const detail = kpiDetailSchema.parse(kpi);
    expect(detail.latest).toMatchObject({ date: "2026-09-30", value: 260, sourceUrl: "https://example.org/q3", isExample: false });
    expect(db.prepare("SELECT entered_by_user_id FROM kpi_values WHERE value = 260").pluck().get()).not.toBeNull();
  });

  it.each([
    ["no source and not marked as example", { date: "2026-09-30", value: 1 }, "sourceUrl"],
    ["a source that is no URL", { date: "2026-09-30", value: 1, sourceUrl: "Bericht" }, "sourceUrl"],
    ["a value that is no number", { date: "2026-09-30", value: "viele", isExample: true }, "value"],
    ["a date outside the horizon", { date: "2022-01-01", value: 1, isExample: true }, "date"],
    ["a date in the future", { date: "2027-01-01", value: 1, isExample: true }, "date"],
  ])("rejects %s with 400 naming the field", async (_name, body, field) => {
    const n = db.prepare("SELECT COUNT(*) FROM kpi_values").pluck().get();
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(errorResponseSchema.parse(await res.json()).error.fields).toHaveProperty([field]);
    expect(db.prepare("SELECT COUNT(*) FROM kpi_values").pluck().get()).toBe(n);
  });
});
