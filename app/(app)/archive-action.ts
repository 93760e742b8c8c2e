'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db';
import { setArchived } from '@/db/mutations/editable';
import { activities, donors, events, indicators, programs } from '@/db/schema';
import { editorRoles } from '@/lib/forms/editors';
import { validatedAction } from '@/lib/forms/validated-action';
import { archiveSchema } from '@/lib/validation/records';

const tables = { program: programs, activity: activities, event: events, indicator: indicators, donor: donors } as const;
const entitySchema = z.enum(['program', 'activity', 'event', 'indicator', 'donor']);

/** Archives or restores any editable record; it is never deleted. */
export const setArchivedAction = validatedAction(
  { schema: archiveSchema.extend({ entity: entitySchema }), roles: editorRoles },
  async ({ entity, id, version, archived }, account) => {
    setArchived(db, { table: tables[entity], actor: account, id, version, archived });
    revalidatePath('/', 'layout');
    const t = await getTranslations('records');
    return { status: 'success', message: archived ? t('archived') : t('restored') };
  },
);
