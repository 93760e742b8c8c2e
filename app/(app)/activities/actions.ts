'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { createActivity, updateActivity } from '@/db/mutations/activities';
import { editorRoles } from '@/lib/forms/editors';
import { activityFormValues } from '@/lib/forms/record-values';
import { validatedAction } from '@/lib/forms/validated-action';
import { activitySchema, versioned } from '@/lib/validation/records';

/** Adds an activity with its countries and funding, then shows it. */
export const createActivityAction = validatedAction({ schema: activitySchema, roles: editorRoles }, async (values, account) => {
  const id = createActivity(db, { actor: account, values });
  revalidatePath('/', 'layout');
  redirect(`/activities/${id}`);
});

const activityEditSchema = z.object(versioned).and(activitySchema);

/** Saves an activity's edit, unless someone saved it meanwhile. */
export const updateActivityAction = validatedAction(
  { schema: activityEditSchema, roles: editorRoles, currentValues: activityFormValues },
  async ({ id, version, ...values }, account) => {
    updateActivity(db, { actor: account, id, version, values });
    revalidatePath('/', 'layout');
    redirect(`/activities/${id}`);
  },
);
