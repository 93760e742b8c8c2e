// Import batches: an uploaded report's proposals, the editor's decisions on them, and accepting
// them into the data through the same mutations as the forms (validation, versions, audit).
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { toStoredDate } from '@/lib/partial-date';
import { decidedRecord, parseDecisions, type Decisions } from '@/lib/import/decisions';
import type { ProposedRecord } from '@/lib/import/types';
import { writeAudit } from '../audit';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { memberStateRecords } from '../reference-data/member-states';
import { activities, activityCountries, activityDonors, donors, events, importBatches, importProposals, orgUnits, programs, type Pillar } from '../schema';
import type { Viewer } from '../viewer';
import { createActivity, updateActivity, type ActivityValues } from './activities';
import { assertEditor } from './editable';
import { createEvent } from './events';
import { createIndicator } from './indicators';
import { createProgram } from './programs';

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function createImportBatch(
  db: Db,
  params: { actor: Viewer; fileName: string; sha256: string; kind: 'pdf' | 'text'; text: string; records: ProposedRecord[] },
): number {
  assertEditor(params.actor);
  if (params.records.length === 0) throw new Refusal('invalid', 'file');
  return db.transaction((tx) => {
    const { id } = tx
      .insert(importBatches)
      .values({ fileName: params.fileName, sha256: params.sha256, sourceKind: params.kind, sourceText: params.text, uploadedBy: params.actor.id })
      .returning({ id: importBatches.id })
      .get();
    tx.insert(importProposals)
      .values(params.records.map((record, position) => ({ batchId: id, position, proposal: JSON.stringify(record) })))
      .run();
    writeAudit(tx, { userId: params.actor.id, action: 'upload', entityType: 'import_batch', entityId: id, after: { fileName: params.fileName, sha256: params.sha256, proposals: params.records.length } });
    return id;
  });
}

function openBatch(db: Db, batchId: number) {
  const batch = db.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
  if (!batch) throw new Refusal('not_found');
  if (batch.status !== 'open') throw new Refusal('invalid', 'batch');
  return batch;
}

export function discardImportBatch(db: Db, params: { actor: Viewer; batchId: number }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    openBatch(db, params.batchId);
    tx.update(importBatches).set({ status: 'discarded', updatedAt: new Date().toISOString() }).where(eq(importBatches.id, params.batchId)).run();
    writeAudit(tx, { userId: params.actor.id, action: 'discard', entityType: 'import_batch', entityId: params.batchId });
  });
}

/** A pending proposal of an open batch, checked against the version the review screen showed. */
function pendingProposal(db: Db, proposalId: number, version: number) {
  const proposal = db.select().from(importProposals).where(eq(importProposals.id, proposalId)).get();
  if (!proposal) throw new Refusal('not_found');
  const batch = openBatch(db, proposal.batchId);
  if (proposal.status !== 'pending') throw new Refusal('invalid', 'proposal');
  if (proposal.version !== version) throw new Refusal('conflict', undefined, proposal);
  return { proposal, batch, record: JSON.parse(proposal.proposal) as ProposedRecord };
}

export function saveImportDecisions(db: Db, params: { actor: Viewer; proposalId: number; version: number; decisions: Decisions }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    pendingProposal(db, params.proposalId, params.version);
    tx.update(importProposals)
      .set({ decisions: JSON.stringify(params.decisions), version: params.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(importProposals.id, params.proposalId))
      .run();
  });
}

function closeBatchWhenDone(db: Db, batchId: number): void {
  const left = db
    .select({ n: sql<number>`count(*)` })
    .from(importProposals)
    .where(and(eq(importProposals.batchId, batchId), eq(importProposals.status, 'pending')))
    .get();
  if (left && left.n === 0) db.update(importBatches).set({ status: 'done', updatedAt: new Date().toISOString() }).where(eq(importBatches.id, batchId)).run();
}

