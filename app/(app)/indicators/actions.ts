'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { addMeasurement, createIndicator, updateIndicator } from '@/db/mutations/indicators';
import { editorRoles } from '@/lib/forms/editors';
import { indicatorFormValues } from '@/lib/forms/record-values';
import { validatedAction } from '@/lib/forms/validated-action';
import { indicatorSchema, measurementSchema, versioned } from '@/lib/validation/records';

/** Adds a target to an activity, then shows the activity. */
export const createIndicatorAction = validatedAction({ schema: indicatorSchema, roles: editorRoles }, async (values, account) => {
  createIndicator(db, { actor: account, values });
  revalidatePath('/', 'layout');
  redirect(`/activities/${values.activityId}`);
});

/** Saves an indicator's edit, unless someone saved it meanwhile. */
export const updateIndicatorAction = validatedAction(
  { schema: indicatorSchema.extend(versioned), roles: editorRoles, currentValues: indicatorFormValues },
  async ({ id, version, ...values }, account) => {
    updateIndicator(db, { actor: account, id, version, values });
    revalidatePath('/', 'layout');
    redirect(`/activities/${values.activityId}`);
  },
);

/** Records a value measured on a date. */
export const addMeasurementAction = validatedAction({ schema: measurementSchema, roles: editorRoles }, async (input, account) => {
  addMeasurement(db, { actor: account, ...input });
  revalidatePath('/', 'layout');
  return { status: 'success', message: (await getTranslations('records'))('measurementSaved') };
});
