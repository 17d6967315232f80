import { z } from "zod";
import { AUDIT_ACTIONS, fieldChangeSchema, isIsoDate } from "@sm/domain";
import { changeText } from "../../../components/change-text";
import type { AuditParams } from "../../../api/queries";

export const AUDIT_PAGE_SIZE = 50;

/** The audit filters as the URL holds them (German names, like the public filters). */
export interface AuditFilters {
  aktion: string;
  person: string;
  objekt: string;
  von: string;
  bis: string;
  seite: number;
}

export const AUDIT_FILTER_KEYS = ["aktion", "person", "objekt", "von", "bis"] as const;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const date = (key: string) => {
    const value = params.get(key) ?? "";
    return isIsoDate(value) ? value : "";
  };
  const person = params.get("person") ?? "";
  const page = Number(params.get("seite"));
  return {
    aktion: params.get("aktion")?.trim() ?? "",
    person: /^[1-9]\d*$/.test(person) ? person : "",
    objekt: params.get("objekt")?.trim() ?? "",
    von: date("von"),
    bis: date("bis"),
    seite: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The API's query: only filters that are set, so the cache key stays small and stable. */
export function toAuditParams(f: AuditFilters): AuditParams {
  const params: AuditParams = { page: String(f.seite), pageSize: String(AUDIT_PAGE_SIZE) };
  if (f.aktion) params.action = f.aktion;
  if (f.person) params.actorId = f.person;
  if (f.objekt) params.entity = f.objekt;
  if (f.von) params.from = f.von;
  if (f.bis) params.to = f.bis;
  return params;
}

/** A new search (new filters) starts on page 1. */
export function auditSearch(values: Omit<AuditFilters, "seite">, page = 1): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (values[key]) next.set(key, values[key]);
  if (page > 1) next.set("seite", String(page));
  return next;
}

export const AUDIT_ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  "session.sign_in": "Anmeldung",
  "session.sign_in_failed": "Anmeldung fehlgeschlagen",
  "session.sign_out": "Abmeldung",
  "measure.update": "Maßnahme aktualisiert",
  "measure.create": "Maßnahme angelegt",
  "measure.edit": "Maßnahme bearbeitet",
  "kpi.value_add": "Kennzahlwert erfasst",
  "kpi.create": "Kennzahl angelegt",
  "kpi.edit": "Kennzahl bearbeitet",
  "field.edit": "Handlungsfeld bearbeitet",
  "committee_session.save": "Ausschusssitzung gespeichert",
  "committee_session.delete": "Ausschusssitzung entfernt",
  "user.create": "Person angelegt",
  "user.edit": "Person bearbeitet",
  "user.password_reset": "Passwort zurückgesetzt",
  "user.assign_measures": "Maßnahmen zugeordnet",
};

export const actionLabel = (action: string) => AUDIT_ACTION_LABELS[action as keyof typeof AUDIT_ACTION_LABELS] ?? action;

const changesSchema = z.array(fieldChangeSchema);

/** Details as short "key: value" lines; a list of changes as "Feld: alt → neu"; other nested values as compact JSON. */
export function detailLines(details: Record<string, unknown>): string[] {
  return Object.entries(details).flatMap(([key, value]) => {
    const changes = key === "changes" ? changesSchema.safeParse(value) : null;
    if (changes?.success) return changes.data.map(changeText);
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return `${key}: ${text.length > 200 ? `${text.slice(0, 199)}…` : text}`;
  });
}
