// Accuracy of the parser against a hand-checked reading of the same reports (the demo seed module):
// precision and recall per field. A value counts as found when the parser states it and it equals
// the reading; stating a value the reading does not have, or a different one, costs precision.
import { mergeRecords } from './parse-report';
import { countryOf } from './places';
import type { ProposedRecord } from './types';

export interface ExpectedEvent {
  kind: string;
  country: string | null;
  start: string | null;
  end: string | null;
  women: number | null;
  men: number | null;
  notDisaggregated: number | null;
  approximate: boolean;
}

/** One activity as the hand-checked reading gives it, in the parser's vocabulary. */
export interface ExpectedRecord {
  key: string;
  program: string | null;
  unit: string | null;
  activity: string | null;
  pillar: string | null;
  countries: string[];
  start: string | null;
  end: string | null;
  ongoing: boolean;
  /** Each donor's accepted names (English, Spanish). */
  donors: string[][];
  beneficiaries: string | null;
  url: string | null;
  summary: string | null;
  objectives: string | null;
  results: string | null;
  events: ExpectedEvent[];
  targets: number[];
}

export interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export type Scores = Map<string, Tally>;

const norm = (text: string | null) => (text === null ? null : text.replace(/\s+/g, ' ').trim().toLowerCase());

function tally(scores: Scores, field: string): Tally {
  let t = scores.get(field);
  if (!t) scores.set(field, (t = { truePositive: 0, falsePositive: 0, falseNegative: 0 }));
  return t;
}

function scoreValue<T>(scores: Scores, field: string, proposed: T | null, expected: T | null, equal = (a: T, b: T) => a === b) {
  const t = tally(scores, field);
  if (proposed !== null && expected !== null && equal(proposed, expected)) t.truePositive++;
  else {
    if (proposed !== null) t.falsePositive++;
    if (expected !== null) t.falseNegative++;
  }
}

function scoreSet(scores: Scores, field: string, proposed: string[], expected: string[]) {
  const t = tally(scores, field);
  const want = new Set(expected);
  const got = new Set(proposed);
  for (const p of got) {
    if (want.has(p)) t.truePositive++;
    else t.falsePositive++;
  }
  for (const e of want) if (!got.has(e)) t.falseNegative++;
}

/** A donor name matches when it is one of the donor's names or the start of one (a name cut off by the PDF field). */
function donorMatches(name: string, names: string[]): boolean {
  const n = norm(name)!;
  return names.some((candidate) => {
    const c = norm(candidate)!;
    return c === n || (n.length >= 10 && c.startsWith(n));
  });
}

function scoreDonors(scores: Scores, proposed: string[], expected: string[][]) {
  const t = tally(scores, 'donors');
  const matched = new Set<number>();
  for (const name of proposed) {
    const i = expected.findIndex((names, k) => !matched.has(k) && donorMatches(name, names));
    if (i >= 0) {
      matched.add(i);
      t.truePositive++;
    } else t.falsePositive++;
  }
  t.falseNegative += expected.length - matched.size;
}

type ProposedEvent = ProposedRecord['events'][number];
const eventTotal = (e: { women: number | null; men: number | null; notDisaggregated: number | null }) =>
  e.women === null && e.men === null && e.notDisaggregated === null ? null : (e.women ?? 0) + (e.men ?? 0) + (e.notDisaggregated ?? 0);

function eventsMatch(p: ProposedEvent, e: ExpectedEvent): boolean {
  if (p.start && e.start) return p.start === e.start;
  const total = eventTotal(p);
  if (total === null && eventTotal(e) === null) return p.kind === e.kind;
  return total !== null && total === eventTotal(e);
}

function scoreEvent(scores: Scores, p: ProposedEvent | null, e: ExpectedEvent | null) {
  scoreValue(scores, 'events.kind', p?.kind ?? null, e?.kind ?? null);
  scoreValue(scores, 'events.country', p?.country ?? null, e?.country ? (countryOf(e.country)?.name ?? e.country) : null);
  scoreValue(scores, 'events.start', p?.start ?? null, e?.start ?? null);
  scoreValue(scores, 'events.end', p?.end ?? null, e?.end ?? null);
  scoreValue(scores, 'events.women', p?.women ?? null, e?.women ?? null);
  scoreValue(scores, 'events.men', p?.men ?? null, e?.men ?? null);
  scoreValue(scores, 'events.notDisaggregated', p?.notDisaggregated ?? null, e?.notDisaggregated ?? null);
  scoreValue(scores, 'events.approximate', p?.approximate ? true : null, e?.approximate ? true : null);
}

function scoreEvents(scores: Scores, proposed: ProposedEvent[], expected: ExpectedEvent[]) {
  const left = [...expected];
  for (const p of proposed) {
    const i = left.findIndex((e) => eventsMatch(p, e));
    scoreEvent(scores, p, i >= 0 ? left.splice(i, 1)[0]! : null);
  }
  for (const e of left) scoreEvent(scores, null, e);
}

