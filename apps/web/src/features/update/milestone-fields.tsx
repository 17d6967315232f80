import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { formatDate } from "@sm/domain/web";
import { TextField } from "../../components/form-fields";
import { milestoneKey, newMilestoneKey, type UpdateForm } from "./update-form";

interface Props {
  form: UpdateForm;
  base: UpdateForm;
  errors: Record<string, string>;
  idFor: (key: string) => string;
  onChange: Dispatch<SetStateAction<UpdateForm>>;
}

/** Complete or move the measure's milestones, and add new ones. */
export function MilestoneFields({ form, base, errors, idFor, onChange }: Props) {
  const counter = useRef(0);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  // A new row gets focus in its first input, so keyboard users can type at once.
  useEffect(() => {
    if (focusKey) document.getElementById(idFor(newMilestoneKey(focusKey, "title")))?.focus();
  }, [focusKey, idFor]);

  const setMilestone = (id: number, part: "plannedDate" | "completedDate", value: string) =>
    onChange((f) => ({ ...f, milestones: f.milestones.map((m) => (m.id === id ? { ...m, [part]: value } : m)) }));
  const setNew = (key: string, part: "title" | "plannedDate", value: string) =>
    onChange((f) => ({ ...f, newMilestones: f.newMilestones.map((m) => (m.key === key ? { ...m, [part]: value } : m)) }));
  const add = () => {
    counter.current += 1;
    const key = `n${counter.current}`;
    onChange((f) => ({ ...f, newMilestones: [...f.newMilestones, { key, title: "", plannedDate: "" }] }));
    setFocusKey(key);
  };
  const remove = (key: string) => {
    onChange((f) => ({ ...f, newMilestones: f.newMilestones.filter((m) => m.key !== key) }));
    document.getElementById("u-add-milestone")?.focus();
  };

  return (
    <fieldset className="card">
      <legend>Meilensteine</legend>
      {form.milestones.length === 0 ? <p>Diese Maßnahme hat noch keine Meilensteine.</p> : null}
      {form.milestones.map((m) => {
        const wasDone = base.milestones.find((b) => b.id === m.id)?.completedDate ?? "";
        return (
          <fieldset key={m.id} className="milestone-edit">
            <legend>{m.title}</legend>
            {wasDone ? (
              <p className="milestone-edit__done">
                geplant {formatDate(m.plannedDate)}, erreicht am {formatDate(wasDone)}
              </p>
            ) : (
              <div className="form-grid">
                <TextField
                  id={idFor(milestoneKey(m.id, "completedDate"))}
                  label="Erreicht am"
                  type="date"
                  value={m.completedDate}
                  error={errors[milestoneKey(m.id, "completedDate")]}
                  hint="leer, solange der Meilenstein offen ist"
                  onChange={(e) => setMilestone(m.id, "completedDate", e.target.value)}
                />
                <TextField
                  id={idFor(milestoneKey(m.id, "plannedDate"))}
                  label="Geplantes Datum"
                  type="date"
                  value={m.plannedDate}
                  error={errors[milestoneKey(m.id, "plannedDate")]}
                  hint="zum Verschieben ändern"
                  onChange={(e) => setMilestone(m.id, "plannedDate", e.target.value)}
                />
              </div>
            )}
          </fieldset>
        );
      })}
      {form.newMilestones.map((m, index) => (
        <fieldset key={m.key} className="milestone-edit milestone-edit--new">
          <legend>Neuer Meilenstein {index + 1}</legend>
          <div className="form-grid">
            <TextField
              id={idFor(newMilestoneKey(m.key, "title"))}
              label="Titel"
              value={m.title}
              maxLength={200}
              error={errors[newMilestoneKey(m.key, "title")]}
              onChange={(e) => setNew(m.key, "title", e.target.value)}
            />
            <TextField
              id={idFor(newMilestoneKey(m.key, "plannedDate"))}
              label="Geplantes Datum"
              type="date"
              value={m.plannedDate}
              error={errors[newMilestoneKey(m.key, "plannedDate")]}
              onChange={(e) => setNew(m.key, "plannedDate", e.target.value)}
            />
          </div>
          <p>
            <button type="button" className="link-button" onClick={() => remove(m.key)}>
              Neuen Meilenstein {index + 1} entfernen
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button type="button" id="u-add-milestone" className="button button--secondary" onClick={add}>
          Meilenstein hinzufügen
        </button>
      </p>
    </fieldset>
  );
}
