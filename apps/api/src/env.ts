import type { SessionUser } from "@sm/domain";

/** Per-request values set by middleware: who is asking, and from where. */
export type AppEnv = {
  Variables: {
    viewer: SessionUser | null;
    /** the raw session token from the cookie, when there is a live session */
    sessionToken: string | null;
    ip: string;
    /** the date reads refer to: ?asOf= or today */
    asOf: string;
  };
};