const empty: ProposedRecord = {
  program: null, unit: null, activity: null, pillar: null, countries: [], start: null, end: null, ongoing: false, donors: [],
  beneficiaries: null, url: null, summary: null, objectives: null, results: null, events: [], indicators: [], sources: {}, confidence: {},
};

export function scoreRecord(scores: Scores, p: ProposedRecord | null, e: ExpectedRecord | null) {
  const proposed = p ?? empty;
  const text = (a: string, b: string) => norm(a) === norm(b);
  scoreValue(scores, 'program', proposed.program, e?.program ?? null, text);
  scoreValue(scores, 'unit', proposed.unit, e?.unit ?? null);
  scoreValue(scores, 'activity', proposed.activity, e?.activity ?? null, text);
  scoreValue(scores, 'pillar', proposed.pillar, e?.pillar ?? null);
  scoreSet(scores, 'countries', proposed.countries.map((c) => c.code), e?.countries ?? []);
  scoreValue(scores, 'start', proposed.start, e?.start ?? null);
  scoreValue(scores, 'end', proposed.end, e?.end ?? null);
  scoreValue(scores, 'ongoing', proposed.ongoing ? true : null, e?.ongoing ? true : null);
  scoreDonors(scores, proposed.donors, e?.donors ?? []);
  scoreValue(scores, 'beneficiaries', proposed.beneficiaries, e?.beneficiaries ?? null, text);
  scoreValue(scores, 'url', proposed.url, e?.url ?? null);
  scoreValue(scores, 'summary', proposed.summary, e?.summary ?? null, text);
  scoreValue(scores, 'objectives', proposed.objectives, e?.objectives ?? null, text);
  scoreValue(scores, 'results', proposed.results, e?.results ?? null, text);
  scoreEvents(scores, proposed.events, e?.events ?? []);
  scoreSet(scores, 'indicators.target', proposed.indicators.map((i) => String(i.target)), (e?.targets ?? []).map(String));
}

const sameText = (a: string | null, b: string | null) => a !== null && b !== null && norm(a) === norm(b);

/** Proposals from several files that are the same sheet (same objectives or results) become one record. */
export function mergeAcrossFiles(records: ProposedRecord[]): ProposedRecord[] {
  const out: ProposedRecord[] = [];
  for (const r of records) {
    const i = out.findIndex((o) => sameText(o.objectives, r.objectives) || sameText(o.results, r.results));
    if (i >= 0) out[i] = mergeRecords(out[i]!, r);
    else out.push(r);
  }
  return out;
}

/** The expected record a proposal reads: same results or objectives text, else null. */
function matchOf(p: ProposedRecord, expected: ExpectedRecord[], used: Set<ExpectedRecord>): ExpectedRecord | null {
  return (
    expected.find((e) => !used.has(e) && (sameText(p.results, e.results) || sameText(p.objectives, e.objectives))) ?? null
  );
}

export interface Evaluation {
  scores: Scores;
  unmatchedProposals: number;
  unmatchedExpected: string[];
}

export function evaluate(proposals: ProposedRecord[], expected: ExpectedRecord[]): Evaluation {
  const scores: Scores = new Map();
  const used = new Set<ExpectedRecord>();
  let unmatchedProposals = 0;
  for (const p of mergeAcrossFiles(proposals)) {
    const e = matchOf(p, expected, used);
    if (e) used.add(e);
    else unmatchedProposals++;
    scoreRecord(scores, p, e);
  }
  const unmatchedExpected = expected.filter((e) => !used.has(e));
  for (const e of unmatchedExpected) scoreRecord(scores, null, e);
  return { scores, unmatchedProposals, unmatchedExpected: unmatchedExpected.map((e) => e.key) };
}

export function totals(scores: Scores): Tally {
  const sum: Tally = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  for (const t of scores.values()) {
    sum.truePositive += t.truePositive;
    sum.falsePositive += t.falsePositive;
    sum.falseNegative += t.falseNegative;
  }
  return sum;
}

export const precision = (t: Tally) => (t.truePositive + t.falsePositive === 0 ? 1 : t.truePositive / (t.truePositive + t.falsePositive));
export const recall = (t: Tally) => (t.truePositive + t.falseNegative === 0 ? 1 : t.truePositive / (t.truePositive + t.falseNegative));

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

export function formatScores(scores: Scores): string {
  const rows = [...scores.entries()].map(
    ([field, t]) => `${field.padEnd(26)}${String(t.truePositive).padStart(5)}${String(t.falsePositive).padStart(5)}${String(t.falseNegative).padStart(5)}${percent(precision(t))}${percent(recall(t))}`,
  );
  const all = totals(scores);
  return [
    `${'field'.padEnd(26)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'prec.'.padStart(7)}${'recall'.padStart(7)}`,
    ...rows,
    `${'ALL FIELDS'.padEnd(26)}${String(all.truePositive).padStart(5)}${String(all.falsePositive).padStart(5)}${String(all.falseNegative).padStart(5)}${percent(precision(all))}${percent(recall(all))}`,
  ].join('\n');
}
