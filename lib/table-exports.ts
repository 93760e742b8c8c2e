import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Db } from '@/db/client';
import { exportActivities } from '@/db/queries/activities';
import { exportDonors } from '@/db/queries/donors';
import { exportEvents } from '@/db/queries/events';
import { exportPrograms } from '@/db/queries/programs';
import type { Viewer } from '@/db/viewer';
import type { TableName } from './table-specs';
import type { TableState } from './table-state';

// What each table's export holds: every row its filters select (all pages), one column per
// field, values kept raw (ISO dates, unformatted numbers) so a spreadsheet reads them right.

export type ExportValue = string | number | null;
export interface ExportColumn<TRow> {
  header: string;
  kind: 'text' | 'number' | 'date';
  value: (row: TRow) => ExportValue;
}
/** An export ready for a writer: column headings and kinds, then rows of cells in batches. */
export interface TableExport {
  columns: Pick<ExportColumn<unknown>, 'header' | 'kind'>[];
  batches: Generator<ExportValue[][]>;
}

const list = (names: string[]) => names.join('; ');

/** The columns and row batches of a table's export, headed in the reader's language. */
export async function tableExport(db: Db, table: TableName, params: { viewer: Viewer; state: TableState }): Promise<TableExport> {
  const [t, locale] = await Promise.all([getTranslations('tables'), getLocale()]);
  const es = locale === 'es';
  const col = (name: string) => t(`${table}.columns.${name}`);
  const precision = (name: string) => t('export.precision', { column: col(name) });
  const id = { header: t('export.id'), kind: 'number' as const };

  switch (table) {
    case 'activities':
      return build(exportActivities(db, params), [
        { ...id, value: (r) => r.id },
        { header: col('name'), kind: 'text', value: (r) => r.name },
        { header: col('program'), kind: 'text', value: (r) => r.programName },
        { header: col('countries'), kind: 'text', value: (r) => list(r.countries.map((c) => (es ? c.nameEs : c.nameEn))) },
        { header: col('start'), kind: 'date', value: (r) => r.commencementDate },
        { header: precision('start'), kind: 'text', value: (r) => r.commencementPrecision },
        { header: col('end'), kind: 'date', value: (r) => r.completionDate },
        { header: precision('end'), kind: 'text', value: (r) => r.completionPrecision },
        { header: col('status'), kind: 'text', value: (r) => t(`status.${r.status}`) },
        { header: col('donors'), kind: 'text', value: (r) => list(r.donors.map((d) => (es ? (d.nameEs ?? d.name) : d.name))) },
        { header: col('trained'), kind: 'number', value: (r) => r.trained },
        { header: col('shareOfWomen'), kind: 'number', value: (r) => (r.shareOfWomen === null ? null : r.shareOfWomen * 100) },
      ]);
    case 'programs':
      return build(exportPrograms(db, params), [
        { ...id, value: (r) => r.id },
        { header: col('name'), kind: 'text', value: (r) => r.name },
        { header: col('unit'), kind: 'text', value: (r) => r.unit },
        { header: col('activities'), kind: 'number', value: (r) => r.activities },
        { header: col('countries'), kind: 'number', value: (r) => r.countries },
        { header: col('trained'), kind: 'number', value: (r) => r.trained },
      ]);
    case 'events':
      return build(exportEvents(db, params), [
        { ...id, value: (r) => r.id },
        { header: col('title'), kind: 'text', value: (r) => r.title },
        { header: col('kind'), kind: 'text', value: (r) => t(`eventKinds.${r.kind}`) },
        { header: t('export.activityId'), kind: 'number', value: (r) => r.activityId },
        { header: col('activity'), kind: 'text', value: (r) => r.activityName },
        { header: t('export.countryCode'), kind: 'text', value: (r) => r.countryCode },
        { header: col('country'), kind: 'text', value: (r) => (es ? r.countryNameEs : r.countryNameEn) },
        { header: col('date'), kind: 'date', value: (r) => r.startDate },
        { header: precision('date'), kind: 'text', value: (r) => r.startPrecision },
        { header: col('modality'), kind: 'text', value: (r) => (r.modality ? t(`modalities.${r.modality}`) : null) },
        { header: col('women'), kind: 'number', value: (r) => r.women },
        { header: col('men'), kind: 'number', value: (r) => r.men },
        { header: col('notDisaggregated'), kind: 'number', value: (r) => r.notDisaggregated },
        { header: col('total'), kind: 'number', value: (r) => r.total },
        { header: t('export.approximate'), kind: 'text', value: (r) => (r.isApproximate ? t('approximate') : null) },
      ]);
    case 'donors':
      return build(exportDonors(db, params), [
        { ...id, value: (r) => r.id },
        { header: col('name'), kind: 'text', value: (r) => (es ? (r.nameEs ?? r.name) : r.name) },
        { header: col('kind'), kind: 'text', value: (r) => t(`donorKinds.${r.kind}`) },
        { header: col('activities'), kind: 'number', value: (r) => r.activities },
        { header: col('countries'), kind: 'number', value: (r) => r.countries },
        { header: col('amount'), kind: 'number', value: (r) => r.amount },
        { header: t('export.currency'), kind: 'text', value: (r) => r.currency },
      ]);
  }
}

function build<TRow>(rows: Generator<TRow[]>, columns: ExportColumn<TRow>[]): TableExport {
  function* batches() {
    for (const batch of rows) yield batch.map((row) => columns.map((c) => c.value(row)));
  }
  return { columns: columns.map(({ header, kind }) => ({ header, kind })), batches: batches() };
}
