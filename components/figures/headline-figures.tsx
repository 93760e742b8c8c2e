import { getFormatter, getTranslations } from 'next-intl/server';
import { StatCard } from '@/components/ui/stat-card';
import type { HeadlineFigures as Figures } from '@/db/queries/dashboard';

/** The headline figures of the dashboard, and of a profile (where the count of countries or donors may say nothing). */
export async function HeadlineFigures({ figures, omit = [] }: { figures: Figures; omit?: ('countriesReached' | 'donors')[] }) {
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  const n = (value: number) => format.number(value);

  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="sr-only">
        {t('headlineLabel')}
      </h2>
      <dl className={`grid gap-4 sm:grid-cols-2 ${omit.length > 0 ? 'lg:grid-cols-4' : 'lg:grid-cols-5'}`}>
        <StatCard
          testId="people-trained"
          label={t('peopleTrained')}
          value={n(figures.peopleTrained)}
          detail={t('peopleTrainedDetail', {
            women: figures.trainedWomen,
            men: figures.trainedMen,
            notDisaggregated: figures.trainedNotDisaggregated,
          })}
        />
        <StatCard
          testId="share-of-women"
          label={t('shareOfWomen')}
          value={figures.shareOfWomen === null ? '—' : format.number(figures.shareOfWomen, { style: 'percent', maximumFractionDigits: 0 })}
          detail={figures.shareOfWomen === null ? t('shareOfWomenNone') : t('shareOfWomenDetail', { base: figures.genderRecordedBase })}
        />
        {omit.includes('countriesReached') ? null : (
          <StatCard testId="countries-reached" label={t('countriesReached')} value={n(figures.countriesReached)} detail={t('countriesReachedDetail')} />
        )}
        <StatCard
          testId="activities"
          label={t('activities')}
          value={n(figures.activities)}
          detail={t('activitiesDetail', { ongoing: figures.ongoingActivities })}
        />
        {omit.includes('donors') ? null : <StatCard testId="donors" label={t('donors')} value={n(figures.donors)} detail={t('donorsDetail')} />}
      </dl>
      <p className="mt-3 text-sm text-slate-600" data-testid="meeting-participants">
        {t('meetingParticipants', { count: figures.meetingParticipants })}
      </p>
    </section>
  );
}
