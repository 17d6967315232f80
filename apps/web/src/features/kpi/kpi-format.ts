import { formatDate, formatNumber, type KpiSummary } from "@sm/domain";

/** A KPI value with its unit: "27 %", "1.234", "12 Tage", "Rang 5". "Anzahl" is implied by a bare number. */
export function formatKpiValue(value: number | null | undefined, unit: string, decimals = 0): string {
  const number = formatNumber(value, decimals);
  if (value === null || value === undefined) return number;
  if (unit === "%") return `${number} %`;
  if (unit === "Rang") return `Rang ${number}`;
  if (unit === "" || unit === "Anzahl") return number;
  return `${number} ${unit}`;
}

/** The sentence that stands in for a KPI's sparkline: "Letzter Wert 27 (12.10.2023), Ziel 15 bis 31.12.2027". */
export function kpiStatusText(kpi: Pick<KpiSummary, "latest" | "target" | "unit" | "decimals">): string {
  const target = `Ziel ${formatKpiValue(kpi.target.value, kpi.unit, kpi.decimals)} bis ${formatDate(kpi.target.date)}`;
  if (!kpi.latest) return `Noch kein Wert gemeldet, ${target}`;
  return `Letzter Wert ${formatKpiValue(kpi.latest.value, kpi.unit, kpi.decimals)} (${formatDate(kpi.latest.date)}), ${target}`;
}
