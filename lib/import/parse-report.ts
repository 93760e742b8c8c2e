// The report parser: text of a country report in, proposed records out. Pure: no database, no I/O.
import { numericOrderOf, readDateField } from './dates';
import { assessmentMissions, eventsAndIndicators, nearestKindIn } from './events';
import { donorNames, fundedByIn, namedActivityIn, offeredActivityIn, pillarName, programNameIn, unitIn } from './fields';
import { printedPanel, readGeneratedReport, readHeading, type GeneratedHeading, type GeneratedPanel, type GeneratedResults } from './generated-report';
import { linesOf, locate, locatedSentences, type LocatedText } from './located-text';
import { readPanel, splitUrl, valueText } from './panel';
import { countriesIn } from './places';
import { splitSheets, type Sheet } from './sheets';
import { toLines } from './text';
import type { Confidence, Found, ProposalField, ProposedCountry, ProposedRecord, SourceLine } from './types';

const contentWords = (text: string) =>
  [...new Set(text.toLowerCase().split(/[^a-záéíóúñü]+/).filter((w) => w.length >= 4 && !['http', 'https', 'html'].includes(w)))];

/** A sheet's own text, without the trailing values whose home is being decided. */
function sheetText(sheet: Sheet): string {
  return sheet.items
    .filter((i) => !(i.type === 'value' && sheet.trailingValues.includes(i.lines)))
    .flatMap((i) => ('lines' in i ? i.lines : [i.line]))
    .map((l) => l.text)
    .join(' ')
    .toLowerCase();
}

/** Share of a run's words that a sheet's text contains. */
function overlap(run: SourceLine[], text: string): number {
  const words = contentWords(run.map((l) => l.text).join(' '));
  return words.length ? words.filter((w) => text.includes(w)).length / words.length : 0;
}

/**
 * Values printed after a sheet's last text, with no label after them, drift to the start of the
 * next sheet in these extractions; they stay only when their words clearly belong to this sheet.
 */
function resolveDrift(sheets: Sheet[]): Map<Sheet, SourceLine[][]> {
  const extra = new Map<Sheet, SourceLine[][]>(sheets.map((s) => [s, []]));
  sheets.forEach((sheet, i) => {
    const next = sheets[i + 1];
    for (const run of sheet.trailingValues) {
      const stays = !next || overlap(run, sheetText(sheet)) > overlap(run, sheetText(next)) + 0.15;
      extra.get(stays ? sheet : next!)!.push(run);
    }
  });
  return extra;
}

class RecordBuilder {
  readonly record: ProposedRecord = {
    program: null, unit: null, activity: null, pillar: null, countries: [], start: null, end: null, ongoing: false,
    donors: [], beneficiaries: null, url: null, summary: null, objectives: null, results: null, events: [], indicators: [],
    sources: {}, confidence: {},
  };

  set<K extends ProposalField>(field: K, value: ProposedRecord[K], lines: number[], confidence: Confidence) {
    (this.record as unknown as Record<string, unknown>)[field] = value;
    this.record.sources[field] = [...new Set([...(this.record.sources[field] ?? []), ...lines])].sort((a, b) => a - b);
    this.record.confidence[field] = confidence;
  }

  setFound<K extends ProposalField>(field: K, found: Found<ProposedRecord[K]> | null) {
    if (found) this.set(field, found.value, found.lines, found.confidence);
  }
}

function foundIn<T>(located: LocatedText, hit: { index: number; length: number } | null, value: T, confidence: Confidence): Found<T> | null {
  return hit ? { value, lines: linesOf(located, hit.index, hit.index + Math.max(hit.length, 1)), confidence } : null;
}

/** Objectives whose subject is one event ("This workshop aims ...", "The Air Cargo Workshop had ..."). */
const eventSubject = /^(This|The|Este|Esta|El|La)\s+(?:[\w-]+\s+){0,4}(workshop|course|seminar|meeting|mission|conference|taller|curso|seminario|reuni[oó]n|misi[oó]n|conferencia)\b/i;

const plannedPlace = /expected to take place|will take place|se espera|tendr[aá] lugar/i;

/** The country a report is about: named by every sheet that names a country, in at least two sheets. */
export interface ReportCountry {
  country: ProposedCountry;
  lines: number[];
}

