'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { idleFormState, type FormState } from '@/lib/forms/form-state';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A form posting to a server action that shows the action's refusal, if any, above its children. */
export function ActionForm({ action, children, className }: { action: Action; children: React.ReactNode; className?: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className={className}>
      <FormMessage state={state}>
        {state.fieldErrors ? (
          <ul className="list-disc pl-5">
            {Object.keys(state.fieldErrors).map((key) => (
              <li key={key}>{key.replace(/^value\./, '')}</li>
            ))}
          </ul>
        ) : null}
      </FormMessage>
      {children}
    </form>
  );
}
