import { RecordHistory } from '@/components/records/record-history';
import { EditorLinks } from '@/components/records/editor-links';
import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getAccount, requireAccount } from '@/auth';
import { countryRows } from '@/components/charts/breakdown-rows';
import { TrainedByGenderChart } from '@/components/charts/trained-by-gender-chart';
import { ClientMessages } from '@/components/i18n/client-messages';
import { HeadlineFigures } from '@/components/figures/headline-figures';
import { ActivitiesTable } from '@/components/profiles/activities-table';
import { EventsTable } from '@/components/profiles/events-table';
import { NewestOfTotal } from '@/components/profiles/newest-of-total';
import { ProfileSection } from '@/components/profiles/profile-section';
import { ReportLink } from '@/components/reports/report-link';
import { db } from '@/db';
import { getHeadlineFigures } from '@/db/queries/dashboard';
import { getDonorProfile } from '@/db/queries/donor-profile';
import { listActivityCountries, listNewestActivities, listNewestEvents } from '@/db/queries/profile-lists';
import { listTrainedByCountry } from '@/db/queries/trained-breakdowns';
import type { Viewer } from '@/db/viewer';
import { localizedName } from '@/lib/localized-name';
import { recordIdParamSchema } from '@/lib/route-params';

function findDonor(viewer: Viewer, id: string) {
  const parsed = recordIdParamSchema.safeParse(id);
  return parsed.success ? getDonorProfile(db, { viewer, id: parsed.data }) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/donors/[id]'>): Promise<Metadata> {
  const [account, locale] = await Promise.all([getAccount(), getLocale()]);
  const donor = account ? findDonor(account, (await params).id) : undefined;
  return { title: donor ? localizedName(locale, { en: donor.name, es: donor.nameEs }) : undefined };
}

/** A donor's portfolio: what it funds, where, with what results. A donor account sees only its own. */
export default async function DonorProfilePage({ params }: PageProps<'/donors/[id]'>) {
  await connection();
  const account = await requireAccount();
  const donor = findDonor(account, (await params).id);
  if (!donor) notFound();

  const [t, tCharts, tDashboard, locale] = await Promise.all([
    getTranslations('profiles'),
    getTranslations('charts'),
    getTranslations('dashboard'),
    getLocale(),
  ]);
  const name = localizedName(locale, { en: donor.name, es: donor.nameEs });
  const [editing, tReports] = await Promise.all([getTranslations('records.links'), getTranslations('reports')]);
  const query = { viewer: account, filters: { donor: donor.id } };
  const countries = listActivityCountries(db, query);
  const byCountry = countryRows(listTrainedByCountry(db, query), locale, tCharts('countryNotStated'));
  const activities = listNewestActivities(db, query);
  const events = listNewestEvents(db, query);

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">{t(`donorKinds.${donor.kind}`)}</p>
        <h1 className="text-2xl font-semibold">{name}</h1>
        <p className="text-slate-600">{t('donorIntro', { donor: name })}</p>
        <ReportLink href={`/donors/${donor.id}/report`} label={tReports('reportLink')} />
        <div className="mt-3">
          <EditorLinks viewer={account} links={[{ href: `/donors/${donor.id}/edit`, label: editing('editDonor') }]} />
        </div>
      </header>
      <HeadlineFigures figures={getHeadlineFigures(db, query)} omit={['donors']} />
      <ProfileSection id="countries-heading" title={t('countriesTitle')}>
        {countries.length === 0 ? (
          <p className="text-slate-600">{t('noCountries')}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {countries.map((country) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code}`} className="inline-block rounded border border-slate-300 px-3 py-1 text-sm text-oas-blue underline">
                  {localizedName(locale, { en: country.nameEn, es: country.nameEs })} ({t('activityCount', { count: country.activities })})
                </Link>
              </li>
            ))}
          </ul>
        )}
      </ProfileSection>
      <ClientMessages namespaces={['charts']}>
        <TrainedByGenderChart
          testId="chart-by-country"
          title={tDashboard('byCountryTitle')}
          reading={t('donorByCountryReading', { donor: name })}
          categoryLabel={tCharts('country')}
          rows={byCountry}
        />
      </ClientMessages>
      <ProfileSection id="activities-heading" title={t('fundedActivitiesTitle')}>
        <ActivitiesTable caption={t('fundedActivitiesTitle')} activities={activities.rows} />
        <NewestOfTotal list="activities" newest={activities} href={`/activities?f.donors=${donor.id}`} />
      </ProfileSection>
      <ProfileSection id="events-heading" title={t('eventsTitle')}>
        <EventsTable caption={t('eventsTitle')} events={events.rows} />
        {/* The events table has no donor filter: its activities' table is where a donor's portfolio is listed whole. */}
        <NewestOfTotal list="events" newest={events} />
      </ProfileSection>
      <RecordHistory viewer={account} entityType="donor" entityId={donor.id} />
    </div>
  );
}
