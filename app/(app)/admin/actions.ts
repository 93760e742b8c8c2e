'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { db } from '@/db';
import { inviteAccount, resetAccountPassword, setAccountActive, updateAccountAccess } from '@/db/mutations/users';
import { validatedAction } from '@/lib/forms/validated-action';
import { generatePassword, hashPassword } from '@/lib/passwords';
import { accountAccessSchema, accountActiveSchema, accountPasswordResetSchema, inviteAccountSchema } from '@/lib/validation/accounts';

const admins = ['admin'] as const;

/** Creates an account with a one-time password that the admin sees once and hands over. */
export const inviteAccountAction = validatedAction({ schema: inviteAccountSchema, roles: admins }, async (input, account) => {
  const password = generatePassword();
  inviteAccount(db, { actor: account, account: { ...input, passwordHash: await hashPassword(password) } });
  revalidatePath('/admin');
  const t = await getTranslations('admin');
  return { status: 'success', message: t('invited', { email: input.email }), result: { password } };
});

/** Changes an account's role and donor link. */
export const updateAccountAccessAction = validatedAction({ schema: accountAccessSchema, roles: admins }, async (input, account) => {
  updateAccountAccess(db, { actor: account, ...input });
  revalidatePath('/admin', 'layout');
  return { status: 'success', message: (await getTranslations('admin'))('accessSaved') };
});

/** Deactivates or reactivates an account. */
export const setAccountActiveAction = validatedAction({ schema: accountActiveSchema, roles: admins }, async (input, account) => {
  setAccountActive(db, { actor: account, ...input });
  revalidatePath('/admin', 'layout');
  const t = await getTranslations('admin');
  return { status: 'success', message: input.isActive ? t('reactivated') : t('deactivated') };
});

/** Replaces an account's password with a one-time password shown once. */
export const resetAccountPasswordAction = validatedAction({ schema: accountPasswordResetSchema, roles: admins }, async (input, account) => {
  const password = generatePassword();
  resetAccountPassword(db, { actor: account, ...input, passwordHash: await hashPassword(password) });
  revalidatePath('/admin', 'layout');
  return { status: 'success', message: (await getTranslations('admin'))('passwordReset'), result: { password } };
});
