// What DPS Results adds to the source documents' layout when it prints a country or donor report
// (lib/reports/pdf-report.ts), read back so our own PDFs import to the records they were made
// from: the footer of every page ("<title> · Page n"; "<title> · Page n of N" in PDFs printed
// before 2026-11-27), each sheet's heading (the activity's name, then "<program> · <unit> ·
// <countries>"), the events table and indicators that close a sheet's RESULTS, and the side
// panel, printed label first with "Not stated" for a missing value.
// These lines are taken out of the text before the sheets are read.
import { labelsOn, type PanelLabel } from './labels';
import type { PanelReading } from './panel';
import { countriesIn } from './places';
import { isBlank, joinLines } from './text';
import type { EventKind, ProposedCountry, ProposedEvent, ProposedIndicator, SourceLine, UnitCode } from './types';

const footer = /\s·\s(?:Page|Página)\s+\d+(?:\s+(?:of|de)\s+\d+)?\s*$/;
const sheetStart = /^\s*(PROGRAM SUMMARY|RESUMEN DEL PROGRAMA)\s*$/;
const eventsHeading = /^\s*(Events|Eventos)\s*$/;
const noEvents = /^\s*(No event recorded\.|No hay eventos registrados\.)\s*$/;
const tableHeader = /^\s*(Event|Evento)\s+(Date|Fecha)\b/;
/** A piece of the table's header row that wrapped onto a line of its own ("disaggregated", "Total"). */
const headerPiece = /^\s*((Not|Sin)\s+)?(disaggregated|desagregar|Total)\s*$/i;
const approximateNote = /^\s*~\s/;
const indicatorsHeading = /^\s*(Indicators|Indicadores)\s*$/;
const progress = /^\s*(?:[\d.,]+\s+(?:of|de)\s+([\d.,]+)|(?:No progress recorded; target|Sin avance registrado; meta)\s+([\d.,]+))\s*$/;
const panelStart = /^\s*(OAS Pillar|Pilar de la OEA)\s*$/;
const kinds: [RegExp, EventKind][] = [
  [/^(Training course|Curso de capacitación)$/i, 'training_course'],
  [/^(Workshop|Taller)$/i, 'workshop'],
  [/^(Meeting|Reunión)$/i, 'meeting'],
  [/^(Assessment mission|Misión de evaluación)$/i, 'assessment_mission'],
];
const count = /^(–|~?[\d.,]+)$/;
const sheetDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$|^(\d{1,2})\/(\d{4})$|^(\d{4})$/;

/** A sheet's heading as printed above its PROGRAM SUMMARY. */
export interface GeneratedHeading {
  /** The heading's text: the activity's name, then "<program> · <unit>[ · <countries>]". */
  text: string;
  lines: number[];
}

/** The side panel of one sheet: each label's value, as printed (absent when "Not stated"). */
export interface GeneratedPanel {
  values: Partial<Record<PanelLabel, { text: string; lines: SourceLine[] }>>;
  lines: number[];
}

/** The events table and indicators of one sheet. */
export interface GeneratedResults {
  events: ProposedEvent[];
  indicators: ProposedIndicator[];
  lines: number[];
}

export interface GeneratedReport {
  /** The text without the generated lines. */
  lines: SourceLine[];
  /** By the line number of the PROGRAM SUMMARY heading the heading is printed above. */
  headings: Map<number, GeneratedHeading>;
  /** In the order of the text: each belongs to the sheet it follows. */
  results: GeneratedResults[];
  panels: GeneratedPanel[];
}

const integer = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** '4/12/2017' → '2017-04-12'; '4/2017' → '2017-04'; '2017' → '2017' (as lib/reports prints them). */
function isoOf(token: string): string | null {
  const m = token.match(sheetDate);
  if (!m) return null;
  const pad = (n: string) => n.padStart(2, '0');
  if (m[3]) return `${m[3]}-${pad(m[1]!)}-${pad(m[2]!)}`;
  if (m[5]) return `${m[5]}-${pad(m[4]!)}`;
  return m[6]!;
}

