import type { MeasureView } from "@sm/domain/web";
import { ConflictPanel } from "../../components/conflict-panel";
import { conflictRows } from "./conflict";
import { formFromMeasure, type UpdateForm } from "./update-form";

interface Props {
  mine: UpdateForm;
  base: UpdateForm;
  current: MeasureView;
  onReapply: () => void;
}

/** The update form's 409, compared from the current state the server sent along. */
export function ConflictNotice({ mine, base, current, onReapply }: Props) {
  // The highest id is the latest save (seeded updates carry the import time, not the report time).
  const latest = [...(current.internal?.updates ?? [])].sort((a, b) => b.id - a.id)[0];
  return <ConflictPanel rows={conflictRows(mine, base, formFromMeasure(current))} author={latest?.author?.name} onReapply={onReapply} />;
}
