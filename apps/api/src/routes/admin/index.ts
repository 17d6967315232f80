import { Hono } from "hono";
import { requireRole } from "../../auth/viewer";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { adminAuditRoute } from "./audit";
import { adminCommitteeSessionsRoute } from "./committee-sessions";
import { adminFieldsRoute } from "./fields";
import { adminKpisRoute } from "./kpis";
import { adminMeasuresRoute } from "./measures";
import { adminSignInLocksRoute } from "./sign-in-locks";
import { adminUsersRoute } from "./users";

/** /api/v1/admin/*: administrators only, checked once here for every route below. */
export const adminRoute = (services: Services) =>
  new Hono<AppEnv>()
    .use(requireRole("admin"))
    .route("/users", adminUsersRoute(services))
    .route("/measures", adminMeasuresRoute(services))
    .route("/kpis", adminKpisRoute(services))
    .route("/fields", adminFieldsRoute(services))
    .route("/audit", adminAuditRoute(services))
    .route("/committee-sessions", adminCommitteeSessionsRoute(services))
    .route("/sign-in-locks", adminSignInLocksRoute(services));
