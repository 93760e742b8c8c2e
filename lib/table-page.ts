import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { FilterOption, TableView } from '@/components/data-table/table-view';
import { viewColumns } from '@/components/data-table/table-view';
import { db } from '@/db';
import { listMemberStates } from '@/db/queries/member-states';
import { subregions } from '@/db/schema';
import type { TableSpec, TableState } from './table-state';

// What every table page does on the server besides its own query: the view the browser
// table needs, translated column labels, and the shared filter options.

export function tableView<TRow>(
  spec: TableSpec,
  parsed: { state: TableState; ignored: string[] },
  result: { rows: TRow[]; total: number; capped?: boolean; page: number; pageCount: number },
): TableView<TRow> {
  return { ...result, ...parsed, columns: viewColumns(spec), defaultSort: spec.defaultSort };
}

/** The column headings of a table, by column id, in the reader's language. */
export async function columnLabels(spec: TableSpec, table: 'activities' | 'programs' | 'events' | 'donors') {
  const t = await getTranslations(`tables.${table}.columns`);
  return Object.fromEntries(spec.columns.map((c) => [c.id, t(c.id)]));
}

/** Subregions first, then each member state, for a country filter. */
export async function countryOptions(): Promise<FilterOption[]> {
  const [t, locale] = await Promise.all([getTranslations('tables'), getLocale()]);
  const countries = listMemberStates(db)
    .map((c) => ({ value: c.code, label: locale === 'es' ? c.nameEs : c.nameEn, group: t('countries') }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [...subregions.map((s) => ({ value: `sub:${s}`, label: t(`subregionNames.${s}`), group: t('subregions') })), ...countries];
}

/** Options of a choice filter over a fixed vocabulary, labelled in the reader's language. */
export async function vocabularyOptions(values: readonly string[], vocabulary: 'status' | 'eventKinds' | 'modalities' | 'donorKinds') {
  const t = await getTranslations(`tables.${vocabulary}`);
  return values.map((value) => ({ value, label: t(value) }));
}
