import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getActivityContext } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { recordId } from '@/lib/validation/fields';
import { createIndicatorAction } from '../actions';
import { IndicatorForm } from '../indicator-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('indicator.newTitle') };
}

/** A target is always set from its activity: /indicators/new?activity=<id>. */
export default async function NewIndicatorPage({ searchParams }: { searchParams: Promise<{ activity?: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await searchParams).activity);
  const activity = id.success ? getActivityContext(db, { viewer, id: id.data }) : undefined;
  if (!activity) notFound();
  const t = await getTranslations('records');
  return (
    <EditPageFrame title={t('indicator.newTitleFor', { activity: activity.name })} back={{ href: `/activities/${activity.id}`, label: activity.name }}>
      <IndicatorForm action={createIndicatorAction} activityId={activity.id} initial={{}} initialEventIds={[]} events={activity.events} />
    </EditPageFrame>
  );
}
