/** Roles of signed-in people; anonymous visitors have none and see the public view only. */
export const ROLE_KEYS = ["lead", "council", "admin"] as const;
export type Role = (typeof ROLE_KEYS)[number];

export const ROLE_LABELS: Record<Role, string> = {
  lead: "Projektleitung",
  council: "Ratsmitglied",
  admin: "Administration",
};