function settle(db: Db, params: { actor: Viewer; proposalId: number; status: 'accepted' | 'merged' | 'rejected'; activityId: number | null; version: number; fileName: string; batchId: number }) {
  db.update(importProposals)
    .set({ status: params.status, activityId: params.activityId, version: params.version + 1, updatedAt: new Date().toISOString() })
    .where(eq(importProposals.id, params.proposalId))
    .run();
  // The audit names the batch and the source file the record came from.
  writeAudit(db, {
    userId: params.actor.id,
    action: params.status === 'rejected' ? 'import_reject' : params.status === 'merged' ? 'import_merge' : 'import_accept',
    entityType: params.activityId ? 'activity' : 'import_proposal',
    entityId: params.activityId ?? params.proposalId,
    after: { importBatch: params.batchId, sourceFile: params.fileName, proposal: params.proposalId },
  });
  closeBatchWhenDone(db, params.batchId);
}

export function rejectImportProposal(db: Db, params: { actor: Viewer; proposalId: number; version: number }): void {
  assertEditor(params.actor);
  db.transaction(() => {
    const { batch } = pendingProposal(db, params.proposalId, params.version);
    settle(db, { ...params, status: 'rejected', activityId: null, fileName: batch.fileName, batchId: batch.id });
  });
}

const lower = (s: string) => s.trim().toLowerCase();

/** The donor record a proposed name stands for: its name in either language, the start of one (a name cut off), or its country. */
function donorIdOf(db: Db, name: string): number {
  const all = db.select({ id: donors.id, name: donors.name, nameEs: donors.nameEs, countryCode: donors.countryCode }).from(donors).all();
  const n = lower(name);
  const country = memberStateRecords.find((r) => lower(r.nameEn) === n || lower(r.nameEs) === n);
  const found =
    all.find((d) => lower(d.name) === n || (d.nameEs !== null && lower(d.nameEs) === n)) ??
    (n.length >= 10 ? all.find((d) => lower(d.name).startsWith(n) || (d.nameEs !== null && lower(d.nameEs).startsWith(n))) : undefined) ??
    (country ? all.find((d) => d.countryCode === country.code) : undefined);
  if (!found) throw new Refusal('invalid', 'donors');
  return found.id;
}

const pillarCodes: Record<string, Pillar> = {
  Democracy: 'democracy',
  'Human Rights': 'human_rights',
  'Integral Development': 'integral_development',
  'Multidimensional Security': 'multidimensional_security',
};

/** The program a record belongs to: an existing one of the same name, or a new one. */
function programIdFor(db: Db, actor: Viewer, record: ProposedRecord): number {
  if (!record.program) throw new Refusal('invalid', 'program');
  const existing = db.select({ id: programs.id }).from(programs).where(sql`lower(${programs.name}) = ${lower(record.program)}`).get();
  if (existing) return existing.id;
  const unit = record.unit ? db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, record.unit)).get() : undefined;
  if (!unit) throw new Refusal('invalid', 'unit');
  return createProgram(db, {
    actor,
    // Reports name no DAC sector: an editor sets it on the program form.
    values: {
      unitId: unit.id,
      name: record.program,
      pillar: record.pillar ? (pillarCodes[record.pillar] ?? null) : null,
      summary: record.summary,
      objectives: record.objectives,
      url: record.url,
      dacSector: null,
    },
  });
}

function activityValues(db: Db, record: ProposedRecord, programId: number): ActivityValues {
  if (!record.activity) throw new Refusal('invalid', 'activity');
  try {
    return {
      programId,
      name: record.activity,
      commencement: record.start ? toStoredDate(record.start, 'start') : null,
      completion: record.end ? toStoredDate(record.end, 'end') : null,
      isOngoing: record.ongoing,
      targetBeneficiaries: record.beneficiaries,
      summary: record.summary,
      objectives: record.objectives,
      results: record.results,
      additionalInfoUrl: record.url,
      countries: record.countries.map((c) => c.code),
      funding: record.donors.map((name) => ({ donorId: donorIdOf(db, name), amount: null, currency: null })),
    };
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal('invalid', 'start');
  }
}

