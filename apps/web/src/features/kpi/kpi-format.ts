import { formatNumber } from "@sm/domain/web";

/** A KPI value with its unit: "27 %", "1.234", "12 Tage", "Rang 5". "Anzahl" is implied by a bare number. */
export function formatKpiValue(value: number | null | undefined, unit: string, decimals = 0): string {
  const number = formatNumber(value, decimals);
  if (value === null || value === undefined) return number;
  if (unit === "%") return `${number} %`;
  if (unit === "Rang") return `Rang ${number}`;
  if (unit === "" || unit === "Anzahl") return number;
  return `${number} ${unit}`;
}
