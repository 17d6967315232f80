import { z } from "zod";
import { isIsoDate } from "./dates";
import { ROLE_KEYS } from "./roles";
import { DIRECTIONS, SIGNAL_KEYS, STATUS_KEYS } from "./vocabulary";

// The schemas of the shared vocabulary live apart from its keys and labels, so the web app can use
// those (through @sm/domain/web) without bundling zod into its first download.

export const statusSchema = z.enum(STATUS_KEYS);
export const directionSchema = z.enum(DIRECTIONS);
export const signalSchema = z.enum(SIGNAL_KEYS);
export const roleSchema = z.enum(ROLE_KEYS);

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "Datum im Format JJJJ-MM-TT erwartet (z. B. 2025-03-31)" });
