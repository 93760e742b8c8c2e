'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AdminAccount } from '@/db/queries/accounts';
import { idleFormState, type FormState } from '@/lib/forms/form-state';
import { resetAccountPasswordAction, setAccountActiveAction, updateAccountAccessAction } from './actions';
import { OneTimePassword } from './one-time-password';
import { RoleAndDonorFields } from './role-and-donor-fields';

type Account = Pick<AdminAccount, 'id' | 'version' | 'role' | 'donorId' | 'isActive'>;

function RecordVersion({ account }: { account: Account }) {
  return (
    <>
      <input type="hidden" name="id" value={account.id} />
      <input type="hidden" name="version" value={account.version} />
    </>
  );
}

/** The outcome of a save; when someone changed the account meanwhile, a way to load its current values. */
function Outcome({ state, children }: { state: FormState; children?: React.ReactNode }) {
  const t = useTranslations('forms');
  const router = useRouter();
  return (
    <FormMessage state={state}>
      {children}
      {state.refusal === 'conflict' ? (
        <button type="button" onClick={() => router.refresh()} className="mt-2 rounded border border-red-400 bg-white px-3 py-1">
          {t('reload')}
        </button>
      ) : null}
    </FormMessage>
  );
}

export function AccountAccessForm({ account, donors }: { account: Account; donors: { id: number; name: string }[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(updateAccountAccessAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <Outcome state={state} />
      <RecordVersion account={account} />
      <div className="grid gap-4 sm:grid-cols-2">
        <RoleAndDonorFields donors={donors} role={account.role} donorId={account.donorId === null ? '' : String(account.donorId)} errors={errors} />
      </div>
      <SubmitButton label={t('admin.saveAccess')} pendingLabel={t('forms.saving')} />
    </form>
  );
}

export function AccountActiveForm({ account }: { account: Account }) {
  const t = useTranslations();
  const [state, action] = useActionState(setAccountActiveAction, idleFormState);
  return (
    <form action={action} className="space-y-3">
      <Outcome state={state} />
      <RecordVersion account={account} />
      <input type="hidden" name="isActive" value={account.isActive ? 'false' : 'true'} />
      <SubmitButton variant="secondary" label={account.isActive ? t('admin.deactivate') : t('admin.reactivate')} pendingLabel={t('forms.saving')} />
    </form>
  );
}

export function ResetPasswordForm({ account }: { account: Account }) {
  const t = useTranslations();
  const [state, action] = useActionState(resetAccountPasswordAction, idleFormState);
  return (
    <form action={action} className="space-y-3">
      <Outcome state={state}>{state.result?.password ? <OneTimePassword password={state.result.password} /> : null}</Outcome>
      <RecordVersion account={account} />
      <SubmitButton variant="secondary" label={t('admin.resetPassword')} pendingLabel={t('forms.saving')} />
    </form>
  );
}
