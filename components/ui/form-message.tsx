import type { FormState } from '@/lib/forms/form-state';

/** The outcome of a form: an alert when refused, a status line when saved. */
export function FormMessage({ state, children }: { state: FormState; children?: React.ReactNode }) {
  if (state.status === 'idle' || (!state.message && !children)) return null;
  const isError = state.status === 'error';
  return (
    <div
      role={isError ? 'alert' : 'status'}
      className={`rounded border p-3 text-sm ${isError ? 'border-red-300 bg-red-50 text-red-800' : 'border-green-300 bg-green-50 text-green-900'}`}
    >
      {state.message ? <p>{state.message}</p> : null}
      {children}
    </div>
  );
}