/** The rows of the events table: title lines, "<kind> · <place>", the date, then four counts. */
function tableEvents(rows: SourceLine[]): ProposedEvent[] {
  const events: ProposedEvent[] = [];
  let pending: SourceLine[] = [];
  for (const line of rows) {
    pending.push(line);
    const tokens = line.text.trim().split(/\s+/);
    if (tokens.length < 4 || !tokens.slice(-4).every((t) => count.test(t))) continue;
    const texts = pending.map((l) => l.text.trim());
    const kindOf = (t: string) => t.split(/\s*·\s*/)[0]!.trim();
    const detailsAt = texts.findIndex((t) => kinds.some(([pattern]) => pattern.test(kindOf(t))));
    if (detailsAt > 0) {
      const datesAt = texts.findIndex((t, k) => k > detailsAt && (/^(\d|–|Not stated|No indicado)/.test(t) || k === texts.length - 1));
      const [kindText, ...place] = joinLines(texts.slice(detailsAt, datesAt)).split(/\s*·\s*/);
      const kind = kinds.find(([pattern]) => pattern.test(kindText!.trim()))![1];
      const placeText = place.join(' · ');
      const country = countriesIn(placeText).at(-1)?.country ?? null;
      const dates = texts
        .slice(datesAt)
        .join(' ')
        .split(/\s+/)
        .slice(0, -4)
        .map(isoOf)
        .filter((d): d is string => d !== null);
      const [women, men, notDisaggregated, total] = tokens.slice(-4) as [string, string, string, string];
      const value = (t: string) => (t === '–' ? null : integer(t));
      const city = placeText.includes(',') ? placeText.slice(0, placeText.lastIndexOf(',')).trim() : null;
      events.push({
        kind,
        title: joinLines(texts.slice(0, detailsAt)),
        country,
        city: country ? city : placeText || null,
        start: dates[0] ?? null,
        end: dates[1] ?? dates[0] ?? null,
        women: value(women),
        men: value(men),
        notDisaggregated: value(notDisaggregated),
        approximate: total.startsWith('~'),
        lines: pending.map((l) => l.number),
        confidence: 'certain',
      });
    }
    pending = [];
  }
  return events;
}

function indicatorsIn(lines: SourceLine[]): ProposedIndicator[] {
  const indicators: ProposedIndicator[] = [];
  let name: SourceLine[] = [];
  for (const line of lines) {
    const m = line.text.match(progress);
    if (m && name.length) {
      indicators.push({ name: joinLines(name.map((l) => l.text)), target: integer(m[1] ?? m[2]!), lines: [...name, line].map((l) => l.number) });
      name = [];
    } else if (!isBlank(line)) name.push(line);
  }
  return indicators;
}

/**
 * Finds what our own report PDFs add, when the text has their page footers; a text without them
 * (an old report) comes back unchanged.
 */
