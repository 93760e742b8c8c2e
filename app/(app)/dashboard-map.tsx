import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { AmericasMap } from '@/components/map/americas-map';
import { db } from '@/db';
import { listMapFigures } from '@/db/queries/map-figures';
import type { Viewer } from '@/db/viewer';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { DEFAULT_MEASURE, mapHref } from '@/lib/map/measures';

/** The map, compact, on the dashboard: people trained under the same filters, and a way to the full map. */
export async function DashboardMap({ viewer, filters }: { viewer: Viewer; filters: DashboardFilters }) {
  const t = await getTranslations('map');
  return (
    <section aria-labelledby="dashboard-map-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="dashboard-map">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="dashboard-map-title" className="text-lg font-semibold">
          {t('compactTitle')}
        </h2>
        <Link href={mapHref(filters, DEFAULT_MEASURE)} className="text-oas-blue underline print:hidden">
          {t('openMap')}
        </Link>
      </div>
      <AmericasMap figures={listMapFigures(db, { viewer, filters })} measure={DEFAULT_MEASURE} variant="compact" />
    </section>
  );
}
