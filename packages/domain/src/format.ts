/** German number and date formatting, shared by the web app and anything that renders text. */
const dateFormat = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("de-DE", { month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "–";
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatMonth(iso: string): string {
  return monthFormat.format(new Date(`${iso}T00:00:00Z`));
}

// Building a formatter costs far more than using one, and a table formats hundreds of figures.
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(maximumFractionDigits: number): Intl.NumberFormat {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("de-DE", { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, maximumFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return numberFormat(maximumFractionDigits).format(value);
}

export function formatPercent(value: number | null | undefined, maximumFractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return `${numberFormat(maximumFractionDigits).format(value)} %`;
}
