'use client';

import { Link } from '@/components/ui/link';
import { usePathname, useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { filterParam, type FilterValue, type TableState } from '@/lib/table-state';
import type { FilterOption, TableView } from './table-view';

interface Props {
  view: Pick<TableView<unknown>, 'columns' | 'state'>;
  labels: Record<string, string>;
  options: Record<string, FilterOption[]>;
  canShowArchived: boolean;
  href: (change: Partial<TableState>) => string;
}

const input = 'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm';

/**
 * The search box and the column filters, as one GET form: it works without JavaScript, and with it
 * the form navigates in place. Sort, page size and hidden columns ride along; the page starts over.
 */
export function DataTableToolbar({ view, labels, options, canShowArchived, href }: Props) {
  const t = useTranslations('dataTable');
  const router = useRouter();
  const pathname = usePathname();
  const { state } = view;
  const filtered = view.columns.filter((c) => c.filter);
  const carried = new URLSearchParams(href({ q: '', filters: {}, archived: false, page: 1 }).split('?')[1] ?? '');

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
    }
    router.push(`${pathname}?${params}`);
  }

  const current = (id: string): FilterValue | undefined => state.filters[id];
  const textValue = (id: string) => {
    const f = current(id);
    return f && (f.kind === 'text' || f.kind === 'choice') ? f.value : '';
  };
  const rangeValue = (id: string, edge: 'from' | 'to' | 'min' | 'max') => {
    const f = current(id) as Record<string, unknown> | undefined;
    return f?.[edge] === undefined ? '' : String(f[edge]);
  };

  return (
    <form method="get" action={pathname} onSubmit={submit} role="search" aria-label={t('searchAndFilters')} className="space-y-3">
      {[...carried].map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-2">
        <label className="min-w-64 flex-1 text-sm font-medium">
          {t('search')}
          <input type="search" name="q" defaultValue={state.q} maxLength={200} className={`${input} mt-1`} />
        </label>
        {canShowArchived ? (
          <label className="flex items-center gap-2 py-1 text-sm">
            <input type="checkbox" name="archived" value="1" defaultChecked={state.archived} />
            {t('showArchived')}
          </label>
        ) : null}
        <button type="submit" className="rounded bg-oas-blue px-4 py-1.5 text-sm font-medium text-white hover:bg-oas-blue/90">
          {t('apply')}
        </button>
        <Link href={href({ q: '', filters: {}, archived: false, page: 1 })} className="px-2 py-1.5 text-sm text-oas-blue underline">
          {t('clear')}
        </Link>
      </div>
      <details open={Object.keys(state.filters).length > 0} className="rounded border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer text-sm font-medium">{t('filters', { count: Object.keys(state.filters).length })}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {filtered.map((column) => {
            const label = labels[column.id] ?? column.id;
            if (column.filter === 'text') {
              return (
                <label key={column.id} className="text-sm">
                  {label}
                  <input type="text" name={filterParam.value(column.id)} defaultValue={textValue(column.id)} maxLength={200} className={`${input} mt-1`} />
                </label>
              );
            }
            if (column.filter === 'choice') {
              const list = options[column.id] ?? [];
              const groups = [...new Set(list.map((o) => o.group))];
              return (
                <label key={column.id} className="text-sm">
                  {label}
                  <select name={filterParam.value(column.id)} defaultValue={textValue(column.id)} className={`${input} mt-1`}>
                    <option value="">{t('any')}</option>
                    {groups.map((group) =>
                      group ? (
                        <optgroup key={group} label={group}>
                          {list.filter((o) => o.group === group).map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </optgroup>
                      ) : (
                        list.filter((o) => !o.group).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))
                      ),
                    )}
                  </select>
                </label>
              );
            }
            const [low, high, type] =
              column.filter === 'dateRange'
                ? (['from', 'to', 'date'] as const)
                : (['min', 'max', 'number'] as const);
            return (
              <fieldset key={column.id} className="text-sm">
                <legend>{label}</legend>
                <div className="mt-1 flex gap-2">
                  {[low, high].map((edge) => (
                    <label key={edge} className="flex-1">
                      <span className="sr-only">{t(`range.${edge}`, { column: label })}</span>
                      <span aria-hidden="true" className="text-xs text-slate-600">
                        {t(`rangeShort.${edge}`)}
                      </span>
                      <input
                        type={type}
                        name={filterParam[edge](column.id)}
                        defaultValue={rangeValue(column.id, edge)}
                        step={type === 'number' ? 'any' : undefined}
                        className={input}
                      />
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          })}
        </div>
      </details>
    </form>
  );
}
