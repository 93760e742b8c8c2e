import { getTranslations } from 'next-intl/server';
import type { LeftOutByPeriod } from '@/db/queries/dashboard';
import type { FilterKey } from '@/lib/dashboard-filters';

/** Says which URL filters were ignored, and what a period leaves out for having no stated date. */
export async function FilterNotices({ ignored, leftOut }: { ignored: FilterKey[]; leftOut: LeftOutByPeriod }) {
  const t = await getTranslations('filters');
  const names = [...new Set(ignored)].map((key) => t(key));
  return (
    <>
      {names.length > 0 ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="ignored-filters">
          {t('ignoredNotice', { count: names.length, names: names.join(', ') })}
        </p>
      ) : null}
      {leftOut.events > 0 || leftOut.activities > 0 ? (
        <p className="rounded border border-slate-300 bg-slate-100 p-3 text-sm text-slate-800" data-testid="left-out-by-period">
          {t('leftOutNotice', { events: leftOut.events, people: leftOut.peopleTrained, activities: leftOut.activities })}
        </p>
      ) : null}
    </>
  );
}
