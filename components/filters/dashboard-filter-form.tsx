'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { usePathname, useRouter } from 'next/navigation';
import { filterKeys, parseDashboardFilters, serializeDashboardFilters, type DashboardFilters } from '@/lib/dashboard-filters';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterChoices {
  programs: FilterOption[];
  units: FilterOption[];
  countries: FilterOption[];
  subregions: FilterOption[];
  donors: FilterOption[];
}

const selectKeys = ['program', 'unit', 'country', 'subregion', 'donor'] as const;
const choicesOf = { program: 'programs', unit: 'units', country: 'countries', subregion: 'subregions', donor: 'donors' } as const;

/**
 * The filters as a GET form, so it works before JavaScript loads; with it, the values go through
 * the shared schema and only the filters that are set reach the URL. `keep` holds the page's own
 * parameters (the map's measure), carried over when the filters change.
 */
export function DashboardFilterForm({ filters, choices, keep = {} }: { filters: DashboardFilters; choices: FilterChoices; keep?: Record<string, string> }) {
  const t = useTranslations('filters');
  const router = useRouter();
  const pathname = usePathname();

  function apply(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = Object.fromEntries(filterKeys.map((key) => [key, String(form.get(key) ?? '')]));
    const query = new URLSearchParams([...new URLSearchParams(serializeDashboardFilters(parseDashboardFilters(raw).filters)), ...Object.entries(keep)]).toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  }

  // Keyed on the current filters so that back/forward and "clear" reset the fields.
  return (
    <form
      key={serializeDashboardFilters(filters)}
      method="get"
      onSubmit={apply}
      aria-label={t('label')}
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="filter-from" className="text-sm font-medium text-slate-700">{t('from')}</label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ''} className="w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5" />
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="filter-to" className="text-sm font-medium text-slate-700">{t('to')}</label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ''} className="w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5" />
      </div>
      {selectKeys.map((key) => (
        <div key={key} className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`filter-${key}`} className="text-sm font-medium text-slate-700">{t(key)}</label>
          <select
            id={`filter-${key}`}
            name={key}
            defaultValue={filters[key] === undefined ? '' : String(filters[key])}
            className="w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5"
          >
            <option value="">{t('any')}</option>
            {choices[choicesOf[key]].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-oas-blue px-4 py-1.5 font-medium text-white hover:bg-oas-blue/90">
          {t('apply')}
        </button>
        <Link href={Object.keys(keep).length > 0 ? `${pathname}?${new URLSearchParams(keep)}` : pathname} className="py-1.5 text-oas-blue underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
