import type { ReactNode } from "react";

export type SortOrder = "asc" | "desc";

interface Props<K extends string> {
  column: K;
  sort: K;
  order: SortOrder;
  onSort: (column: K) => void;
  children: ReactNode;
}

/** A column header that sorts its table: a real button, with aria-sort on the sorted column. */
export function SortableHeader<K extends string>({ column, sort, order, onSort, children }: Props<K>) {
  const active = column === sort;
  return (
    <th scope="col" aria-sort={active ? (order === "asc" ? "ascending" : "descending") : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {children}
        <span className="sort-button__icon" aria-hidden="true">
          {active ? (order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

/** Clicking the sorted column flips its order; another column starts ascending. */
export function nextSort<K extends string>(current: { sort: K; order: SortOrder }, column: K): { sort: K; order: SortOrder } {
  if (current.sort === column) return { sort: column, order: current.order === "asc" ? "desc" : "asc" };
  return { sort: column, order: "asc" };
}
