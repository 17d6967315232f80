import { useState } from "react";
import { toApiError } from "../api/client";
import type { SummaryItem } from "./error-summary";
import { domId, errorsFromApi, type MappedErrors } from "./field-errors";

/**
 * Error state of one form: messages by field, messages for the whole form, and an attempt counter
 * that moves focus to the error summary. `labels` lists the form's fields in display order.
 */
export function useFormErrors(prefix: string, labels: Record<string, string>) {
  const [state, setState] = useState<MappedErrors & { attempt: number }>({ byField: {}, general: [], attempt: 0 });
  const id = (key: string) => domId(prefix, key);
  const fail = (mapped: MappedErrors) => setState((s) => ({ ...mapped, attempt: s.attempt + 1 }));
  const summary: SummaryItem[] = [
    ...state.general.map((message) => ({ message })),
    ...Object.keys(labels)
      .filter((key) => state.byField[key])
      .map((key) => ({ target: id(key), message: `${labels[key]}: ${state.byField[key]}` })),
  ];
  return {
    id,
    errors: state.byField,
    summary,
    attempt: state.attempt,
    fail,
    /** shows a failed request's messages next to the fields they name */
    failWith: (error: unknown) => fail(errorsFromApi(toApiError(error), Object.keys(labels))),
    clear: () => setState((s) => ({ byField: {}, general: [], attempt: s.attempt })),
  };
}
