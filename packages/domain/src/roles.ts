import { z } from "zod";

/** Roles of signed-in people; anonymous visitors have none and see the public view only. */
export const ROLE_KEYS = ["lead", "council", "admin"] as const;
export const roleSchema = z.enum(ROLE_KEYS);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  lead: "Projektleitung",
  council: "Ratsmitglied",
  admin: "Administration",
};