function addEventsAndIndicators(db: Db, actor: Viewer, activityId: number, record: ProposedRecord): void {
  for (const event of record.events) {
    const country = event.country ? memberStateRecords.find((r) => r.nameEn === event.country)?.code ?? null : null;
    createEvent(db, {
      actor,
      confirmOutsidePeriod: true, // the report states the event; its date is the report's, not the editor's typo
      values: {
        activityId, kind: event.kind, title: event.title, countryCode: country,
        start: event.start ? toStoredDate(event.start, 'start') : null, end: event.end ? toStoredDate(event.end, 'end') : null,
        venue: event.city, modality: null, sectors: [],
        women: event.women, men: event.men, notDisaggregated: event.notDisaggregated, isApproximate: event.approximate,
      },
    });
  }
  for (const indicator of record.indicators) createIndicator(db, { actor, values: { activityId, name: indicator.name, target: indicator.target, eventIds: [] } });
}

/** Accepts a proposal as a new activity (and program when new), with its events and indicators, in one transaction. */
export function acceptImportProposal(db: Db, params: { actor: Viewer; proposalId: number; version: number }): number {
  assertEditor(params.actor);
  return db.transaction(() => {
    const { proposal, batch, record: proposed } = pendingProposal(db, params.proposalId, params.version);
    const record = decidedRecord(proposed, parseDecisions(proposal.decisions));
    const programId = programIdFor(db, params.actor, record);
    const activityId = createActivity(db, { actor: params.actor, values: activityValues(db, record, programId) });
    addEventsAndIndicators(db, params.actor, activityId, record);
    settle(db, { ...params, status: 'accepted', activityId, fileName: batch.fileName, batchId: batch.id });
    return activityId;
  });
}

/**
 * Merges a proposal into an existing activity it duplicates: only what the activity lacks is
 * filled (empty fields, no countries, no donors, no events); nothing it has is overwritten.
 */
export function mergeImportProposal(db: Db, params: { actor: Viewer; proposalId: number; version: number; activityId: number; activityVersion: number }): void {
  assertEditor(params.actor);
  db.transaction(() => {
    const { proposal, batch, record: proposed } = pendingProposal(db, params.proposalId, params.version);
    const record = decidedRecord(proposed, parseDecisions(proposal.decisions));
    const current = db.select().from(activities).where(eq(activities.id, params.activityId)).get();
    if (!current) throw new Refusal('not_found');
    const countries = db.select({ code: activityCountries.countryCode }).from(activityCountries).where(eq(activityCountries.activityId, current.id)).all().map((c) => c.code);
    const funding = db.select({ donorId: activityDonors.donorId, amount: activityDonors.amount, currency: activityDonors.currency }).from(activityDonors).where(eq(activityDonors.activityId, current.id)).all();
    const hasEvents = db.select({ id: events.id }).from(events).where(eq(events.activityId, current.id)).get();
    const incoming = activityValues(db, { ...record, activity: record.activity ?? current.name }, current.programId);
    const stored = (date: string | null, precision: string | null) => (date && precision ? { date, precision: precision as 'day' } : null);
    const commencement = stored(current.commencementDate, current.commencementPrecision) ?? incoming.commencement;
    const completion = stored(current.completionDate, current.completionPrecision) ?? (current.isOngoing ? null : incoming.completion);
    updateActivity(db, {
      actor: params.actor,
      id: current.id,
      version: params.activityVersion,
      values: {
        programId: current.programId,
        name: current.name,
        commencement,
        completion,
        isOngoing: current.isOngoing || (incoming.isOngoing && !completion),
        targetBeneficiaries: current.targetBeneficiaries ?? incoming.targetBeneficiaries,
        summary: current.summary ?? incoming.summary,
        objectives: current.objectives ?? incoming.objectives,
        results: current.results ?? incoming.results,
        additionalInfoUrl: current.additionalInfoUrl ?? incoming.additionalInfoUrl,
        countries: countries.length ? countries : incoming.countries,
        funding: funding.length ? funding : incoming.funding,
      },
    });
    if (!hasEvents) addEventsAndIndicators(db, params.actor, current.id, { ...record, indicators: [] });
    settle(db, { ...params, status: 'merged', activityId: current.id, fileName: batch.fileName, batchId: batch.id });
  });
}
