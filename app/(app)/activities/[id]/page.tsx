import { RecordHistory } from '@/components/records/record-history';
import { EditorLinks } from '@/components/records/editor-links';
import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { DetailField } from '@/components/ui/detail-field';
import { db } from '@/db';
import { getActivity, listActivityEvents } from '@/db/queries/activities';
import { listIndicatorProgress } from '@/db/queries/indicator-progress';
import { formatStoredDate } from '@/lib/partial-date';
import { parseRecordId } from '@/lib/record-id';
import { ActivityEvents } from './activity-events';
import { ActivityIndicators } from './activity-indicators';

type Props = { params: Promise<{ id: string }> };

async function findActivity(params: Props['params']) {
  await connection();
  const account = await requireAccount();
  const id = parseRecordId((await params).id);
  const activity = id === null ? undefined : getActivity(db, { viewer: account, id });
  if (!activity) notFound();
  return activity;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await findActivity(params)).name };
}

export default async function ActivityPage({ params }: Props) {
  const activity = await findActivity(params);
  const [t, tables, format, locale] = await Promise.all([getTranslations('activityDetail'), getTranslations('tables'), getFormatter(), getLocale()]);
  const events = listActivityEvents(db, { activityId: activity.id });
  const account = await requireAccount();
  const editing = await getTranslations('records.links');
  const indicators = listIndicatorProgress(db, { viewer: account, activityIds: [activity.id] });
  const notStated = (await getTranslations('common'))('notStated');
  const date = (value: string | null, precision: typeof activity.commencementPrecision) =>
    value && precision ? formatStoredDate(value, precision, locale) : null;
  const start = date(activity.commencementDate, activity.commencementPrecision);
  const end = activity.isOngoing ? t('ongoing') : date(activity.completionDate, activity.completionPrecision);

  return (
    <article className="space-y-6">
      <nav aria-label={t('breadcrumbLabel')} className="text-sm">
        <Link href="/activities" className="text-oas-blue underline">
          {t('breadcrumb')}
        </Link>
      </nav>
      <header>
        <p className="text-sm text-slate-600">
          <Link href={`/programs/${activity.programId}`} className="text-oas-blue underline-offset-2 hover:underline">
            {activity.programName}
          </Link>{' '}
          · {activity.unitCode}
        </p>
        <h1 className="text-2xl font-semibold">{activity.name}</h1>
        {activity.archivedAt ? <p className="mt-2 rounded bg-amber-50 p-2 text-sm">{t('archived')}</p> : null}
        <div className="mt-3">
          <EditorLinks
            viewer={account}
            links={[
              { href: `/activities/${activity.id}/edit`, label: editing('editActivity') },
              { href: `/events/new?activity=${activity.id}`, label: editing('recordEvent') },
              { href: `/indicators/new?activity=${activity.id}`, label: editing('addTarget') },
            ]}
          />
        </div>
      </header>

      <section aria-labelledby="sheet-heading" className="grid gap-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:grid-cols-3">
        <h2 id="sheet-heading" className="sr-only">
          {t('sheet')}
        </h2>
        <dl className="space-y-2 lg:col-span-2">
          <DetailField label={t('programSummary')}>{activity.programSummary}</DetailField>
          <DetailField label={t('objectives')}>{activity.objectives ?? activity.programObjectives}</DetailField>
          <DetailField label={t('activitySummary')}>{activity.summary}</DetailField>
          <DetailField label={t('results')}>{activity.results}</DetailField>
        </dl>
        <dl className="rounded bg-oas-blue-light/60 p-4 text-sm">
          <DetailField label={t('pillar')}>{activity.pillar ? tables(`pillars.${activity.pillar}`) : null}</DetailField>
          <DetailField label={t('name')}>{activity.name}</DetailField>
          <DetailField label={t('date')}>{start || end ? t('dateRange', { start: start ?? notStated, end: end ?? notStated }) : null}</DetailField>
          <DetailField label={t('status')}>{tables(`status.${activity.status}`)}</DetailField>
          <DetailField label={t('countries')}>{activity.countries.map((c) => (locale === 'es' ? c.nameEs : c.nameEn)).join(', ')}</DetailField>
          <DetailField label={t('targetBeneficiaries')}>{activity.targetBeneficiaries}</DetailField>
          <DetailField label={t('donors')}>
            {activity.donors.length ? (
              <ul>
                {activity.donors.map((d) => (
                  <li key={d.id}>
                    <Link href={`/donors/${d.id}`} className="text-oas-blue underline-offset-2 hover:underline">
                      {locale === 'es' ? (d.nameEs ?? d.name) : d.name}
                    </Link>
                    {d.amount !== null && d.currency ? ` · ${format.number(d.amount, { style: 'currency', currency: d.currency })}` : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </DetailField>
          <DetailField label={t('additionalInformation')}>
            {activity.additionalInfoUrl ? (
              <a href={activity.additionalInfoUrl} className="break-all text-oas-blue underline" rel="noopener noreferrer" target="_blank">
                {activity.additionalInfoUrl}
              </a>
            ) : null}
          </DetailField>
        </dl>
      </section>

      <ActivityEvents events={events} />
      <ActivityIndicators indicators={indicators} viewer={account} />

      {activity.notes ? (
        <section aria-labelledby="notes-heading" className="text-sm text-slate-600">
          <h2 id="notes-heading" className="font-semibold">
            {t('notes')}
          </h2>
          <p className="whitespace-pre-line">{activity.notes}</p>
        </section>
      ) : null}
      <RecordHistory viewer={account} entityType="activity" entityId={activity.id} />
    </article>
  );
}
