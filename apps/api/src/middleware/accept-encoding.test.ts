import { describe, expect, it } from "vitest";
import { preferredEncoding } from "./accept-encoding";

describe("preferredEncoding", () => {
  it("prefers brotli, then gzip, whatever the order the client lists them in", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("br")).toBe("br");
    expect(preferredEncoding("gzip;q=1.0, br;q=0.1")).toBe("br");
    expect(preferredEncoding("GZIP")).toBe("gzip");
    expect(preferredEncoding("deflate, gzip")).toBe("gzip");
  });

  it("honours refusals by q=0, also through the wildcard", () => {
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("br; q=0 , gzip ; q=0")).toBeNull();
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("*;q=0")).toBeNull();
    expect(preferredEncoding("*, br;q=0")).toBe("gzip");
  });

  it("answers identity when nothing usable is offered", () => {
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding("")).toBeNull();
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding("deflate, zstd")).toBeNull();
    expect(preferredEncoding("br;q=abc")).toBeNull();
  });
});
