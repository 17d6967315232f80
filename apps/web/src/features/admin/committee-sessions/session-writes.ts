import { api, fetchJson } from "../../../api/client";

const sessions = api.admin["committee-sessions"];

/** Adds a session or renames the one on that date (PUT is idempotent per date); answers the new list. */
export const saveCommitteeSession = (date: string, title: string) =>
  fetchJson(sessions[":date"].$put({ param: { date }, json: { title } }));

export const deleteCommitteeSession = (date: string) => fetchJson(sessions[":date"].$delete({ param: { date } }));
