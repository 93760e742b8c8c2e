import type { DatePrecision } from '@/db/schema';

export interface StoredDate {
  date: string;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Turns a date known to the day, month or year ('2017-03-14', '2017-03', '2017') into the
 * stored form. A start is stored as the first day of its period and an end as the last, so that
 * "completion not before commencement" and period filters stay plain comparisons.
 */
export function toStoredDate(partial: string, edge: 'start' | 'end'): StoredDate {
  const match = PARTIAL_DATE.exec(partial);
  if (!match) throw new Error(`Not a date: ${partial}`);
  const [, year, month, day] = match;
  if (day) return { date: checkedIso(Number(year), Number(month), Number(day)), precision: 'day' };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { date: checkedIso(Number(year), Number(month), edge === 'start' ? 1 : lastDay), precision: 'month' };
  }
  return { date: edge === 'start' ? `${year}-01-01` : `${year}-12-31`, precision: 'year' };
}

function checkedIso(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`Not a calendar date: ${year}-${month}-${day}`);
  }
  return date.toISOString().slice(0, 10);
}

/** A stored date as precisely as it is known, in the reader's language: "14 March 2017", "March 2017", "2017". */
export function formatStoredDate(date: string, precision: DatePrecision, locale: string): string {
  return dateFormat(locale, precision).format(new Date(`${date}T00:00:00Z`));
}

const PRECISION_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

// Building an Intl.DateTimeFormat costs far more than formatting with one: a table page formats
// a hundred dates, so each locale and precision gets its formatter once per process.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, PRECISION_OPTIONS[precision]);
    dateFormats.set(key, format);
  }
  return format;
}

/** A stored date back in the form it is typed: '2017-04-12', '2017-04' or '2017'. */
export function toPartialDateInput(date: string | null, precision: DatePrecision | null): string {
  if (!date || !precision) return '';
  return precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}
