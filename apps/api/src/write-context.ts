import type { WriteContext } from "@sm/db";
import type { SessionUser } from "@sm/domain";
import type { Services } from "./deps";

/** Who writes, when and from where, for the write itself and its audit entry. */
export function writeContext(services: Services, viewer: SessionUser, ip: string): WriteContext {
  return { actorId: viewer.id, at: services.now().toISOString(), today: services.today(), ip };
}
