'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/forms/form-state';
import { inviteAccountAction } from './actions';
import { OneTimePassword } from './one-time-password';
import { RoleAndDonorFields } from './role-and-donor-fields';

export function InviteAccountForm({ donors }: { donors: { id: number; name: string }[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(inviteAccountAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state}>{state.result?.password ? <OneTimePassword password={state.result.password} /> : null}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="email" type="email" label={t('admin.email')} error={errors.email} defaultValue={values.email} maxLength={320} autoComplete="off" />
        <TextField name="name" label={t('admin.name')} error={errors.name} defaultValue={values.name} maxLength={200} autoComplete="off" />
        <RoleAndDonorFields donors={donors} role={values.role ?? 'viewer'} donorId={values.donorId ?? ''} errors={errors} />
      </div>
      <SubmitButton label={t('admin.invite')} pendingLabel={t('forms.saving')} />
    </form>
  );
}
