'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { ChartTable, type ChartTableData } from './chart-table';

export interface ChartFrameProps {
  title: string;
  /** One line saying what the chart shows; also the chart's accessible name. */
  reading: string;
  /** Said instead of the chart when there is nothing to draw. */
  emptyText: string;
  isEmpty: boolean;
  /** The same numbers as a table, drawn on request (and read by screen readers in its place). */
  table: ChartTableData;
  children: React.ReactNode;
  /** The content is text (not a drawing), so it is read as it is rather than as one image. */
  isTextual?: boolean;
  testId?: string;
}

/** The one frame every chart sits in: title, reading, the chart, and its "show as table" alternative. */
export function ChartFrame({ title, reading, emptyText, isEmpty, table, children, isTextual = false, testId }: ChartFrameProps) {
  const t = useTranslations('charts');
  const id = useId();
  const [isTableShown, setTableShown] = useState(false);
  const tableId = `${id}-table`;

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{reading}</p>
      {isEmpty ? (
        <p className="mt-4 rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">{emptyText}</p>
      ) : (
        <>
          {isTextual ? (
            <div className="mt-4">{children}</div>
          ) : (
            <div role="img" aria-label={`${title}. ${reading}`} className="mt-4">
              {children}
            </div>
          )}
          <button
            type="button"
            aria-expanded={isTableShown}
            aria-controls={tableId}
            onClick={() => setTableShown((shown) => !shown)}
            className="mt-3 rounded border border-slate-300 px-3 py-1 text-sm font-medium text-oas-blue hover:bg-oas-blue-light"
          >
            {isTableShown ? t('hideTable') : t('showTable')}
          </button>
          {/* Focusable, so a table wider than a phone can be scrolled from the keyboard. */}
          <div id={tableId} hidden={!isTableShown} role="group" aria-label={title} tabIndex={0} className="mt-3 overflow-x-auto">
            {isTableShown ? <ChartTable data={table} /> : null}
          </div>
        </>
      )}
    </section>
  );
}