function readSheet(
  sheet: Sheet,
  drifted: SourceLine[][],
  order: ReturnType<typeof numericOrderOf>,
  reportCountry: ReportCountry | null,
  generated: { heading?: GeneratedHeading; results?: GeneratedResults; panel?: GeneratedPanel } = {},
): ProposedRecord | null {
  const panel = generated.panel ? printedPanel(generated.panel) : readPanel(sheet.items, sheet.trailingValues);
  const located = {
    summary: locate(sheet.sections.summary?.paragraphs ?? []),
    objectives: locate(sheet.sections.objectives?.paragraphs ?? []),
    results: locate(sheet.sections.results?.paragraphs ?? []),
  };
  const b = new RecordBuilder();
  for (const name of ['summary', 'objectives', 'results'] as const) {
    const section = sheet.sections[name];
    if (section && located[name].text) b.set(name, located[name].text, section.paragraphs.flat().map((l) => l.number), section.confidence);
  }

  // Side panel
  const { values } = panel;
  if (values.pillar) {
    const pillar = pillarName(values.pillar.value);
    if (pillar) b.set('pillar', pillar, values.pillar.lines, 'likely');
  }
  if (values.activity) b.setFound('activity', values.activity);
  if (values.beneficiaries) b.setFound('beneficiaries', values.beneficiaries);
  if (values.donors) b.set('donors', donorNames(values.donors.value), values.donors.lines, 'likely');
  if (values.info) {
    const { url } = splitUrl(values.info.lines.map((n) => ({ number: n, text: '' })));
    if (/^(https?:\/\/|www\.)/i.test(values.info.value)) b.set('url', values.info.value.replace(/\s+/g, ''), values.info.lines, 'likely');
    else if (url) b.set('url', url.value, url.lines, 'likely');
  }
  for (const run of [...panel.orphans, ...drifted]) {
    const { text, url } = splitUrl(run);
    if (url && !b.record.url) b.set('url', url.value, url.lines, 'likely');
    if (text.length && !b.record.beneficiaries) b.set('beneficiaries', valueText(text), text.map((l) => l.number), 'guess');
  }
  if (panel.dateText) {
    const date = readDateField(panel.dateText.text, order.order, order.confidence);
    if (date) {
      if (date.start) b.set('start', date.start, panel.dateText.lines, date.confidence);
      if (date.end) b.set('end', date.end, panel.dateText.lines, date.confidence);
      if (date.ongoing) b.set('ongoing', true, panel.dateText.lines, 'likely');
    }
  }

  // The heading our own reports print above a sheet: program, unit and countries as the data has them.
  const printed = generated.heading ? readHeading(generated.heading, b.record.activity) : null;
  if (printed) {
    const lines = generated.heading!.lines;
    b.set('program', printed.program, lines, 'certain');
    b.set('unit', printed.unit, lines, 'certain');
    if (printed.countries.length) b.set('countries', printed.countries, lines, 'certain');
  }

  // Prose
  const prose = [located.summary, located.objectives, located.results];
  for (const text of printed ? [] : prose) {
    const name = programNameIn(text.text, prose.map((p) => p.text).join('\n'));
    if (name) {
      b.setFound('program', foundIn(text, { index: name.index, length: name.name.length }, name.name, 'likely'));
      break;
    }
  }
  for (const text of printed ? [] : prose) {
    const unit = unitIn(text.text);
    if (unit) {
      b.setFound('unit', foundIn(text, { index: unit.index, length: 3 }, unit.unit, unit.only ? 'certain' : 'likely'));
      break;
    }
  }
  if (!b.record.activity) {
    const offered = offeredActivityIn(located.summary.text);
    const named = namedActivityIn(located.objectives.text);
    if (offered) b.setFound('activity', foundIn(located.summary, { index: offered.index, length: offered.name.length + 20 }, offered.name, 'likely'));
    else if (named) b.setFound('activity', foundIn(located.objectives, { index: named.index, length: named.name.length }, named.name, 'likely'));
  }
  const funded = fundedByIn(located.summary.text);
  if (funded && !b.record.donors.includes(funded.name)) {
    const found = foundIn(located.summary, { index: funded.index, length: 40 }, [...b.record.donors, funded.name], 'likely');
    b.setFound('donors', found);
  }

  // Countries named in the activity, its beneficiaries, objectives and results (not in planned events elsewhere).
  const countries: ProposedCountry[] = [];
  const countryLines: number[] = [];
  const addCountries = (text: string, lines: number[]) => {
    for (const { country } of countriesIn(text)) {
      if (!countries.some((c) => c.code === country.code)) countries.push(country);
      countryLines.push(...lines);
    }
  };
  if (b.record.activity) addCountries(b.record.activity, b.record.sources.activity ?? []);
  if (b.record.beneficiaries) addCountries(b.record.beneficiaries, b.record.sources.beneficiaries ?? []);
  for (const text of [located.objectives, located.results]) {
    for (const sentence of locatedSentences(text)) if (!plannedPlace.test(sentence.text)) addCountries(sentence.text, sentence.lines);
  }
  if (printed?.countries.length) countries.splice(0, countries.length, ...printed.countries);
  else if (countries.length) b.set('countries', countries, countryLines, 'likely');
  else if (reportCountry) {
    // A sheet that names no country is about the country of the report it is printed in.
    countries.push(reportCountry.country);
    b.set('countries', countries, reportCountry.lines, 'guess');
  }
  // Held missions are often told in the objectives ("This component of the Program included: a two-day Needs Assessment Mission").
  const missions = locatedSentences(located.objectives).flatMap((sentence) =>
    assessmentMissions(sentence, { soleCountry: countries.length === 1 ? countries[0]! : null, defaultKind: null, activityName: null }),
  );

  // Our own reports print the events and indicators as a table: the data itself, not a reading of the prose.
  const { events, indicators } = generated.results
    ? generated.results
    : eventsAndIndicators(locatedSentences(located.results), {
        soleCountry: countries.length === 1 ? countries[0]! : null,
        defaultKind: nearestKindIn(located.objectives.text) ?? nearestKindIn(located.summary.text),
        activityName: b.record.activity,
      });
  if (!generated.results) events.unshift(...missions);
  if (events.length) {
    const worst: Confidence = events.some((e) => e.confidence === 'guess') ? 'guess' : events.some((e) => e.confidence === 'likely') ? 'likely' : 'certain';
    b.set('events', events.map(({ lines: _lines, confidence: _confidence, ...event }) => ({ ...event, country: event.country?.name ?? null })), events.flatMap((e) => e.lines), worst);
  }
  if (indicators.length) {
    b.set('indicators', indicators.map(({ name, target }) => ({ name, target })), indicators.flatMap((i) => i.lines), 'guess');
  }
  // A sheet with no activity name of its own, about no single event, is the program's own activity.
  if (!b.record.activity && b.record.program && !eventSubject.test(located.objectives.text)) {
    b.set('activity', b.record.program, b.record.sources.program ?? [], 'likely');
  }
  const r = b.record;
  const hasContent = r.summary || r.objectives || r.results || r.activity || r.program;
  return hasContent ? r : null;
}

