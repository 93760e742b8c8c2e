'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState, type FormState } from '@/lib/forms/form-state';
import { conflictingFields } from '@/lib/forms/record-values';

export interface RecordFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The record being edited, or undefined for a new one. */
  record?: { id: number; version: number };
  /** The record's values as the form shows them: the starting values of an edit. */
  initial: Record<string, string>;
  /** Labels of the fields, to say which ones changed meanwhile. */
  labels: Record<string, string>;
  submitLabel: string;
  children: (form: {
    values: Record<string, string>;
    errors: Record<string, string>;
    /** What a repeated field (checkboxes, rows) held when the form was refused; undefined before. */
    sentList: (name: string) => string[] | undefined;
    /** Why the last save was refused by the data layer, if it was. */
    refusal: string | undefined;
  }) => ReactNode;
}

/**
 * The frame of every record form: the outcome message, and on a conflict what the record says
 * now beside what the editor sent, with the choice to reload or to save their values again.
 */
function sentList(state: FormState, name: string): string[] | undefined {
  if (state.status !== 'error') return undefined;
  const list = state.lists?.[name];
  if (list) return list;
  const single = state.values?.[name];
  return single ? [single] : [];
}

export function RecordForm({ action, record, initial, labels, submitLabel, children }: RecordFormProps) {
  const t = useTranslations('forms');
  const router = useRouter();
  const [state, formAction] = useActionState(action, idleFormState);
  const values = state.status === 'error' ? { ...initial, ...state.values } : initial;
  const conflicts = state.current ? conflictingFields(state.current, values).filter((c) => c.field in labels) : [];

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state}>
        {state.refusal === 'conflict' ? (
          <div className="mt-2 space-y-2">
            {conflicts.length ? (
              <table className="w-full text-left text-sm" data-testid="conflict-table">
                <thead>
                  <tr>
                    <th scope="col" className="pr-3">{t('conflictField')}</th>
                    <th scope="col" className="pr-3">{t('conflictNow')}</th>
                    <th scope="col">{t('conflictYours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflicts.map((c) => (
                    <tr key={c.field} className="align-top">
                      <th scope="row" className="pr-3 font-medium">{labels[c.field]}</th>
                      <td className="whitespace-pre-wrap pr-3">{c.current || t('empty')}</td>
                      <td className="whitespace-pre-wrap">{c.sent || t('empty')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <p>{t('conflictChoice')}</p>
            <button type="button" onClick={() => router.refresh()} className="rounded border border-red-400 bg-white px-3 py-1">
              {t('reload')}
            </button>
          </div>
        ) : null}
      </FormMessage>
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          {/* After a conflict, saving again deliberately replaces the newer version. */}
          <input type="hidden" name="version" value={state.refusal === 'conflict' && state.currentVersion ? state.currentVersion : record.version} />
        </>
      ) : null}
      {children({ values, errors: state.fieldErrors ?? {}, sentList: (name) => sentList(state, name), refusal: state.refusal })}
      <SubmitButton label={submitLabel} pendingLabel={t('saving')} />
    </form>
  );
}
