'use client';

import { useTable, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useOptimistic, useTransition } from 'react';
import { tableStateToSearchParams } from '@/lib/table-state';
import { DataTableColumnHeader } from './data-table-column-header';
import { DataTableColumnToggle } from './data-table-column-toggle';
import { DataTablePagination } from './data-table-pagination';
import { DataTableToolbar } from './data-table-toolbar';
import { dataTableFeatures, type DataTableColumn } from './features';
import type { FilterOption, TableView } from './table-view';
import { useTableHref } from './use-table-href';

interface Props<TRow extends { id: number }> {
  /** Names the table for the export address (/api/export/<name>) and the test ids. */
  name: string;
  caption: string;
  view: TableView<TRow>;
  columns: DataTableColumn<TRow>[];
  /** Column headings, by column id: the headers, the filters and the column chooser use them. */
  labels: Record<string, string>;
  options?: Record<string, FilterOption[]>;
  canShowArchived: boolean;
  /** Further downloads beside the CSV and Excel exports, each built from the same filter query. */
  moreExports?: { id: string; label: string; hint: string; href: (query: URLSearchParams) => string }[];
}

/**
 * The one table of the app. The server has already filtered, sorted and paged the rows; this
 * component draws them and turns every change (sort, page, filters, columns) into a new URL.
 */
export function DataTable<TRow extends { id: number }>({ name, caption, view, columns, labels, options = {}, canShowArchived, moreExports = [] }: Props<TRow>) {
  const t = useTranslations('dataTable');
  const router = useRouter();
  const { state } = view;
  const href = useTableHref(view.defaultSort, state);

  // Hiding a column shows at once; the URL catches up in a transition.
  const [, startTransition] = useTransition();
  const [hidden, setHidden] = useOptimistic(state.hidden);
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);
  const sorting = useMemo(() => [state.sort], [state.sort]);
  const pagination = useMemo(() => ({ pageIndex: view.page - 1, pageSize: state.size }), [view.page, state.size]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: view.rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    rowCount: view.total,
    state: { sorting, pagination, columnVisibility },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = typeof updater === 'function' ? updater(columnVisibility) : updater;
      const nextHidden = Object.entries(next).filter(([, visible]) => !visible).map(([id]) => id);
      startTransition(() => {
        setHidden(nextHidden);
        router.replace(href({ hidden: nextHidden }), { scroll: false });
      });
    },
  });

  const exportQuery = tableStateToSearchParams(view.defaultSort, { ...state, page: 1, hidden: [] });
  const exportHref = (format: 'csv' | 'xlsx') => `/api/export/${name}?${new URLSearchParams([...exportQuery, ['format', format]])}`;
  const specOf = (id: string) => view.columns.find((c) => c.id === id);
  const visibleCount = table.getVisibleLeafColumns().length;

  return (
    <div className="space-y-4" data-testid={`${name}-table`}>
      <DataTableToolbar key={JSON.stringify(state)} view={view} labels={labels} options={options} canShowArchived={canShowArchived} href={href} />
      {view.ignored.length > 0 ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('ignored', { names: view.ignored.join(', ') })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <DataTableColumnToggle table={table} labels={labels} />
        <div className="flex gap-2 text-sm">
          <a href={exportHref('csv')} download className="rounded border border-slate-300 bg-white px-3 py-1 hover:border-oas-blue hover:text-oas-blue">
            {t('exportCsv')}
          </a>
          <a href={exportHref('xlsx')} download className="rounded border border-slate-300 bg-white px-3 py-1 hover:border-oas-blue hover:text-oas-blue">
            {t('exportXlsx')}
          </a>
          {moreExports.map((more) => (
            <span key={more.id}>
              <a
                href={more.href(exportQuery)}
                download
                title={more.hint}
                aria-describedby={`${name}-${more.id}-hint`}
                className="inline-block rounded border border-slate-300 bg-white px-3 py-1 hover:border-oas-blue hover:text-oas-blue"
              >
                {more.label}
              </a>
              <span id={`${name}-${more.id}-hint`} className="sr-only">
                {more.hint}
              </span>
            </span>
          ))}
        </div>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const active = state.sort.id === id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={active ? (state.sort.desc ? 'descending' : 'ascending') : undefined}
                      className="whitespace-nowrap px-3 py-2 text-left font-semibold text-slate-700"
                    >
                      <DataTableColumnHeader
                        label={labels[id] ?? id}
                        columnId={id}
                        sort={state.sort}
                        sortable={specOf(id)?.sortable !== false}
                        href={href}
                      />
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="align-top hover:bg-oas-blue-light/60">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {view.rows.length === 0 ? (
              <tr>
                <td colSpan={visibleCount} className="px-3 py-6 text-center text-slate-600">
                  {t('empty')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <DataTablePagination
        page={view.page}
        pageCount={view.pageCount}
        total={view.total}
        capped={view.capped ?? false}
        size={state.size}
        href={href}
      />
    </div>
  );
}
