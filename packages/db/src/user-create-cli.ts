import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createUserRequestSchema } from "@sm/domain";
import { openDatabase } from "./connection";
import { migrate } from "./migrate";
import { passwordProblem } from "./password-strength";
import { hashPasswordSync } from "./passwords";
import { auditQueries } from "./queries/audit";
import { userQueries } from "./queries/users";

/**
 * `npm run user:create -- --email a@b.de --name "Vorname Name" --role admin [--password …]`
 * Creates an account directly in the database, e.g. the first administrator of a new city.
 * Without --password a random one is generated and printed once.
 */
const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
});
const password = values.password ?? randomBytes(15).toString("base64url");
const parsed = createUserRequestSchema.safeParse({ ...values, password });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error('Aufruf: npm run user:create -- --email … --name "…" --role lead|council|admin [--password …]');
  process.exit(1);
}
const weak = passwordProblem(parsed.data.password, parsed.data);
if (weak) {
  console.error(`--password: ${weak}`);
  process.exit(1);
}
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const db = openDatabase(process.env.DATABASE_PATH ?? `${repoRoot}var/strategiemonitor.db`);
migrate(db);
const users = userQueries(db);
if (users.byEmail(parsed.data.email)) {
  console.error(`Es gibt schon ein Konto für ${parsed.data.email}.`);
  process.exit(1);
}
const passwordHash = hashPasswordSync(parsed.data.password);
db.transaction(() => {
  const id = users.insert({ email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, passwordHash });
  auditQueries(db).add({ at: new Date().toISOString(), actorId: null, action: "user.create", entity: `user:${id}`, details: { email: parsed.data.email, role: parsed.data.role, via: "cli" } });
}).immediate();
console.log(`Konto angelegt: ${parsed.data.email} (${parsed.data.role})`);
if (!values.password) console.log(`Startpasswort (nur jetzt sichtbar): ${password}`);
db.close();
