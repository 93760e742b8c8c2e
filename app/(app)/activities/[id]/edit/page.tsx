import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getActivityForEdit, getFormChoices } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { activityFormValues } from '@/lib/forms/record-values';
import { recordId } from '@/lib/validation/fields';
import { updateActivityAction } from '../../actions';
import { ActivityForm } from '../../activity-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('activity.editTitle') };
}

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await params).id);
  const activity = id.success ? getActivityForEdit(db, { viewer, id: id.data }) : undefined;
  if (!activity) notFound();
  const t = await getTranslations('records');
  const funding = activity.funding.map((f) => ({ donorId: String(f.donorId), amount: f.amount === null ? '' : String(f.amount), currency: f.currency ?? '' }));
  return (
    <EditPageFrame
      title={t('activity.editTitle')}
      back={{ href: `/activities/${activity.id}`, label: activity.name }}
      existing={{ viewer, entity: 'activity', id: activity.id, version: activity.version, isArchived: activity.archivedAt !== null, archiveTitle: t('archiveTitle'), archivedNote: t('archivedNote') }}
    >
      <ActivityForm
        key={activity.version}
        action={updateActivityAction}
        record={activity}
        initial={activityFormValues(activity)}
        initialCountries={activity.countries}
        initialFunding={funding}
        choices={getFormChoices(db, { viewer })}
      />
    </EditPageFrame>
  );
}
