import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getActivityContext, getFormChoices } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { recordId } from '@/lib/validation/fields';
import { createEventAction } from '../actions';
import { EventForm } from '../event-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('event.newTitle') };
}

/** A new event is always recorded from its activity: /events/new?activity=<id>. */
export default async function NewEventPage({ searchParams }: { searchParams: Promise<{ activity?: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await searchParams).activity);
  const activity = id.success ? getActivityContext(db, { viewer, id: id.data }) : undefined;
  if (!activity) notFound();
  const t = await getTranslations('records');
  const choices = getFormChoices(db, { viewer });
  const countries = activity.countries.length ? activity.countries : choices.countries;
  return (
    <EditPageFrame title={t('event.newTitleFor', { activity: activity.name })} back={{ href: `/activities/${activity.id}`, label: activity.name }}>
      <EventForm
        action={createEventAction}
        activityId={activity.id}
        initial={{ countryCode: activity.countries.length === 1 ? activity.countries[0]!.code : '' }}
        initialSectors={[]}
        countries={countries}
        sectors={choices.sectors}
      />
    </EditPageFrame>
  );
}
