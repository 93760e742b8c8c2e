import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { ClientMessages } from '@/components/i18n/client-messages';
import { HeadlineFigures } from '@/components/figures/headline-figures';
import { DashboardFilterForm } from '@/components/filters/dashboard-filter-form';
import { db } from '@/db';
import { getHeadlineFigures } from '@/db/queries/dashboard';
import { DashboardCharts } from './dashboard-charts';
import { DashboardMap } from './dashboard-map';
import { readDashboardFilters } from './dashboard-filter-state';
import { FilterNotices } from './filter-notices';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage({ searchParams }: PageProps<'/'>) {
  await connection();
  const account = await requireAccount();
  const t = await getTranslations('dashboard');
  const { choices, filters, ignored, leftOut } = await readDashboardFilters(account, await searchParams);
  const figures = getHeadlineFigures(db, { viewer: account, filters });

  return (
    <ClientMessages namespaces={['filters', 'charts']}>
      <div className="space-y-6">
        <header>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-slate-600">{account.donorName ? t('scopeDonor', { donor: account.donorName }) : t('scopeAll')}</p>
        </header>
        <DashboardFilterForm filters={filters} choices={choices} />
        <FilterNotices ignored={ignored} leftOut={leftOut} />
        <HeadlineFigures figures={figures} />
        <DashboardMap viewer={account} filters={filters} />
        <DashboardCharts viewer={account} filters={filters} />
      </div>
    </ClientMessages>
  );
}
