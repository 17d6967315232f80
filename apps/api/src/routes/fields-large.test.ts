import { afterAll, describe, expect, it } from "vitest";
import { fieldDetailSchema } from "@sm/domain";
import { createTestApp, getJson } from "../testing";

// A field with more measures than any page size: its page must list every one.
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);
const insert = db.prepare(
  "INSERT INTO measures (code, field_id, title, summary, planned_start, planned_end) VALUES (?, (SELECT id FROM fields WHERE code = 'B'), ?, '', '2024-01-01', '2026-12-31')",
);
db.transaction(() => {
  for (let i = 0; i < 1_050; i++) insert.run(`B-X${String(i).padStart(4, "0")}`, `Maßnahme ${i}`);
})();

describe("a field with many measures", () => {
  it("lists all of them, not the first thousand, and counts the same number", async () => {
    const { status, body } = await getJson(app, "/api/v1/fields/B");
    expect(status).toBe(200);
    const field = fieldDetailSchema.parse(body);
    expect(field.measures).toHaveLength(field.measureCount);
    expect(field.measureCount).toBeGreaterThan(1_050);
  });
});