export function readGeneratedReport(all: SourceLine[]): GeneratedReport {
  if (!all.some((l) => footer.test(l.text))) return { lines: all, headings: new Map(), results: [], panels: [] };
  const removed = new Set<number>();
  const headings = new Map<number, GeneratedHeading>();
  const results: GeneratedResults[] = [];
  const panels: GeneratedPanel[] = [];
  let pageStart = 0;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (footer.test(line.text)) {
      removed.add(line.number);
      pageStart = i + 1;
      continue;
    }
    if (sheetStart.test(line.text)) {
      // The heading: the page's lines before its PROGRAM SUMMARY.
      const heading = all.slice(pageStart, i).filter((l) => !isBlank(l));
      if (heading.length) {
        heading.forEach((l) => removed.add(l.number));
        headings.set(line.number, { text: joinLines(heading.map((l) => l.text)), lines: heading.map((l) => l.number) });
      }
      continue;
    }
    if (panelStart.test(line.text)) {
      // The panel: its six labels, each followed by its value, to the page's end.
      let end = i;
      while (end < all.length && !footer.test(all[end]!.text)) end++;
      const block = all.slice(i, end).filter((l) => !isBlank(l));
      block.forEach((l) => removed.add(l.number));
      panels.push({ values: panelValues(block), lines: block.map((l) => l.number) });
      i = end - 1;
      continue;
    }
    // A table broken by a page goes on at the top of the next with its header row again.
    const continued = tableHeader.test(line.text) && results.length > 0 && all.slice(pageStart, i).every(isBlank);
    if (eventsHeading.test(line.text) || continued) {
      // The events table and the indicators run to the side panel or the page's end.
      let end = i + 1;
      while (end < all.length && !footer.test(all[end]!.text) && !panelStart.test(all[end]!.text)) end++;
      const block = all.slice(i, end);
      const first = continued ? line : block.slice(1).find((l) => !isBlank(l));
      if (!first || !(tableHeader.test(first.text) || noEvents.test(first.text))) continue;
      block.forEach((l) => removed.add(l.number));
      const indicatorsAt = block.findIndex((l) => indicatorsHeading.test(l.text));
      const rows = block
        .slice(continued ? 0 : 1, indicatorsAt < 0 ? undefined : indicatorsAt)
        .filter((l) => !isBlank(l) && !tableHeader.test(l.text) && !headerPiece.test(l.text) && !approximateNote.test(l.text) && !noEvents.test(l.text));
      const found: GeneratedResults = {
        events: tableEvents(rows),
        indicators: indicatorsAt < 0 ? [] : indicatorsIn(block.slice(indicatorsAt + 1)),
        lines: block.filter((l) => !isBlank(l)).map((l) => l.number),
      };
      const last = results.at(-1);
      if (continued && last) {
        last.events.push(...found.events);
        last.indicators.push(...found.indicators);
        last.lines.push(...found.lines);
      } else results.push(found);
      i = end - 1;
    }
  }
  return { lines: all.filter((l) => !removed.has(l.number)), headings, results, panels };
}

/** The panel in the shape the sheet reader takes: every value certain, as the data printed it. */
export function printedPanel(panel: GeneratedPanel): PanelReading {
  const values: PanelReading['values'] = {};
  for (const [label, value] of Object.entries(panel.values) as [PanelLabel, { text: string; lines: SourceLine[] }][]) {
    if (label !== 'date') values[label] = { value: value.text, lines: value.lines.map((l) => l.number), confidence: 'certain' };
  }
  const date = panel.values.date;
  return { values, dateText: date ? { text: date.text, lines: date.lines.map((l) => l.number) } : null, orphans: [] };
}

const notStated = /^(Not stated|No indicado)$/i;

function panelValues(block: SourceLine[]): GeneratedPanel['values'] {
  const values: GeneratedPanel['values'] = {};
  let label: PanelLabel | null = null;
  let value: SourceLine[] = [];
  const close = () => {
    const text = joinLines(value.map((l) => l.text));
    if (label && text && !notStated.test(text)) values[label] = { text, lines: value };
  };
  for (const line of block) {
    const found = labelsOn(line.text.trim());
    if (found.hits.length === 1 && !found.rest.trim()) {
      close();
      label = found.hits[0]!.label;
      value = [];
    } else value.push(line);
  }
  close();
  return values;
}

/**
 * "<activity> <program> · <unit>[ · <countries>]": the program, the unit and the countries, given
 * the activity's name (the side panel's), which tells where the program's name starts.
 */
export function readHeading(heading: GeneratedHeading, activity: string | null): { program: string; unit: UnitCode; countries: ProposedCountry[] } | null {
  const m = heading.text.match(/^(.*?)\s·\s(DPS|CICTE|CICAD)(?:\s·\s(.*))?$/);
  const name = activity?.replace(/\s+/g, ' ').trim();
  if (!m || !name || !m[1]!.startsWith(`${name} `)) return null;
  return { program: m[1]!.slice(name.length + 1).trim(), unit: m[2] as UnitCode, countries: countriesIn(m[3] ?? '').map((c) => c.country) };
}
