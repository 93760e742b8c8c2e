import type { ReactNode } from 'react';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

const inputClass =
  'mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600';

/** The ids of a field's hint and error, for aria-describedby. */
const describedByOf = ({ name, hint, error }: FieldProps) => [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;

/** What every control shares: its name, and its tie to the field's hint and error. */
const controlProps = (props: FieldProps) => ({
  id: props.name,
  name: props.name,
  'aria-invalid': props.error ? true : undefined,
  'aria-describedby': describedByOf(props),
});

function FieldHint({ name, hint }: FieldProps) {
  return hint ? (
    <p id={`${name}-hint`} className="text-xs text-slate-600">
      {hint}
    </p>
  ) : null;
}

function FieldError({ name, error }: FieldProps) {
  return error ? (
    <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

/** Label, hint, control and the error tied to it. */
function Field(props: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium">
        {props.label}
      </label>
      <FieldHint {...props} />
      {props.children}
      <FieldError {...props} />
    </div>
  );
}

export function TextField(props: FieldProps & { type?: string; defaultValue?: string; maxLength?: number; autoComplete?: string; required?: boolean }) {
  const { type = 'text', defaultValue, maxLength, autoComplete, required } = props;
  return (
    <Field {...props}>
      <input {...controlProps(props)} type={type} defaultValue={defaultValue} maxLength={maxLength} autoComplete={autoComplete} required={required} className={inputClass} />
    </Field>
  );
}

export function TextAreaField(props: FieldProps & { defaultValue?: string; maxLength?: number; rows?: number }) {
  return (
    <Field {...props}>
      <textarea {...controlProps(props)} rows={props.rows ?? 5} defaultValue={props.defaultValue} maxLength={props.maxLength} className={inputClass} />
    </Field>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <Field {...props}>
      <select {...controlProps(props)} defaultValue={props.defaultValue} className={inputClass}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField(props: FieldProps & { defaultChecked?: boolean }) {
  return (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input {...controlProps(props)} type="checkbox" defaultChecked={props.defaultChecked} className="h-4 w-4" />
        {props.label}
      </label>
      <FieldHint {...props} />
      <FieldError {...props} />
    </div>
  );
}

/** A group of checkboxes sharing one name: the form sends every ticked value. */
export function CheckboxGroupField(props: FieldProps & { options: { value: string; label: string }[]; defaultValues: string[] }) {
  return (
    <fieldset aria-describedby={describedByOf(props)} aria-invalid={props.error ? true : undefined}>
      <legend className="text-sm font-medium">{props.label}</legend>
      <FieldHint {...props} />
      <div className="mt-1 grid max-h-56 gap-1 overflow-y-auto rounded border border-slate-300 bg-white p-2 sm:grid-cols-2">
        {props.options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={props.name} value={option.value} defaultChecked={props.defaultValues.includes(option.value)} className="h-4 w-4" />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError {...props} />
    </fieldset>
  );
}
