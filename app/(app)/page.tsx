import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { HeadlineFigures } from '@/components/figures/headline-figures';
import { DashboardFilterForm } from '@/components/filters/dashboard-filter-form';
import { db } from '@/db';
import { countLeftOutByPeriod, getHeadlineFigures } from '@/db/queries/dashboard';
import { knownChoices, listFilterOptions } from '@/db/queries/filter-options';
import { keepKnownChoices, parseDashboardFilters } from '@/lib/dashboard-filters';
import { DashboardCharts } from './dashboard-charts';
import { filterChoices } from './filter-choices';
import { FilterNotices } from './filter-notices';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage({ searchParams }: PageProps<'/'>) {
  await connection();
  const account = await requireAccount();
  const [t, tc, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('charts'), getLocale()]);

  const options = listFilterOptions(db, { viewer: account });
  const choices = filterChoices(options, locale, (s) => tc(`subregions.${s}`));
  const { filters, ignored } = keepKnownChoices(parseDashboardFilters(await searchParams), knownChoices(options));
  const figures = getHeadlineFigures(db, { viewer: account, filters });
  const leftOut = countLeftOutByPeriod(db, { viewer: account, filters });

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-600">{account.donorName ? t('scopeDonor', { donor: account.donorName }) : t('scopeAll')}</p>
      </header>
      <DashboardFilterForm filters={filters} choices={choices} />
      <FilterNotices ignored={ignored} leftOut={leftOut} />
      <HeadlineFigures figures={figures} />
      <DashboardCharts viewer={account} filters={filters} />
    </div>
  );
}
