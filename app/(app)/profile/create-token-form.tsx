'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/forms/form-state';
import { createTokenAction } from './actions';

/** Names a new token; on success shows its secret once, to copy. */
export function CreateTokenForm() {
  const t = useTranslations();
  const [state, action] = useActionState(createTokenAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  const token = state.status === 'success' ? state.result?.token : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state}>
        {token ? (
          <div className="mt-2 space-y-1">
            <p>{t('profile.tokenShownOnce')}</p>
            <code className="block break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="new-token">
              {token}
            </code>
          </div>
        ) : null}
      </FormMessage>
      <TextField
        name="name"
        label={t('profile.tokenName')}
        hint={t('profile.tokenNameHint')}
        error={errors.name}
        defaultValue={state.status === 'error' ? state.values?.name : ''}
        maxLength={100}
        autoComplete="off"
      />
      <SubmitButton label={t('profile.createToken')} pendingLabel={t('forms.saving')} />
    </form>
  );
}
