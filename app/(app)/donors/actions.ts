'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { createDonor, updateDonor } from '@/db/mutations/donors';
import { editorRoles } from '@/lib/forms/editors';
import { donorFormValues } from '@/lib/forms/record-values';
import { validatedAction } from '@/lib/forms/validated-action';
import { donorSchema, versioned } from '@/lib/validation/records';

/** Adds a donor, then shows its profile. */
export const createDonorAction = validatedAction({ schema: donorSchema, roles: editorRoles }, async (values, account) => {
  const id = createDonor(db, { actor: account, values });
  revalidatePath('/', 'layout');
  redirect(`/donors/${id}`);
});

/** Saves a donor's edit, unless someone saved it meanwhile. */
export const updateDonorAction = validatedAction(
  { schema: donorSchema.extend(versioned), roles: editorRoles, currentValues: donorFormValues },
  async ({ id, version, ...values }, account) => {
    updateDonor(db, { actor: account, id, version, values });
    revalidatePath('/', 'layout');
    redirect(`/donors/${id}`);
  },
);
