// Reads a sheet's side panel. The old reports' extraction prints a value just BEFORE its label
// ("Canada" then "Donor Countries"); a panel printed label first (each label right after the
// text, each followed by its value, as DPS Results' own PDFs do) is read the other way round. A
// value no label claims is an orphan; a link may be broken over lines; "Not stated" states nothing.
import type { PanelLabel } from './labels';
import type { SheetItem } from './sheets';
import { joinLines } from './text';
import type { Found, SourceLine } from './types';

export interface PanelReading {
  values: Partial<Record<Exclude<PanelLabel, 'date'>, Found<string>>>;
  /** The date field's text (labels removed) and its lines, when any date token is printed. */
  dateText: { text: string; lines: number[] } | null;
  orphans: SourceLine[][];
}

const numbers = (lines: SourceLine[]) => lines.map((l) => l.number);

/** Joins the lines of a value run; a URL broken over lines is joined without spaces. */
export function valueText(lines: SourceLine[]): string {
  return joinLines(lines.map((l) => l.text));
}

/** Splits a value run into its URL (lines from "http" on, joined without spaces) and the text before it. */
export function splitUrl(lines: SourceLine[]): { text: SourceLine[]; url: { value: string; lines: number[] } | null } {
  const at = lines.findIndex((l) => /^\s*(https?:\/\/|www\.)/i.test(l.text));
  if (at < 0) return { text: lines, url: null };
  const urlLines = lines.slice(at).filter((l) => !/\s/.test(l.text.trim()) || l === lines[at]);
  const value = urlLines.map((l) => l.text.trim()).join('');
  return { text: lines.slice(0, at), url: { value, lines: numbers(urlLines) } };
}

/** What a generated report prints for a value it does not have (English, Spanish). */
const notStated = /^(not stated|no indicado)$/i;

/** Every label comes right after text or a value and is followed by its value: the label-first panel. */
function labelsFirst(items: SheetItem[]): boolean {
  const labels = items.flatMap((item, index) => (item.type === 'label' ? [index] : []));
  const first = labels[0];
  if (first === undefined || items[first - 1]?.type === 'value') return false;
  return labels.every((index) => items[index + 1]?.type === 'value' || items[index + 1]?.type === 'date');
}

export function readPanel(items: SheetItem[], trailing: SourceLine[][]): PanelReading {
  const values: PanelReading['values'] = {};
  const consumed = new Set<SheetItem>();
  const dateParts: { text: string; line: number }[] = [];
  const step = labelsFirst(items) ? 1 : -1;

  items.forEach((item, index) => {
    if (item.type === 'date') dateParts.push({ text: item.line.text.trim(), line: item.line.number });
    if (item.type !== 'label') return;
    if (item.rest) dateParts.push({ text: item.rest, line: item.line.number });
    if (item.hits.some((h) => h.label === 'date') && !item.rest) dateParts.push({ text: '', line: item.line.number });
    const first = item.hits[0]!;
    if (first.label === 'date') return;
    // The value is the nearest value run on the panel's side of the label, with only date tokens between them.
    for (let k = index + step; k >= 0 && k < items.length; k += step) {
      const near = items[k]!;
      if (near.type === 'date') continue;
      if (near.type === 'value' && !consumed.has(near)) {
        consumed.add(near);
        const value = valueText(near.lines);
        if (!notStated.test(value.trim())) values[first.label] = { value, lines: numbers(near.lines), confidence: 'likely' };
      }
      break;
    }
  });

  const trailingSet = new Set(trailing);
  const orphans = items
    .filter((i): i is Extract<SheetItem, { type: 'value' }> => i.type === 'value' && !consumed.has(i) && !trailingSet.has(i.lines))
    .map((i) => i.lines);

  const meaningful = dateParts.filter((p) => p.text);
  return {
    values,
    dateText: meaningful.length ? { text: meaningful.map((p) => p.text).join(' '), lines: meaningful.map((p) => p.line) } : null,
    orphans,
  };
}
