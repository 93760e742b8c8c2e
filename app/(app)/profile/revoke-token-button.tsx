'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleFormState } from '@/lib/forms/form-state';
import { revokeTokenAction } from './actions';

/** Revokes one token; a refusal (already revoked meanwhile) is said beside the button. */
export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations('profile');
  const [state, action, pending] = useActionState(revokeTokenAction, idleFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t('revokeNamed', { name })}
        className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-70"
      >
        {t('revoke')}
      </button>
      {state.status === 'error' ? (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
