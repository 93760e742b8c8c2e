// Dates as the reports print them: numeric dates of the side panel ("4/12/2017 to 12/31/2017",
// Spanish day-first "12/4/2017 a 31/12/2017") and written dates of the results sentences
// ("On 15-16 November 2016", "February 7 – 8, 2017", "28 y 29 de junio de 2017", "In 2016").
import type { Confidence, PartialIsoDate } from './types';

export type NumericOrder = 'month-first' | 'day-first';

const numericDate = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

/** The numeric dates of a text, as [first, second, year] numbers. */
export function numericDatesIn(text: string): [number, number, number][] {
  return [...text.matchAll(numericDate)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
}

/**
 * Which order the numeric dates of a whole file use. A date whose first number is over 12 settles
 * day-first, one whose second number is over 12 settles month-first; otherwise the language decides
 * (English reports are month-first, Spanish ones day-first) and the order is only a guess for Spanish.
 */
export function numericOrderOf(fileText: string, spanish: boolean): { order: NumericOrder; confidence: Confidence } {
  const dates = numericDatesIn(fileText);
  if (dates.some(([a]) => a > 12)) return { order: 'day-first', confidence: 'certain' };
  if (dates.some(([, b]) => b > 12)) return { order: 'month-first', confidence: 'certain' };
  return spanish ? { order: 'day-first', confidence: 'guess' } : { order: 'month-first', confidence: 'likely' };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): PartialIsoDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function numericToIso(first: number, second: number, year: number, order: NumericOrder): PartialIsoDate | null {
  return order === 'month-first' ? isoDay(year, first, second) : isoDay(year, second, first);
}

export interface DateField {
  start: PartialIsoDate | null;
  end: PartialIsoDate | null;
  ongoing: boolean;
  confidence: Confidence;
}

/**
 * Reads the side panel's date field from its text (labels already removed):
 * "X to Y" → start X, end Y; a lone "X to" or "Completion to X" → end X (the printed placeholder is
 * "Commencement to Completion" and a single value takes the completion's place); "Ongoing" → ongoing.
 * Returns null when the field holds no value.
 */
export function readDateField(text: string, order: NumericOrder, orderConfidence: Confidence): DateField | null {
  const ongoing = /\b(ongoing|en curso|en ejecuci[oó]n|vigente)\b/i.test(text);
  const dates = [...text.matchAll(numericDate)]
    .map((m) => numericToIso(Number(m[1]), Number(m[2]), Number(m[3]), order))
    .filter((d): d is string => d !== null);
  if (dates.length === 0) return ongoing ? { start: null, end: null, ongoing: true, confidence: 'likely' } : null;
  const confidence: Confidence = orderConfidence === 'guess' ? 'guess' : 'likely';
  if (dates.length >= 2) {
    return { start: dates[0]!, end: dates[1]!, ongoing: false, confidence: orderConfidence === 'guess' ? 'guess' : 'certain' };
  }
  const only = dates[0]!;
  if (/\b(commencement|inicio|comienzo)\s*$/i.test(text.replace(numericDate, '').trim()) && !/\b(to|a)\b/.test(text)) {
    return { start: only, end: null, ongoing, confidence };
  }
  return { start: null, end: only, ongoing, confidence };
}

const monthNames: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const month = `(${Object.keys(monthNames).join('|')})`;
const weekday = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\\s+)?';
const dash = '\\s*(?:-|–|—|to|a|al|and|y)\\s*';
const de = '(?:\\s+de)?';

export interface WrittenRange {
  start: PartialIsoDate;
  end: PartialIsoDate;
  index: number;
}

type Reader = [RegExp, (m: RegExpMatchArray) => [number, number, number, number, number, number] | [number, number, number]];

// Each reader returns [year, month, day] for one day or [y1, m1, d1, y2, m2, d2] for a range.
const readers: Reader[] = [
  // 15-16 November 2016; 28 y 29 de junio de 2017; Wednesday 28 and Thursday 29 June 2017
  [new RegExp(`\\b(?:del\\s+)?${weekday}(\\d{1,2})${dash}${weekday}(\\d{1,2})${de}\\s+${month}${de},?\\s+(\\d{4})\\b`, 'i'),
    (m) => { const mo = monthNames[m[3]!.toLowerCase()]!; const y = Number(m[4]); return [y, mo, Number(m[1]), y, mo, Number(m[2])]; }],
  // February 7 – 8, 2017
  [new RegExp(`\\b${month}\\s+(\\d{1,2})${dash}(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    (m) => { const mo = monthNames[m[1]!.toLowerCase()]!; const y = Number(m[4]); return [y, mo, Number(m[2]), y, mo, Number(m[3])]; }],
  // 14 March 2017; 14 de marzo de 2017
  [new RegExp(`\\b${weekday}(\\d{1,2})${de}\\s+${month}${de},?\\s+(\\d{4})\\b`, 'i'),
    (m) => [Number(m[3]), monthNames[m[2]!.toLowerCase()]!, Number(m[1])]],
  // March 14, 2017
  [new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    (m) => [Number(m[3]), monthNames[m[1]!.toLowerCase()]!, Number(m[2])]],
  // November 2016; noviembre de 2016
  [new RegExp(`\\b${month}${de}\\s+(\\d{4})\\b`, 'i'),
    (m) => [Number(m[2]), monthNames[m[1]!.toLowerCase()]!, 0]],
  // In 2016; En 2016
  [/\b(?:in|en|during|durante)\s+(\d{4})\b/i, (m) => [Number(m[1]), 0, 0]],
];

function partial(year: number, monthNumber: number, day: number): PartialIsoDate | null {
  if (monthNumber === 0) return String(year);
  if (day === 0) return `${year}-${pad(monthNumber)}`;
  return isoDay(year, monthNumber, day);
}

/** The first written date or date range of a sentence, with where it starts. */
export function writtenDateIn(sentence: string): WrittenRange | null {
  for (const [pattern, read] of readers) {
    const m = sentence.match(pattern);
    if (!m) continue;
    const parts = read(m);
    const start = partial(parts[0], parts[1], parts[2]);
    const end = parts.length === 6 ? partial(parts[3], parts[4], parts[5]) : start;
    if (start && end) return { start, end, index: m.index ?? 0 };
  }
  return null;
}
