import type { Role } from "@sm/domain/web";

/** Where a person lands after signing in when no page asked for it. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "lead":
      return "/meine-massnahmen";
    case "admin":
      return "/verwaltung";
    case "council":
      return "/";
  }
}

/**
 * The `?weiter=` target, if it is a path inside this app. Anything else (another host, "//evil",
 * "javascript:") is ignored, so a crafted sign-in link cannot send people elsewhere.
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // A URL parser is the last word: the result must stay on the same origin.
  const base = "http://app.invalid";
  try {
    const url = new URL(value, base);
    if (url.origin !== base) return null;
    if (url.pathname === "/anmelden") return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The sign-in page's address that brings the person back to `path` afterwards. */
export function signInPathFor(path: string): string {
  return path === "/" ? "/anmelden" : `/anmelden?weiter=${encodeURIComponent(path)}`;
}

export const canUseMyMeasures = (role: Role | undefined) => role === "lead" || role === "admin";
export const isAdmin = (role: Role | undefined) => role === "admin";
