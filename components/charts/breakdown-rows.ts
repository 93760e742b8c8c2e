import type { GenderCounts } from '@/db/queries/trained-breakdowns';
import { localizedName } from '@/lib/localized-name';
import type { GenderRow } from './series';

// The query rows of db/queries/trained-breakdowns.ts as chart rows: a stable key and a label in
// the reader's language, "not stated" where the source does not say.

const NOT_STATED_KEY = 'not-stated';

export function countryRows(
  rows: (GenderCounts & { countryCode: string | null; nameEn: string | null; nameEs: string | null })[],
  locale: string,
  notStated: string,
): GenderRow[] {
  return rows.map(({ countryCode, nameEn, nameEs, ...counts }) => ({
    key: countryCode ?? NOT_STATED_KEY,
    label: nameEn === null ? notStated : localizedName(locale, { en: nameEn, es: nameEs }),
    ...counts,
  }));
}

export function yearRows(rows: (GenderCounts & { year: string | null })[], notStated: string): GenderRow[] {
  return rows.map(({ year, ...counts }) => ({ key: year ?? NOT_STATED_KEY, label: year ?? notStated, ...counts }));
}

export function programRows(rows: (GenderCounts & { programId: number; name: string })[]): GenderRow[] {
  return rows.map(({ programId, name, ...counts }) => ({ key: String(programId), label: name, ...counts }));
}

export const isNotStatedRow = (row: GenderRow) => row.key === NOT_STATED_KEY;
