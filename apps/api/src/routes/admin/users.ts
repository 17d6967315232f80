import { Hono } from "hono";
import { hashPassword, passwordProblem } from "@sm/db";
import {
  assignMeasuresRequestSchema,
  createUserRequestSchema,
  resetPasswordRequestSchema,
  updateUserRequestSchema,
  userIdParamSchema,
} from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { invalidFields, notFound } from "../../errors";
import { validate } from "../../validate";
import { writeContext } from "../../write-context";
import { failure } from "./respond";

/** Users: create, change role, deactivate, reset password, assign measures. No hard delete. */
export const adminUsersRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/", (c) => c.json({ items: services.users.list() }, 200))
    .post("/", validate("json", createUserRequestSchema), async (c) => {
      const { password, ...user } = c.req.valid("json");
      const weak = passwordProblem(password, user);
      if (weak) return c.json(invalidFields({ password: weak }), 400);
      // Hash before the transaction: only synchronous work may run inside it.
      const passwordHash = await hashPassword(password);
      const outcome = services.admin.createUser({ ...user, passwordHash }, writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, "Person");
      return c.json({ user: services.users.adminView(outcome.value)! }, 201);
    })
    .patch("/:id", validate("param", userIdParamSchema), validate("json", updateUserRequestSchema), (c) => {
      const { id } = c.req.valid("param");
      const outcome = services.admin.editUser(id, c.req.valid("json"), writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Person ${id}`);
      return c.json({ user: services.users.adminView(id)! }, 200);
    })
    .post("/:id/password", validate("param", userIdParamSchema), validate("json", resetPasswordRequestSchema), async (c) => {
      const { id } = c.req.valid("param");
      const person = services.users.byId(id);
      if (!person) return notFound(c, `Person ${id} gibt es nicht.`);
      const { password } = c.req.valid("json");
      const weak = passwordProblem(password, person);
      if (weak) return c.json(invalidFields({ password: weak }), 400);
      const passwordHash = await hashPassword(password);
      const outcome = services.admin.resetPassword(id, passwordHash, writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Person ${id}`);
      return c.body(null, 204);
    })
    .put("/:id/measures", validate("param", userIdParamSchema), validate("json", assignMeasuresRequestSchema), (c) => {
      const { id } = c.req.valid("param");
      const { lead, deputy } = c.req.valid("json");
      const outcome = services.admin.assignMeasures(id, lead, deputy, writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Person ${id}`);
      return c.json({ user: services.users.adminView(id)! }, 200);
    });
