'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db';
import { createEvent, updateEvent } from '@/db/mutations/events';
import { editorRoles } from '@/lib/forms/editors';
import { eventFormValues } from '@/lib/forms/record-values';
import { validatedAction } from '@/lib/forms/validated-action';
import { eventSchema, versioned } from '@/lib/validation/records';

/** Records an event (a result) of an activity, then shows it. */
export const createEventAction = validatedAction({ schema: eventSchema, roles: editorRoles }, async ({ confirmOutsidePeriod, ...values }, account) => {
  const id = createEvent(db, { actor: account, values, confirmOutsidePeriod });
  revalidatePath('/', 'layout');
  redirect(`/events/${id}`);
});

/** Saves an event's edit, unless someone saved it meanwhile. */
export const updateEventAction = validatedAction(
  { schema: z.object(versioned).and(eventSchema), roles: editorRoles, currentValues: eventFormValues },
  async ({ id, version, confirmOutsidePeriod, ...values }, account) => {
    updateEvent(db, { actor: account, id, version, values, confirmOutsidePeriod });
    revalidatePath('/', 'layout');
    redirect(`/events/${id}`);
  },
);
