import { describe, expect, it } from "vitest";
import { readSettings, SettingsError } from "./settings";

const problems = (env: Record<string, string>) => {
  try {
    readSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
};

describe("readSettings", () => {
  it("takes the defaults when nothing is set, and empty variables as unset", () => {
    const s = readSettings({ PORT: "" });
    expect(s.port).toBe(3000);
    expect(s.databasePath).toMatch(/var\/strategiemonitor\.db$/);
    expect(s.config).toEqual({ trustProxy: false, proxyHops: 1, secureCookies: "auto", sessionIdleMinutes: 60, sessionMaxHours: 12 });
  });

  it("reads the number of trusted proxies", () => {
    expect(readSettings({ TRUST_PROXY: "true" }).config).toMatchObject({ trustProxy: true, proxyHops: 1 });
    expect(readSettings({ TRUST_PROXY: "2" }).config).toMatchObject({ trustProxy: true, proxyHops: 2 });
    expect(readSettings({ TRUST_PROXY: "0" }).config).toMatchObject({ trustProxy: false });
  });

  it("refuses values that would fail later or switch a protection off, naming the variable and what is allowed", () => {
    expect(problems({ SESSION_MAX_HOURS: "zwölf", SESSION_IDLE_MINUTES: "abc", COOKIE_SECURE: "ja", PORT: "70000", TRUST_PROXY: "yes" })).toEqual([
      'PORT="70000": erlaubt ist eine ganze Zahl von 1 bis 65535',
      'TRUST_PROXY="yes": erlaubt ist true, false oder die Zahl der Proxys (0–9)',
      'COOKIE_SECURE="ja": erlaubt ist einer der Werte auto, true, false',
      'SESSION_IDLE_MINUTES="abc": erlaubt ist eine ganze Zahl von 1 bis 1440',
      'SESSION_MAX_HOURS="zwölf": erlaubt ist eine ganze Zahl von 1 bis 168',
    ]);
    expect(problems({ SESSION_IDLE_MINUTES: "0" })).toEqual(['SESSION_IDLE_MINUTES="0": erlaubt ist eine ganze Zahl von 1 bis 1440']);
  });
});
