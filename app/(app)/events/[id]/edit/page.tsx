import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getActivityContext, getEventForEdit, getFormChoices } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { eventFormValues } from '@/lib/forms/record-values';
import { recordId } from '@/lib/validation/fields';
import { updateEventAction } from '../../actions';
import { EventForm } from '../../event-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('event.editTitle') };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await params).id);
  const event = id.success ? getEventForEdit(db, { viewer, id: id.data }) : undefined;
  const activity = event && getActivityContext(db, { viewer, id: event.activityId });
  if (!event || !activity) notFound();
  const t = await getTranslations('records');
  const choices = getFormChoices(db, { viewer });
  return (
    <EditPageFrame
      title={t('event.editTitle')}
      back={{ href: `/events/${event.id}`, label: event.title }}
      existing={{ viewer, entity: 'event', id: event.id, version: event.version, isArchived: event.archivedAt !== null, archiveTitle: t('archiveTitle'), archivedNote: t('archivedNote') }}
    >
      <EventForm
        key={event.version}
        action={updateEventAction}
        record={event}
        activityId={activity.id}
        initial={eventFormValues(event)}
        initialSectors={event.sectors}
        countries={activity.countries.length ? activity.countries : choices.countries}
        sectors={choices.sectors}
      />
    </EditPageFrame>
  );
}
