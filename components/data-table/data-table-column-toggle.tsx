'use client';

import type { ReactTable, RowData } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import type { DataTableFeatures } from './features';

/** Checkboxes that show and hide columns; the choice is kept in the URL. */
export function DataTableColumnToggle<TRow extends RowData>({ table, labels }: { table: ReactTable<DataTableFeatures, TRow>; labels: Record<string, string> }) {
  const t = useTranslations('dataTable');
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded border border-slate-300 bg-white px-3 py-1">{t('columns')}</summary>
      <fieldset className="absolute z-10 mt-1 w-64 space-y-1 rounded border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">{t('columns')}</legend>
        {table.getAllLeafColumns().map((column) => (
          <label key={column.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={!column.getCanHide()}
              onChange={(e) => column.toggleVisibility(e.target.checked)}
            />
            {labels[column.id] ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
