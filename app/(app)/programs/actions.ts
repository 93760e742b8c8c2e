'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { createProgram, updateProgram } from '@/db/mutations/programs';
import { editorRoles } from '@/lib/forms/editors';
import { programFormValues } from '@/lib/forms/record-values';
import { validatedAction } from '@/lib/forms/validated-action';
import { programSchema, versioned } from '@/lib/validation/records';

/** Adds a program, then shows it. */
export const createProgramAction = validatedAction({ schema: programSchema, roles: editorRoles }, async (values, account) => {
  const id = createProgram(db, { actor: account, values });
  revalidatePath('/', 'layout');
  redirect(`/programs/${id}`);
});

/** Saves a program's edit, unless someone saved it meanwhile. */
export const updateProgramAction = validatedAction(
  { schema: programSchema.extend(versioned), roles: editorRoles, currentValues: programFormValues },
  async ({ id, version, ...values }, account) => {
    updateProgram(db, { actor: account, id, version, values });
    revalidatePath('/', 'layout');
    redirect(`/programs/${id}`);
  },
);
