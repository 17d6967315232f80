import { z } from "zod";
import { roleSchema } from "./enum-schemas";

/** Requests and responses of sign-in and sessions. */

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "höchstens 254 Zeichen")
  .pipe(z.email({ message: "gültige E-Mail-Adresse erwartet" }));

export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `mindestens ${PASSWORD_MIN_LENGTH} Zeichen`)
  .max(200, "höchstens 200 Zeichen");

export const signInRequestSchema = z.object({
  email: emailSchema,
  // No length rule here: a wrong password is a failed sign-in, not a form error that tells the rules.
  password: z.string().min(1, "Passwort fehlt").max(200, "höchstens 200 Zeichen"),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** GET /api/v1/session: the signed-in person, or null for an anonymous visitor. */
export const sessionResponseSchema = z.object({ user: sessionUserSchema.nullable() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** POST /api/v1/me/password: a signed-in person changes their own password. */
export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, "Bitte das bisherige Passwort eingeben").max(1000),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** GET /api/v1/admin/sign-in-locks: account and address pairs with failed sign-ins in the window. */
export const signInLockSchema = z.object({
  email: z.string(),
  ip: z.string(),
  failures: z.number().int(),
  lastFailureAt: z.string(),
  /** seconds until this address may try this account again; 0 when it may now */
  waitSeconds: z.number().int(),
});
export const signInLocksResponseSchema = z.object({ items: z.array(signInLockSchema) });
export type SignInLock = z.infer<typeof signInLockSchema>;

/** DELETE /api/v1/admin/sign-in-locks?email=&ip=: lifts one address's delays, or every address's without ip. */
export const liftSignInLockQuerySchema = z.object({
  email: z.string().trim().min(1, "E-Mail-Adresse fehlt").max(254),
  ip: z.string().trim().min(1).max(100).optional(),
});
