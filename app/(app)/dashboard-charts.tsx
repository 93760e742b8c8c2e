import { getLocale, getTranslations } from 'next-intl/server';
import { countryRows, isNotStatedRow, programRows, yearRows } from '@/components/charts/breakdown-rows';
import { IndicatorProgressPanel } from '@/components/charts/indicator-progress-panel';
import { TrainedByGenderChart } from '@/components/charts/trained-by-gender-chart';
import { WomenSharePanel } from '@/components/charts/women-share-panel';
import { db } from '@/db';
import { listFirstIndicatorProgress } from '@/db/queries/indicator-progress';
import {
  listShareOfWomenBySubregion,
  listShareOfWomenByYear,
  listTrainedByCountry,
  listTrainedByProgram,
  listTrainedByYear,
} from '@/db/queries/trained-breakdowns';
import type { Viewer } from '@/db/viewer';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { GenderRow } from '@/components/charts/series';

/** The dashboard shows the first indicators only; each activity's page lists all of its own. */
const DASHBOARD_INDICATORS = 12;
/** And the programs that trained most; the programs table sorts them all. */
const DASHBOARD_PROGRAMS = 12;

const totalOf = (rows: GenderRow[]) => rows.reduce((sum, row) => sum + row.total, 0);

/** The dashboard's charts, each over the same filters as the headline figures. */
export async function DashboardCharts({ viewer, filters }: { viewer: Viewer; filters: DashboardFilters }) {
  const [t, tc, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('charts'), getLocale()]);
  const params = { viewer, filters };

  const byCountry = countryRows(listTrainedByCountry(db, params), locale, tc('countryNotStated'));
  const byYear = yearRows(listTrainedByYear(db, params), tc('yearNotStated'));
  const allPrograms = programRows(listTrainedByProgram(db, params));
  const byProgram = allPrograms.slice(0, DASHBOARD_PROGRAMS);
  const shareByYear = listShareOfWomenByYear(db, params).map((row) => ({ ...row, key: row.year ?? 'not-stated', label: row.year ?? tc('yearNotStated') }));
  const shareBySubregion = listShareOfWomenBySubregion(db, params).map((row) => ({
    ...row,
    key: row.subregion ?? 'not-stated',
    label: row.subregion ? tc(`subregions.${row.subregion}`) : tc('subregionNotStated'),
  }));
  const { indicators, more: moreIndicators } = listFirstIndicatorProgress(db, params, DASHBOARD_INDICATORS);

  const total = totalOf(byCountry);
  const undated = byYear.find(isNotStatedRow)?.total ?? 0;
  const peakYear = byYear.filter((row) => !isNotStatedRow(row)).sort((a, b) => b.total - a.total)[0];

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <TrainedByGenderChart
        testId="chart-by-country"
        title={t('byCountryTitle')}
        reading={byCountry[0] ? t('byCountryReading', { top: byCountry[0].label, count: byCountry[0].total, total }) : t('byCountryIntro')}
        categoryLabel={tc('country')}
        rows={byCountry}
      />
      <TrainedByGenderChart
        testId="chart-by-year"
        title={t('byYearTitle')}
        reading={
          undated > 0
            ? t('byYearUndated', { undated, total })
            : peakYear
              ? t('byYearPeak', { year: peakYear.label, count: peakYear.total })
              : t('byYearIntro')
        }
        categoryLabel={tc('year')}
        rows={byYear}
      />
      <TrainedByGenderChart
        testId="chart-by-program"
        title={t('byProgramTitle')}
        reading={
          byProgram[0]
            ? `${t('byProgramReading', { top: byProgram[0].label, count: byProgram[0].total, total })}${allPrograms.length > byProgram.length ? ` ${t('byProgramFirst', { shown: byProgram.length, count: allPrograms.length })}` : ''}`
            : t('byProgramIntro')
        }
        categoryLabel={tc('program')}
        rows={byProgram}
      />
      <WomenSharePanel
        testId="chart-share-by-year"
        title={t('shareByYearTitle')}
        reading={t('shareReading')}
        categoryLabel={tc('year')}
        groups={shareByYear}
      />
      <WomenSharePanel
        testId="chart-share-by-subregion"
        title={t('shareBySubregionTitle')}
        reading={t('shareReading')}
        categoryLabel={tc('subregion')}
        groups={shareBySubregion}
      />
      <IndicatorProgressPanel
        testId="chart-indicators"
        title={t('indicatorsTitle')}
        reading={
          moreIndicators
            ? t('indicatorsFirst', { shown: indicators.length })
            : indicators.length > 0
              ? t('indicatorsReading', { measured: indicators.filter((i) => i.value !== null).length, count: indicators.length })
              : t('indicatorsIntro')
        }
        indicators={indicators}
      />
    </div>
  );
}
