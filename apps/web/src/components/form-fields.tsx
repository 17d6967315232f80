import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Icon } from "./icons";

interface FieldProps {
  id: string;
  label: ReactNode;
  /** the German message from the server or the form's own check */
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

/** aria-describedby for an input: its hint and its error, when there are any. */
function describedBy(id: string, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Label, hint, error (icon and text, never colour alone) and the input, wired for screen readers. */
function Field({ id, label, error, hint, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`form-field${error ? " form-field--error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      <Icon name="alert" />
      <span>
        <span className="visually-hidden">Fehler: </span>
        {error}
      </span>
    </p>
  );
}

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">;

export function TextField({ id, label, error, hint, className, ...input }: InputProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <input
        id={id}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, input["aria-describedby"])}
      />
    </Field>
  );
}

type TextAreaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">;

export function TextAreaField({ id, label, error, hint, className, ...textarea }: TextAreaProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <textarea
        id={id}
        rows={4}
        {...textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Field>
  );
}

type SelectProps = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">;

export function SelectField({ id, label, error, hint, className, children, ...select }: SelectProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <select id={id} {...select} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {children}
      </select>
    </Field>
  );
}

type CheckboxProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "type">;

/** A checkbox with its label after it, as people expect; hint and error sit below. */
export function CheckboxField({ id, label, error, hint, className, ...input }: CheckboxProps) {
  return (
    <div className={`form-field checkbox-field${error ? " form-field--error" : ""}${className ? ` ${className}` : ""}`}>
      <FieldError id={id} error={error} />
      <div className="checkbox-field__row">
        <input
          id={id}
          type="checkbox"
          {...input}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface CheckboxGroupProps {
  /** id of the first checkbox, where the error summary sends focus */
  id: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  hint?: ReactNode;
}

/** Several checkboxes for one list value (e.g. target groups), grouped under a legend. */
export function CheckboxGroup({ id, legend, options, value, onChange, error, hint }: CheckboxGroupProps) {
  return (
    <fieldset className={`checkbox-group${error ? " form-field--error" : ""}`} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      <div className="checkbox-group__options">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="checkbox-field__row">
              <input
                id={optionId}
                type="checkbox"
                checked={value.includes(option.value)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, option.value].sort() : value.filter((v) => v !== option.value))
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
