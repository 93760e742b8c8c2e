import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getActivityContext, getIndicatorForEdit } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { indicatorFormValues } from '@/lib/forms/record-values';
import { recordId } from '@/lib/validation/fields';
import { updateIndicatorAction } from '../../actions';
import { IndicatorForm } from '../../indicator-form';
import { MeasurementForm } from '../../measurement-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('indicator.editTitle') };
}

export default async function EditIndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await params).id);
  const indicator = id.success ? getIndicatorForEdit(db, { viewer, id: id.data }) : undefined;
  const activity = indicator && getActivityContext(db, { viewer, id: indicator.activityId });
  if (!indicator || !activity) notFound();
  const t = await getTranslations('records');
  return (
    <EditPageFrame
      title={t('indicator.editTitle')}
      back={{ href: `/activities/${activity.id}`, label: activity.name }}
      existing={{ viewer, entity: 'indicator', id: indicator.id, version: indicator.version, isArchived: indicator.archivedAt !== null, archiveTitle: t('archiveTitle'), archivedNote: t('archivedNote') }}
    >
      <IndicatorForm
        key={indicator.version}
        action={updateIndicatorAction}
        record={indicator}
        activityId={activity.id}
        initial={indicatorFormValues(indicator)}
        initialEventIds={indicator.eventIds.map(String)}
        events={activity.events}
      />
      <section aria-labelledby="measurement-heading" className="mt-8 border-t border-slate-200 pt-4">
        <h2 id="measurement-heading" className="mb-2 text-lg font-semibold">
          {t('indicator.measurementTitle')}
        </h2>
        <MeasurementForm indicatorId={indicator.id} />
      </section>
    </EditPageFrame>
  );
}
