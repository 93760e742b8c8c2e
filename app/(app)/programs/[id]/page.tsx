import { RecordHistory } from '@/components/records/record-history';
import { EditorLinks } from '@/components/records/editor-links';
import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getAccount, requireAccount } from '@/auth';
import { IndicatorProgressPanel } from '@/components/charts/indicator-progress-panel';
import { ClientMessages } from '@/components/i18n/client-messages';
import { HeadlineFigures } from '@/components/figures/headline-figures';
import { ActivitiesTable } from '@/components/profiles/activities-table';
import { NewestOfTotal } from '@/components/profiles/newest-of-total';
import { Paragraphs } from '@/components/profiles/paragraphs';
import { ProfileSection } from '@/components/profiles/profile-section';
import { db } from '@/db';
import { getHeadlineFigures } from '@/db/queries/dashboard';
import { listFirstIndicatorProgress } from '@/db/queries/indicator-progress';
import { listNewestActivities } from '@/db/queries/profile-lists';
import { getProgramProfile } from '@/db/queries/program-profile';
import type { Viewer } from '@/db/viewer';
import { localizedName } from '@/lib/localized-name';
import { recordIdParamSchema } from '@/lib/route-params';

/** A program of a decade has hundreds of indicators: its page shows the first; each activity's page lists its own. */
const PROGRAM_INDICATORS = 20;

function findProgram(viewer: Viewer, id: string) {
  const parsed = recordIdParamSchema.safeParse(id);
  return parsed.success ? getProgramProfile(db, { viewer, id: parsed.data }) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/programs/[id]'>): Promise<Metadata> {
  const account = await getAccount();
  const program = account ? findProgram(account, (await params).id) : undefined;
  return { title: program?.name };
}

/** A program: its summary and objectives, its activities and their results, its indicators. */
export default async function ProgramProfilePage({ params }: PageProps<'/programs/[id]'>) {
  await connection();
  const account = await requireAccount();
  const program = findProgram(account, (await params).id);
  if (!program) notFound();

  const [t, tCommon, tDashboard, locale] = await Promise.all([
    getTranslations('profiles'),
    getTranslations('common'),
    getTranslations('dashboard'),
    getLocale(),
  ]);
  const editing = await getTranslations('records.links');
  const query = { viewer: account, filters: { program: program.id } };
  const activities = listNewestActivities(db, query);
  const withResults = activities.rows.filter((activity) => activity.results);
  const { indicators, more: moreIndicators } = listFirstIndicatorProgress(db, query, PROGRAM_INDICATORS);

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          {program.unitCode} · {localizedName(locale, { en: program.unitNameEn, es: program.unitNameEs })}
          {' · '}
          {t('pillar')}: {program.pillar ? t(`pillars.${program.pillar}`) : tCommon('notStated')}
        </p>
        <h1 className="text-2xl font-semibold">{program.name}</h1>
        {account.donorName ? <p className="text-slate-600">{t('scopeDonor', { donor: account.donorName })}</p> : null}
        <div className="mt-3">
          <EditorLinks
            viewer={account}
            links={[
              { href: `/programs/${program.id}/edit`, label: editing('editProgram') },
              { href: `/activities/new?program=${program.id}`, label: editing('newActivityInProgram') },
            ]}
          />
        </div>
      </header>
      <HeadlineFigures figures={getHeadlineFigures(db, query)} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ProfileSection id="summary-heading" title={t('summary')}>
          {program.summary ? <Paragraphs text={program.summary} className="text-slate-800" /> : <p className="text-slate-600">{tCommon('notStated')}</p>}
          {program.url ? (
            <p className="mt-3">
              <a href={program.url} className="text-oas-blue underline" rel="noopener noreferrer" target="_blank">
                {t('programWebsite')}
              </a>
            </p>
          ) : null}
        </ProfileSection>
        <ProfileSection id="objectives-heading" title={t('objectives')}>
          {program.objectives ? <Paragraphs text={program.objectives} className="text-slate-800" /> : <p className="text-slate-600">{tCommon('notStated')}</p>}
        </ProfileSection>
      </div>
      <ProfileSection id="activities-heading" title={t('activitiesTitle')}>
        <ActivitiesTable caption={t('activitiesTitle')} activities={activities.rows} showProgram={false} />
        <NewestOfTotal list="activities" newest={activities} href={`/activities?f.program=${program.id}`} />
      </ProfileSection>
      <ProfileSection id="results-heading" title={t('results')}>
        {withResults.length === 0 ? (
          <p className="text-slate-600">{t('noResults')}</p>
        ) : (
          <div className="space-y-4">
            {withResults.map((activity) => (
              <article key={activity.id} aria-labelledby={`results-${activity.id}`}>
                <h3 id={`results-${activity.id}`} className="font-semibold">
                  <Link href={`/activities/${activity.id}`} className="text-oas-blue underline">
                    {activity.name}
                  </Link>
                </h3>
                <Paragraphs text={activity.results!} className="mt-1 text-slate-800" />
              </article>
            ))}
          </div>
        )}
      </ProfileSection>
      <ClientMessages namespaces={['charts']}>
        <IndicatorProgressPanel
          testId="chart-indicators"
          title={tDashboard('indicatorsTitle')}
          reading={
            moreIndicators
              ? t('indicatorsFirst', { shown: indicators.length })
              : indicators.length > 0
                ? tDashboard('indicatorsReading', { measured: indicators.filter((i) => i.value !== null).length, count: indicators.length })
                : tDashboard('indicatorsIntro')
          }
          indicators={indicators}
          emptyText={t('noIndicators')}
        />
      </ClientMessages>
      <RecordHistory viewer={account} entityType="program" entityId={program.id} />
    </div>
  );
}
