const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * True for a real calendar date written as YYYY-MM-DD (rejects 2023-02-30). Plain arithmetic, not a
 * Date round trip: a seed checks a million dates, and this is ten times faster.
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

export type IsoDate = string;

/** Days since 1970-01-01 (UTC) for a YYYY-MM-DD date; dates carry no time of day here. */
export function dayNumber(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Today's date in the city's time zone, so "today" flips at midnight in Germany, not in UTC. */
// Building an Intl.DateTimeFormat costs far more than using one: every request asks for today.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function todayIn(now: Date, timeZone = "Europe/Berlin"): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

function lastDayOfMonth(year: number, month0: number): IsoDate {
  return new Date(Date.UTC(year, month0 + 1, 0)).toISOString().slice(0, 10);
}

/**
 * The dates at which progress is sampled across a horizon: every month end, except that the month
 * containing `today` is sampled at `today` so the latest updates show without waiting a month.
 */
export function monthlySamplePoints(horizon: { start: IsoDate; end: IsoDate }, today: IsoDate): IsoDate[] {
  const points: IsoDate[] = [];
  let year = Number(horizon.start.slice(0, 4));
  let month0 = Number(horizon.start.slice(5, 7)) - 1;
  for (;;) {
    const monthEnd = lastDayOfMonth(year, month0);
    const sample = today.slice(0, 7) === monthEnd.slice(0, 7) && today < monthEnd ? today : monthEnd;
    points.push(sample > horizon.end ? horizon.end : sample);
    if (monthEnd >= horizon.end) break;
    month0 += 1;
    if (month0 === 12) {
      month0 = 0;
      year += 1;
    }
  }
  return points;
}
