import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppConfig } from "../deps";

export const SESSION_COOKIE = "sm_session";

function isSecure(c: Context, config: AppConfig): boolean {
  if (config.secureCookies !== "auto") return config.secureCookies;
  if (config.trustProxy && c.req.header("x-forwarded-proto") === "https") return true;
  return new URL(c.req.url).protocol === "https:";
}

export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE) ?? null;

export function writeSessionCookie(c: Context, token: string, config: AppConfig): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecure(c, config),
    path: "/",
    maxAge: config.sessionMaxHours * 3600,
  });
}

export function clearSessionCookie(c: Context, config: AppConfig): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isSecure(c, config), httpOnly: true, sameSite: "Lax" });
}
