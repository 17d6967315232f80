import { roleSchema, type AdminUser, type SessionUser } from "@sm/domain";
import type { Db } from "../connection";

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  is_active: number;
  created_at: string;
  last_sign_in_at: string | null;
}

export function toSessionUser(row: Pick<UserRow, "id" | "email" | "name" | "role">): SessionUser {
  return { id: row.id, email: row.email, name: row.name, role: roleSchema.parse(row.role) };
}

export function userQueries(db: Db) {
  const byEmail = db.prepare<[string], UserRow>("SELECT * FROM users WHERE email = ?");
  const byId = db.prepare<[number], UserRow>("SELECT * FROM users WHERE id = ?");
  const list = db.prepare<[], UserRow & { leads: string; deputises: string }>(
    `SELECT u.*,
       (SELECT json_group_array(code) FROM (SELECT code FROM measures WHERE lead_user_id = u.id ORDER BY code)) AS leads,
       (SELECT json_group_array(code) FROM (SELECT code FROM measures WHERE deputy_user_id = u.id ORDER BY code)) AS deputises
     FROM users u ORDER BY u.name COLLATE NOCASE`,
  );
  const insert = db.prepare<[string, string, string, string]>(
    "INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)",
  );
  const markSignIn = db.prepare<[string, number]>("UPDATE users SET last_sign_in_at = ? WHERE id = ?");
  const update = db.prepare<{ id: number; name: string | null; role: string | null; isActive: number | null }>(
    `UPDATE users SET name = COALESCE(:name, name), role = COALESCE(:role, role), is_active = COALESCE(:isActive, is_active)
     WHERE id = :id`,
  );
  const setPassword = db.prepare<[string, number]>("UPDATE users SET password_hash = ? WHERE id = ?");
  const clearAssignments = db.prepare<[number, number]>(
    `UPDATE measures SET lead_user_id = CASE WHEN lead_user_id = ? THEN NULL ELSE lead_user_id END,
                         deputy_user_id = CASE WHEN deputy_user_id = ? THEN NULL ELSE deputy_user_id END`,
  );
  const assignLead = db.prepare<[number, string]>("UPDATE measures SET lead_user_id = ?, version = version + 1 WHERE code = ?");
  const assignDeputy = db.prepare<[number, string]>("UPDATE measures SET deputy_user_id = ?, version = version + 1 WHERE code = ?");

  const toAdminUser = (row: UserRow & { leads: string; deputises: string }): AdminUser => ({
    ...toSessionUser(row),
    isActive: row.is_active === 1,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
    leads: JSON.parse(row.leads) as string[],
    deputises: JSON.parse(row.deputises) as string[],
  });

  return {
    byEmail: (email: string) => byEmail.get(email),
    byId: (id: number) => byId.get(id),
    list: () => list.all().map(toAdminUser),
    adminView: (id: number) => list.all().map(toAdminUser).find((u) => u.id === id),
    insert: (u: { email: string; name: string; role: string; passwordHash: string }) =>
      Number(insert.run(u.email, u.name, u.role, u.passwordHash).lastInsertRowid),
    markSignIn: (id: number, at: string) => markSignIn.run(at, id),
    update: (id: number, u: { name?: string; role?: string; isActive?: boolean }) =>
      update.run({ id, name: u.name ?? null, role: u.role ?? null, isActive: u.isActive === undefined ? null : u.isActive ? 1 : 0 }),
    setPassword: (id: number, hash: string) => setPassword.run(hash, id),
    /** Replaces the person's assignments; call inside a transaction. */
    assign(id: number, lead: string[], deputy: string[]) {
      clearAssignments.run(id, id);
      for (const code of lead) assignLead.run(id, code);
      for (const code of deputy) assignDeputy.run(id, code);
    },
  };
}