const normalized = (text: string | null) => (text ? text.replace(/\s+/g, ' ').trim().toLowerCase() : null);

/** Two proposals of one file are the same sheet printed twice when their objectives or results are the same text. */
function sameSheet(a: ProposedRecord, b: ProposedRecord): boolean {
  const same = (x: string | null, y: string | null) => x !== null && x === y;
  return same(normalized(a.objectives), normalized(b.objectives)) || same(normalized(a.results), normalized(b.results));
}

/** Merges a repeated sheet into the first: missing values filled, lists united, sources joined. */
export function mergeRecords(into: ProposedRecord, from: ProposedRecord): ProposedRecord {
  const merged: ProposedRecord = { ...into, sources: { ...into.sources }, confidence: { ...into.confidence } };
  const m = merged as unknown as Record<string, unknown>;
  for (const field of Object.keys(from.sources) as ProposalField[]) {
    const mine = m[field];
    const theirs = (from as unknown as Record<string, unknown>)[field];
    if (Array.isArray(mine) && Array.isArray(theirs)) {
      const keyOf = (v: unknown) => JSON.stringify(v);
      m[field] = [...mine, ...theirs.filter((t) => !mine.some((x) => keyOf(x) === keyOf(t)))];
    } else if (mine === null || mine === false) {
      m[field] = theirs;
      merged.confidence[field] = from.confidence[field];
    }
    merged.sources[field] = [...new Set([...(merged.sources[field] ?? []), ...(from.sources[field] ?? [])])].sort((a, b) => a - b);
    merged.confidence[field] ??= from.confidence[field];
  }
  return merged;
}

export function reportCountryOf(records: ProposedRecord[]): ReportCountry | null {
  const naming = records.filter((r) => r.countries.length > 0);
  if (naming.length < 2) return null;
  const common = naming[0]!.countries.find((c) => naming.every((r) => r.countries.some((x) => x.code === c.code)));
  return common ? { country: common, lines: naming.flatMap((r) => r.sources.countries ?? []) } : null;
}

/** Parses the text of one report file into proposed records, one per distinct sheet. */
export function parseReport(text: string): ProposedRecord[] {
  const generated = readGeneratedReport(toLines(text));
  const sheets = splitSheets(generated.lines);
  const generatedOf = (sheet: Sheet) => {
    const next = sheets[sheets.indexOf(sheet) + 1]?.startLine ?? Infinity;
    return {
      heading: generated.headings.get(sheet.startLine),
      results: generated.results.find((r) => r.lines[0]! > sheet.startLine && r.lines[0]! < next),
      panel: generated.panels.find((p) => p.lines[0]! > sheet.startLine && p.lines[0]! < next),
    };
  };
  const spanish = sheets.some((s) => s.spanish);
  const order = numericOrderOf(text, spanish);
  const drift = resolveDrift(sheets);
  const firstPass = sheets.map((sheet) => readSheet(sheet, drift.get(sheet) ?? [], order, null, generatedOf(sheet)));
  const reportCountry = reportCountryOf(firstPass.filter((r): r is ProposedRecord => r !== null));
  const records: ProposedRecord[] = [];
  for (const sheet of sheets) {
    const record = readSheet(sheet, drift.get(sheet) ?? [], order, reportCountry, generatedOf(sheet));
    if (!record) continue;
    const twin = records.findIndex((r) => sameSheet(r, record));
    if (twin >= 0) records[twin] = mergeRecords(records[twin]!, record);
    else records.push(record);
  }
  return records;
}
