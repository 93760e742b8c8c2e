'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db';
import { createApiToken, revokeApiToken } from '@/db/mutations/api-tokens';
import { roles } from '@/db/schema';
import { validatedAction } from '@/lib/forms/validated-action';
import { recordId, requiredText } from '@/lib/validation/fields';

// Every signed-in account manages its own tokens; the data layer only ever touches the actor's.

/** Creates a token and shows its secret, once. */
export const createTokenAction = validatedAction({ schema: z.object({ name: requiredText(100) }), roles }, async ({ name }, account) => {
  const { secret } = createApiToken(db, { actor: account, name });
  revalidatePath('/profile');
  return { status: 'success', message: (await getTranslations('profile'))('tokenCreated', { name }), result: { token: secret } };
});

/** Revokes one of the account's tokens: the next request with it is refused. */
export const revokeTokenAction = validatedAction({ schema: z.object({ id: recordId }), roles }, async ({ id }, account) => {
  revokeApiToken(db, { actor: account, id });
  revalidatePath('/profile');
  return { status: 'success', message: (await getTranslations('profile'))('tokenRevoked') };
});
