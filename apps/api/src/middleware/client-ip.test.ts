import { describe, expect, it } from "vitest";
import { forwardedClient } from "./client-ip";

describe("forwardedClient", () => {
  it("takes the address the nearest trusted proxy appended, not what the client claims", () => {
    expect(forwardedClient("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(forwardedClient("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(forwardedClient("203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("takes the leftmost entry when fewer proxies appended than configured, and nothing from an empty header", () => {
    expect(forwardedClient("203.0.113.7", 2)).toBe("203.0.113.7");
    expect(forwardedClient(undefined, 1)).toBeNull();
    expect(forwardedClient(" , ", 1)).toBeNull();
  });
});
