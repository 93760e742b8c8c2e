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
