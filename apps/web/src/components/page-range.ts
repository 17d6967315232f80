import { formatNumber } from "@sm/domain/web";

export interface PageRange {
  /** 1-based positions of the first and last item shown; 0 and 0 on an empty page */
  first: number;
  last: number;
  pageCount: number;
}

/** Which items a page of a list holds, and how many pages there are (at least one). */
export function pageRange(page: number, pageSize: number, total: number): PageRange {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  if (first > total) return { first: 0, last: 0, pageCount };
  return { first, last: Math.min(total, page * pageSize), pageCount };
}

/** "Maßnahmen 1–50 von 2.013": what a page of a list shows, and of how many. */
export function pageRangeText(noun: string, page: number, pageSize: number, total: number): string {
  const { first, last } = pageRange(page, pageSize, total);
  if (first === 0) return `${noun}: keine auf dieser Seite, ${formatNumber(total)} insgesamt`;
  return `${noun} ${formatNumber(first)}–${formatNumber(last)} von ${formatNumber(total)}`;
}

/** The page number in a search parameter: a whole number from 1, else 1. */
export function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The query string with `param` set to `page`; page 1 leaves it out, so the first page keeps its short address. */
export function withPageParam(params: URLSearchParams, param: string, page: number): string {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete(param);
  else next.set(param, String(page));
  const query = next.toString();
  return query ? `?${query}` : "?";
}

/** A table's caption, with the part shown when its list has more than one page. */
export function listCaption(caption: string, noun: string, list: { page: number; pageSize: number; total: number }): string {
  if (pageRange(list.page, list.pageSize, list.total).pageCount <= 1 && list.page <= 1) return caption;
  return `${caption} (${pageRangeText(noun, list.page, list.pageSize, list.total)})`;
}
