import { formatDate, formatPercent, isIsoDate, STATUS_LABELS, type FieldChange, type Status } from "@sm/domain/web";

const FIELD_LABELS: Record<string, string> = {
  status: "Status",
  progress: "Fortschritt",
  actualStart: "Tatsächlicher Beginn",
  actualEnd: "Tatsächliches Ende",
  risk: "Risiko",
  isPublic: "Sichtbarkeit",
  archived: "Archiviert",
  title: "Titel",
  summary: "Kurzbeschreibung",
  description: "Beschreibung",
  department: "Verantwortlich",
  plannedStart: "Geplanter Beginn",
  plannedEnd: "Geplantes Ende",
  field: "Handlungsfeld",
  leadUserId: "Leitung",
  deputyUserId: "Vertretung",
};

/** A milestone change is named by the server as "milestone:<title>" or "milestones.<…>". */
function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const milestone = /^milestones?[:.](.+)$/.exec(field);
  if (milestone) return `Meilenstein ${milestone[1]}`;
  return field;
}

const MAX_VALUE = 80;

function valueText(field: string, value: FieldChange["from"]): string {
  if (value === null || value === "") return "–";
  if (typeof value === "string" && value.length > MAX_VALUE) return `${value.slice(0, MAX_VALUE - 1)}…`;
  if (field === "status" && typeof value === "string") return STATUS_LABELS[value as Status] ?? value;
  if (field === "progress" && typeof value === "number") return formatPercent(value);
  if (field === "isPublic" && typeof value === "boolean") return value ? "öffentlich" : "nicht öffentlich";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (typeof value === "string" && isIsoDate(value)) return formatDate(value);
  return String(value);
}

/** "Status: in Umsetzung → verzögert" */
export function changeText(change: FieldChange): string {
  return `${fieldLabel(change.field)}: ${valueText(change.field, change.from)} → ${valueText(change.field, change.to)}`;
}
