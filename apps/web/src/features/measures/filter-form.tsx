import { useCallback, type FormEvent } from "react";
import { STATUS_KEYS, STATUS_LABELS, type StrategyResponse } from "@sm/domain/web";
import { SEARCH_SPELLING_HINT, SearchField, useSearchDraft } from "../../components/search-field";
import { DUE_ON, type FilterKey, type MeasureFilters } from "./measure-filters";

interface Props {
  filters: MeasureFilters;
  strategy: StrategyResponse | undefined;
  onChange: (key: FilterKey, value: string, options?: { replace?: boolean }) => void;
  onReset: () => void;
  canReset: boolean;
}

/**
 * Filters for the measure list. Selects write to the URL at once; the search box after a short
 * pause in typing (or at once on Enter), so the list does not reload on every key.
 */
export function FilterForm({ filters, strategy, onChange, onReset, canReset }: Props) {
  const onSearch = useCallback((value: string) => onChange("suche", value, { replace: true }), [onChange]);
  const search = useSearchDraft(filters.suche, onSearch);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    search.commit();
  };

  return (
    <form className="filters card" role="search" aria-label="Maßnahmen filtern" onSubmit={submit}>
      <div className="filters__grid">
        <Select
          id="f-field"
          name="handlungsfeld"
          label="Handlungsfeld"
          value={filters.handlungsfeld}
          onChange={(v) => onChange("handlungsfeld", v)}
          options={(strategy?.fields ?? []).map((f) => ({ value: f.code, label: `${f.code} – ${f.shortTitle}` }))}
        />
        <Select
          id="f-status"
          name="status"
          label="Status"
          value={filters.status}
          onChange={(v) => onChange("status", v)}
          options={STATUS_KEYS.map((key) => ({ value: key, label: STATUS_LABELS[key] }))}
        />
        <Select
          id="f-group"
          name="zielgruppe"
          label="Zielgruppe"
          value={filters.zielgruppe}
          onChange={(v) => onChange("zielgruppe", v)}
          options={(strategy?.targetGroups ?? []).map((g) => ({ value: g.key, label: g.label }))}
        />
        <Select
          id="f-topic"
          name="thema"
          label="Querschnittsthema"
          value={filters.thema}
          onChange={(v) => onChange("thema", v)}
          options={(strategy?.topics ?? []).map((t) => ({ value: t.key, label: t.label }))}
        />
        <div className="form-field checkbox-field__row filters__due">
          <input
            id="f-due"
            type="checkbox"
            name="faellig"
            checked={filters.faellig}
            onChange={(event) => onChange("faellig", event.target.checked ? DUE_ON : "")}
          />
          <label htmlFor="f-due">Nur Maßnahmen mit fälliger Aktualisierung</label>
        </div>
        <SearchField
          id="f-search"
          name="suche"
          hint={`in Kürzel, Titel, Beschreibung und Fachbereich. ${SEARCH_SPELLING_HINT}`}
          draft={search.draft}
          onDraft={search.setDraft}
        />
      </div>
      {canReset && (
        <p>
          <button type="button" className="link-button" onClick={onReset}>
            Alle Filter zurücksetzen
          </button>
        </p>
      )}
    </form>
  );
}

interface SelectProps {
  id: string;
  /** the URL parameter the select writes */
  name: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}

function Select({ id, name, label, value, options, onChange }: SelectProps) {
  // A value from a shared link that is not (yet) among the options still shows as chosen.
  const known = value === "" || options.some((o) => o.value === value);
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Alle</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
