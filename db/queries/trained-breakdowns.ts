import { inArray } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { shareOfWomen } from '../participants';
import { programs, type Subregion } from '../schema';
import type { Viewer } from '../viewer';
import { listMemberStates } from './member-states';
import { listPlaceFacts, listProgramFacts, type ParticipantSums } from './trained-facts';

// People trained, grouped for the dashboard's charts and the profiles' tables, all summed from the
// facts of trained-facts.ts. Each group keeps the three counts apart; a group whose key the
// source does not state (an event without a country or a date) has a null key and is shown as
// "not stated", never dropped.

interface BreakdownParams {
  viewer: Viewer;
  filters?: DashboardFilters;
}

export interface GenderCounts {
  women: number;
  men: number;
  notDisaggregated: number;
  total: number;
}

export interface WomenShare {
  women: number;
  /** Trained people whose gender is recorded: what the share is computed from. */
  base: number;
  share: number | null;
}

type Sums = ParticipantSums;

const zero = (): Sums => ({ women: 0, men: 0, notDisaggregated: 0, total: 0, recordedWomen: 0, recordedBase: 0, meetingParticipants: 0 });

function add(sums: Sums, fact: Sums): void {
  sums.women += fact.women;
  sums.men += fact.men;
  sums.notDisaggregated += fact.notDisaggregated;
  sums.total += fact.total;
  sums.recordedWomen += fact.recordedWomen;
  sums.recordedBase += fact.recordedBase;
  sums.meetingParticipants += fact.meetingParticipants;
}

/** The facts summed by a key (null: not stated). */
export function sumBy<F extends Sums, K>(facts: readonly F[], keyOf: (fact: F) => K): Map<K, Sums> {
  const groups = new Map<K, Sums>();
  for (const fact of facts) {
    const key = keyOf(fact);
    let sums = groups.get(key);
    if (!sums) groups.set(key, (sums = zero()));
    add(sums, fact);
  }
  return groups;
}

/** Every fact summed: the headline's people. */
export const sumAll = (facts: readonly Sums[]): Sums => sumBy(facts, () => 'all').get('all') ?? zero();

const genderCounts = ({ women, men, notDisaggregated, total }: Sums): GenderCounts => ({ women, men, notDisaggregated, total });
const womenShare = ({ recordedWomen, recordedBase }: Sums): WomenShare => ({ women: recordedWomen, base: recordedBase, share: shareOfWomen(recordedWomen, recordedBase) });

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Stated keys in order, the group "not stated" last. */
const compareKeys = (a: string | null, b: string | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : compareText(a, b));

/** People trained in each country (where the event took place), most first. */
export function listTrainedByCountry(db: Db, params: BreakdownParams) {
  const names = new Map(listMemberStates(db).map((country) => [country.code, country]));
  return [...sumBy(listPlaceFacts(db, params), (fact) => fact.countryCode)]
    .filter(([, sums]) => sums.total > 0)
    .map(([countryCode, sums]) => ({ countryCode, nameEn: names.get(countryCode ?? '')?.nameEn ?? null, nameEs: names.get(countryCode ?? '')?.nameEs ?? null, ...genderCounts(sums) }))
    .sort((a, b) => b.total - a.total || Number(a.countryCode === null) - Number(b.countryCode === null) || compareKeys(a.nameEn, b.nameEn));
}

/** People trained in each year (of the event's start), in order; undated events last. */
export function listTrainedByYear(db: Db, params: BreakdownParams) {
  return [...sumBy(listPlaceFacts(db, params), (fact) => fact.year)]
    .filter(([, sums]) => sums.total > 0)
    .map(([year, sums]) => ({ year, ...genderCounts(sums) }))
    .sort((a, b) => compareKeys(a.year, b.year));
}

/** People trained under each program, most first. */
export function listTrainedByProgram(db: Db, params: BreakdownParams) {
  const groups = [...sumBy(listProgramFacts(db, params), (fact) => fact.programId)].filter(([, sums]) => sums.total > 0);
  const ids = groups.map(([programId]) => programId);
  const names = new Map(ids.length === 0 ? [] : db.select({ id: programs.id, name: programs.name }).from(programs).where(inArray(programs.id, ids)).all().map((p) => [p.id, p.name]));
  return groups
    .map(([programId, sums]) => ({ programId, name: names.get(programId)!, ...genderCounts(sums) }))
    .sort((a, b) => b.total - a.total || compareText(a.name, b.name));
}

/** Share of women in groups of one key, over trained people whose gender is recorded; groups with none recorded are left out. */
function listShareOfWomenBy<F extends Sums, K extends string | null>(facts: readonly F[], keyOf: (fact: F) => K) {
  return [...sumBy(facts, keyOf)]
    .filter(([, sums]) => sums.recordedBase > 0)
    .map(([key, sums]) => ({ key, ...womenShare(sums) }))
    .sort((a, b) => compareKeys(a.key, b.key));
}

/** Share of women by year (of the event's start). */
export const listShareOfWomenByYear = (db: Db, params: BreakdownParams) =>
  listShareOfWomenBy(listPlaceFacts(db, params), (fact) => fact.year).map(({ key, ...share }) => ({ year: key, ...share }));

/** Share of women by subregion (of the event's country). */
export function listShareOfWomenBySubregion(db: Db, params: BreakdownParams) {
  const subregions = new Map(listMemberStates(db).map((country) => [country.code, country.subregion]));
  return listShareOfWomenBy(listPlaceFacts(db, params), (fact) => (fact.countryCode === null ? null : (subregions.get(fact.countryCode) ?? null))).map(
    ({ key, ...share }) => ({ subregion: key as Subregion | null, ...share }),
  );
}

/** Share of women by country (where the event took place). */
export const listShareOfWomenByCountry = (db: Db, params: BreakdownParams) =>
  listShareOfWomenBy(listPlaceFacts(db, params), (fact) => fact.countryCode).map(({ key, ...share }) => ({ countryCode: key, ...share }));
