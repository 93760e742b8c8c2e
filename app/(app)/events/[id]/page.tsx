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
import { getEvent } from '@/db/queries/events';
import { formatStoredDate } from '@/lib/partial-date';
import { parseRecordId } from '@/lib/record-id';

type Props = { params: Promise<{ id: string }> };

async function findEvent(params: Props['params']) {
  await connection();
  const account = await requireAccount();
  const id = parseRecordId((await params).id);
  const event = id === null ? undefined : getEvent(db, { viewer: account, id });
  if (!event) notFound();
  return event;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await findEvent(params)).title };
}

export default async function EventPage({ params }: Props) {
  const event = await findEvent(params);
  const [t, tables, format, locale] = await Promise.all([getTranslations('eventDetail'), getTranslations('tables'), getFormatter(), getLocale()]);
  const date = (value: string | null, precision: typeof event.startPrecision) => (value && precision ? formatStoredDate(value, precision, locale) : null);
  const start = date(event.startDate, event.startPrecision);
  const end = date(event.endDate, event.endPrecision);
  const account = await requireAccount();
  const editing = await getTranslations('records.links');
  const count = (value: number | null) => (value === null ? null : format.number(value));
  const country = event.countryCode ? ((locale === 'es' ? event.countryNameEs : event.countryNameEn) ?? event.countryCode) : null;

  return (
    <article className="space-y-6">
      <nav aria-label={t('breadcrumbLabel')} className="text-sm">
        <Link href="/events" className="text-oas-blue underline">
          {t('breadcrumb')}
        </Link>
      </nav>
      <header>
        <p className="text-sm text-slate-600">{tables(`eventKinds.${event.kind}`)}</p>
        <h1 className="text-2xl font-semibold">{event.title}</h1>
        {event.isArchived ? <p className="mt-2 rounded bg-amber-50 p-2 text-sm">{t('archived')}</p> : null}
        <div className="mt-3">
          <EditorLinks viewer={account} links={[{ href: `/events/${event.id}/edit`, label: editing('editEvent') }]} />
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-3">
        <dl className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:col-span-2">
          <DetailField label={t('activity')}>
            <Link href={`/activities/${event.activityId}`} className="text-oas-blue underline-offset-2 hover:underline">
              {event.activityName}
            </Link>
          </DetailField>
          <DetailField label={t('program')}>
            <Link href={`/programs/${event.programId}`} className="text-oas-blue underline-offset-2 hover:underline">
              {event.programName}
            </Link>
          </DetailField>
          <DetailField label={t('country')}>{country}</DetailField>
          <DetailField label={t('date')}>{start && end && end !== start ? `${start} – ${end}` : start}</DetailField>
          <DetailField label={t('venue')}>{event.venue}</DetailField>
          <DetailField label={t('modality')}>{event.modality ? tables(`modalities.${event.modality}`) : null}</DetailField>
          <DetailField label={t('sectors')}>{event.sectors.map((s) => (locale === 'es' ? s.nameEs : s.nameEn)).join(', ')}</DetailField>
        </dl>
        <section aria-labelledby="participants-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="participants-heading" className="text-lg font-semibold">
            {t('participants')}
          </h2>
          <dl data-testid="event-participants">
            <DetailField label={t('women')}>{count(event.women)}</DetailField>
            <DetailField label={t('men')}>{count(event.men)}</DetailField>
            <DetailField label={t('notDisaggregated')}>{count(event.notDisaggregated)}</DetailField>
            <DetailField label={t('total')}>
              <span className="text-2xl font-semibold text-oas-blue">
                {event.isApproximate ? '~' : null}
                {format.number(event.total)}
              </span>
            </DetailField>
          </dl>
          {event.isApproximate ? <p className="text-sm text-slate-600">{t('approximateNote')}</p> : null}
        </section>
      </div>
      {event.notes ? (
        <section aria-labelledby="notes-heading" className="text-sm text-slate-600">
          <h2 id="notes-heading" className="font-semibold">
            {t('notes')}
          </h2>
          <p className="whitespace-pre-line">{event.notes}</p>
        </section>
      ) : null}
      <RecordHistory viewer={account} entityType="event" entityId={event.id} />
    </article>
  );
}
