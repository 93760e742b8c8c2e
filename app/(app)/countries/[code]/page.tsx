import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { yearRows } from '@/components/charts/breakdown-rows';
import { TrainedByGenderChart } from '@/components/charts/trained-by-gender-chart';
import { HeadlineFigures } from '@/components/figures/headline-figures';
import { ActivitiesTable } from '@/components/profiles/activities-table';
import { LocatorMap } from '@/components/map/locator-map';
import { EventsTable } from '@/components/profiles/events-table';
import { NewestOfTotal } from '@/components/profiles/newest-of-total';
import { ProfileSection } from '@/components/profiles/profile-section';
import { ReportLink } from '@/components/reports/report-link';
import { db } from '@/db';
import { getMemberState } from '@/db/queries/countries';
import { getHeadlineFigures } from '@/db/queries/dashboard';
import { listActivityCountries, listNewestActivities, listNewestEvents } from '@/db/queries/profile-lists';
import { listTrainedByYear } from '@/db/queries/trained-breakdowns';
import { localizedName } from '@/lib/localized-name';
import { countryCodeParamSchema } from '@/lib/route-params';

async function findCountry(code: string) {
  const parsed = countryCodeParamSchema.safeParse(code);
  return parsed.success ? getMemberState(db, parsed.data) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/countries/[code]'>): Promise<Metadata> {
  const [country, locale] = await Promise.all([findCountry((await params).code), getLocale()]);
  return { title: country ? localizedName(locale, { en: country.nameEn, es: country.nameEs }) : undefined };
}

/** Everything DPS does in one member state, within what the viewer may see. */
export default async function CountryProfilePage({ params }: PageProps<'/countries/[code]'>) {
  await connection();
  const account = await requireAccount();
  const country = await findCountry((await params).code);
  if (!country) notFound();

  const [t, tCharts, tDashboard, tReports, locale] = await Promise.all([
    getTranslations('profiles'),
    getTranslations('charts'),
    getTranslations('dashboard'),
    getTranslations('reports'),
    getLocale(),
  ]);
  const name = localizedName(locale, { en: country.nameEn, es: country.nameEs });
  const query = { viewer: account, filters: { country: country.code } };
  // A donor has a report only on the countries of its portfolio (the report's own rule).
  const hasReport = account.role !== 'donor' || listActivityCountries(db, query).length > 0;
  const byYear = yearRows(listTrainedByYear(db, query), tCharts('yearNotStated'));
  const activities = listNewestActivities(db, query);
  const events = listNewestEvents(db, query);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">{tCharts(`subregions.${country.subregion}`)}</p>
          <h1 className="text-2xl font-semibold">{name}</h1>
          <p className="text-slate-600">{account.donorName ? t('scopeDonor', { donor: account.donorName }) : t('countryIntro', { country: name })}</p>
          {hasReport ? <ReportLink href={`/countries/${country.code}/report`} label={tReports('reportLink')} /> : null}
        </div>
        <LocatorMap code={country.code} name={name} />
      </header>
      <HeadlineFigures figures={getHeadlineFigures(db, query)} omit={['countriesReached']} />
      <TrainedByGenderChart
        testId="chart-by-year"
        title={tDashboard('byYearTitle')}
        reading={t('countryByYearReading', { country: name })}
        categoryLabel={tCharts('year')}
        rows={byYear}
      />
      <ProfileSection id="activities-heading" title={t('activitiesTitle')}>
        <ActivitiesTable caption={t('activitiesTitle')} activities={activities.rows} />
        <NewestOfTotal list="activities" newest={activities} href={`/activities?f.countries=${country.code}`} />
      </ProfileSection>
      <ProfileSection id="events-heading" title={t('eventsTitle')}>
        <EventsTable caption={t('eventsTitle')} events={events.rows} showCountry={false} />
        <NewestOfTotal list="events" newest={events} href={`/events?f.country=${country.code}`} />
      </ProfileSection>
    </div>
  );
}
