import type { ReactNode } from 'react';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

const inputClass =
  'mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600';

/** Label, control and the message tied to it with aria-describedby. */
function Field({ name, label, error, hint, children }: FieldProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: FieldProps & { type?: string; defaultValue?: string; maxLength?: number; autoComplete?: string; required?: boolean }) {
  const { name, type = 'text', defaultValue, maxLength, autoComplete, required, error } = props;
  return (
    <Field {...props}>
      {(describedBy) => (
        <input
          id={name}
          name={name}
          type={type}
          defaultValue={defaultValue}
          maxLength={maxLength}
          autoComplete={autoComplete}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const { name, options, defaultValue, error } = props;
  return (
    <Field {...props}>
      {(describedBy) => (
        <select
          id={name}
          name={name}
          defaultValue={defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField(props: FieldProps & { defaultValue?: string; maxLength?: number; rows?: number }) {
  const { name, defaultValue, maxLength, rows = 5, error } = props;
  return (
    <Field {...props}>
      {(describedBy) => (
        <textarea
          id={name}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function CheckboxField({ name, label, defaultChecked, error, hint }: FieldProps & { defaultChecked?: boolean }) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="h-4 w-4"
        />
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes sharing one name: the form sends every ticked value. */
export function CheckboxGroupField({
  name,
  label,
  options,
  defaultValues,
  error,
  hint,
}: FieldProps & { options: { value: string; label: string }[]; defaultValues: string[] }) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{label}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-1 grid max-h-56 gap-1 overflow-y-auto rounded border border-slate-300 bg-white p-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} className="h-4 w-4" />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
