import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { DashboardFilterForm } from '@/components/filters/dashboard-filter-form';
import { AmericasMap } from '@/components/map/americas-map';
import { db } from '@/db';
import { listMapFigures } from '@/db/queries/map-figures';
import { mapHref, mapMeasures, parseMapMeasure } from '@/lib/map/measures';
import { readDashboardFilters } from '../dashboard-filter-state';
import { FilterNotices } from '../filter-notices';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('map'))('title') };
}

/** The map on a page of its own: the measure to shade by, every dashboard filter, legend and table. */
export default async function MapPage({ searchParams }: PageProps<'/map'>) {
  await connection();
  const account = await requireAccount();
  const [t, tDashboard, params] = await Promise.all([getTranslations('map'), getTranslations('dashboard'), searchParams]);
  const { choices, filters, ignored, leftOut } = await readDashboardFilters(account, params);
  const { measure, isIgnored } = parseMapMeasure(params.measure);
  const figures = listMapFigures(db, { viewer: account, filters });

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-600">{t('intro')}</p>
        <p className="text-slate-600">{account.donorName ? tDashboard('scopeDonor', { donor: account.donorName }) : tDashboard('scopeAll')}</p>
      </header>
      <div className="space-y-4 print:hidden">
        <DashboardFilterForm filters={filters} choices={choices} keep={{ measure }} />
        <nav aria-label={t('measureLabel')} className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium text-slate-700">{t('measureLabel')}</span>
          {mapMeasures.map((option) => (
            <Link
              key={option}
              href={mapHref(filters, option)}
              aria-current={option === measure ? 'page' : undefined}
              className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-oas-blue hover:bg-oas-blue-light aria-[current=page]:border-oas-blue aria-[current=page]:bg-oas-blue aria-[current=page]:text-white"
            >
              {t(`measures.${option}`)}
            </Link>
          ))}
        </nav>
      </div>
      {isIgnored ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="ignored-measure">
          {t('measureIgnored')}
        </p>
      ) : null}
      <FilterNotices ignored={ignored} leftOut={leftOut} />
      <AmericasMap figures={figures} measure={measure} variant="full" />
    </div>
  );
}
