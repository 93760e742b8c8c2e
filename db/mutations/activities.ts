import { asc, eq, inArray } from 'drizzle-orm';
import type { StoredDate } from '@/lib/partial-date';
import type { Writer } from '../audit';
import type { Db } from '../client';
import { refreshDonorFigures } from '../donor-figures';
import { Refusal } from '../errors';
import { refreshEventFigures } from '../event-figures';
import { activities, activityCountries, activityDonors, donors, memberStates, programs } from '../schema';
import type { Viewer } from '../viewer';
import { assertEditor, assertUnique, insertRecord, loadForChange, saveChange } from './editable';

export interface ActivityFunding {
  donorId: number;
  amount: number | null;
  currency: string | null;
}

export interface ActivityValues {
  programId: number;
  name: string;
  commencement: StoredDate | null;
  completion: StoredDate | null;
  isOngoing: boolean;
  targetBeneficiaries: string | null;
  summary: string | null;
  objectives: string | null;
  results: string | null;
  additionalInfoUrl: string | null;
  countries: string[];
  funding: ActivityFunding[];
}

function columnsOf(values: ActivityValues) {
  const { commencement, completion, countries: _countries, funding: _funding, ...columns } = values;
  return {
    ...columns,
    commencementDate: commencement?.date ?? null,
    commencementPrecision: commencement?.precision ?? null,
    completionDate: completion?.date ?? null,
    completionPrecision: completion?.precision ?? null,
  };
}

function assertValid(tx: Writer, values: ActivityValues, exceptId?: number): void {
  if (!tx.select({ id: programs.id }).from(programs).where(eq(programs.id, values.programId)).get()) throw new Refusal('invalid', 'programId');
  if (values.commencement && values.completion && values.completion.date < values.commencement.date) throw new Refusal('invalid', 'completion');
  if (values.isOngoing && values.completion) throw new Refusal('invalid', 'isOngoing');
  const knownCountries = values.countries.length
    ? tx.select({ code: memberStates.code }).from(memberStates).where(inArray(memberStates.code, values.countries)).all()
    : [];
  if (knownCountries.length !== new Set(values.countries).size) throw new Refusal('invalid', 'countries');
  const donorIds = values.funding.map((f) => f.donorId);
  if (new Set(donorIds).size !== donorIds.length) throw new Refusal('duplicate', 'funding');
  const knownDonors = donorIds.length ? tx.select({ id: donors.id }).from(donors).where(inArray(donors.id, donorIds)).all() : [];
  if (knownDonors.length !== donorIds.length) throw new Refusal('invalid', 'funding');
  assertUnique(tx, { table: activities, column: activities.name, value: values.name, exceptId, among: eq(activities.programId, values.programId), field: 'name' });
}

/** An activity's countries and funding, as the audit log records them. */
function linksOf(tx: Writer, activityId: number) {
  return {
    countries: tx.select({ code: activityCountries.countryCode }).from(activityCountries).where(eq(activityCountries.activityId, activityId)).orderBy(asc(activityCountries.countryCode)).all().map((c) => c.code),
    funding: tx
      .select({ donorId: activityDonors.donorId, amount: activityDonors.amount, currency: activityDonors.currency })
      .from(activityDonors)
      .where(eq(activityDonors.activityId, activityId))
      .orderBy(asc(activityDonors.donorId))
      .all(),
  };
}

function replaceLinks(tx: Writer, activityId: number, values: ActivityValues): void {
  tx.delete(activityCountries).where(eq(activityCountries.activityId, activityId)).run();
  tx.delete(activityDonors).where(eq(activityDonors.activityId, activityId)).run();
  if (values.countries.length) tx.insert(activityCountries).values(values.countries.map((countryCode) => ({ activityId, countryCode }))).run();
  if (values.funding.length) tx.insert(activityDonors).values(values.funding.map((f) => ({ activityId, ...f }))).run();
}

const sortedLinks = (values: ActivityValues) => ({
  countries: [...values.countries].sort(),
  funding: [...values.funding].sort((a, b) => a.donorId - b.donorId),
});

export function createActivity(db: Db, params: { actor: Viewer; values: ActivityValues }): number {
  assertEditor(params.actor);
  return db.transaction((tx) => {
    assertValid(tx, params.values);
    const id = insertRecord(tx, { table: activities, actor: params.actor, values: columnsOf(params.values), extraAfter: sortedLinks(params.values) });
    replaceLinks(tx, id, params.values);
    // Its countries and donors came after the record: count it in them.
    refreshEventFigures(tx, { activityIds: [id] });
    refreshDonorFigures(tx, { activityIds: [id] });
    return id;
  });
}

export function updateActivity(db: Db, params: { actor: Viewer; id: number; version: number; values: ActivityValues }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    const current = loadForChange(tx, activities, params.id, params.version);
    assertValid(tx, params.values, params.id);
    const linksBefore = linksOf(tx, params.id);
    replaceLinks(tx, params.id, params.values);
    saveChange(tx, { table: activities, actor: params.actor, current, values: columnsOf(params.values), extraBefore: linksBefore, extraAfter: sortedLinks(params.values) });
    // Saving refreshed the donors funding it now; those it no longer has lost it.
    const kept = new Set(params.values.funding.map((f) => f.donorId));
    refreshDonorFigures(tx, { donorIds: linksBefore.funding.map((f) => f.donorId).filter((id) => !kept.has(id)) });
  });
}
