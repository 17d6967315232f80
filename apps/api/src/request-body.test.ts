import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema } from "@sm/domain";
import { MAX_BODY_BYTES } from "./middleware/request-body";
import { createTestApp, ORIGIN, send, signIn, USERS } from "./testing";

const { app, db, cleanup } = createTestApp();
afterAll(cleanup);

const leadId = (db.prepare("SELECT id FROM users WHERE email = ?").get(USERS.lead) as { id: number }).id;
const assigned = () => db.prepare("SELECT code FROM measures WHERE lead_user_id = ? ORDER BY code").pluck().all(leadId);

describe("write routes speak JSON only", () => {
  it.each([
    ["text/plain", "lead=&deputy="],
    ["application/x-www-form-urlencoded", "lead=&deputy="],
    ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"lead\"\r\n\r\n\r\n--x--\r\n"],
    [null, "{}"],
  ])("refuses %s with 415 and leaves the assignments as they were", async (type, body) => {
    const admin = await signIn(app, USERS.admin);
    const before = assigned();
    expect(before.length).toBeGreaterThan(0);
    const headers: Record<string, string> = { origin: ORIGIN, cookie: admin };
    if (type) headers["content-type"] = type;
    const res = await app.request(`/api/v1/admin/users/${leadId}/measures`, { method: "PUT", headers, body });
    expect(res.status).toBe(415);
    expect(errorResponseSchema.parse(await res.json()).error.code).toBe("unsupported_media_type");
    expect(assigned()).toEqual(before);
  });

  it("accepts JSON with a charset, and a DELETE without a body", async () => {
    const admin = await signIn(app, USERS.admin);
    const res = await app.request(`/api/v1/admin/users/${leadId}/measures`, {
      method: "PUT",
      headers: { origin: ORIGIN, cookie: admin, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ lead: assigned(), deputy: [] }),
    });
    expect(res.status).toBe(200);
    // As the Node server hands it over: a DELETE always carries a (here empty) body stream.
    const signOut = await app.request("/api/v1/session", { method: "DELETE", headers: { origin: ORIGIN, cookie: admin, "content-length": "0" }, body: "" });
    expect(signOut.status).toBe(204);
    const withText = await app.request("/api/v1/session", { method: "DELETE", headers: { origin: ORIGIN, "content-type": "text/plain", "content-length": "1" }, body: "x" });
    expect(withText.status).toBe(415);
  });
});

describe("request bodies are limited", () => {
  it("answers 413 in the usual shape for a body over the limit, by its Content-Length", async () => {
    const res = await send(app, "POST", "/api/v1/session", { email: "x@example.org", password: "a".repeat(MAX_BODY_BYTES) });
    expect(res.status).toBe(413);
    expect(errorResponseSchema.parse(await res.json()).error.code).toBe("payload_too_large");
  });

  it("stops reading a streamed body once it passes the limit", async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // An endless body: only the limit can end the request.
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await app.request("/api/v1/session", {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "application/json", "transfer-encoding": "chunked" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(MAX_BODY_BYTES * 2);
  });
});
