import { readFileSync } from 'node:fs';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/import/parse-report';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { getHeadlineFigures } from '../queries/dashboard';
import { getImportBatch, listImportBatches } from '../queries/imports';
import { activities, auditEvents, events, importBatches, importProposals } from '../schema';
import type { Viewer } from '../viewer';
import {
  acceptImportProposal,
  createImportBatch,
  discardImportBatch,
  mergeImportProposal,
  rejectImportProposal,
  saveImportDecisions,
} from './imports';

let db: Db;
const editor: Viewer = { id: 2, role: 'editor', donorId: null };
const viewer: Viewer = { id: 3, role: 'viewer', donorId: null };
const seedText = readFileSync(path.resolve(__dirname, '../../../shared/seeds/004_d590de9f6e817ca0.txt'), 'utf8');

const ownSheet = `PROGRAM SUMMARY
The Cybersecurity Program of CICTE supports Member States. In this regard, CICTE offered the government of Jamaica to perform a National Cyber Incident Workshop.
OBJECTIVES
To strengthen the national capacity to respond to cyber incidents.
RESULTS
25 officials (10 women and 15 men) from Jamaica were trained in incident response.
Canadá
Donor Countries
`;

beforeEach(() => {
  db = openDemoDatabase();
});

function upload(text = ownSheet, actor = editor) {
  return createImportBatch(db, { actor, fileName: 'report.txt', sha256: 'abc', kind: 'text', text, records: parseReport(text) });
}

describe('import batches', () => {
  it('are drafts: nothing reaches the dashboard until accepted', () => {
    const before = getHeadlineFigures(db, { viewer, filters: {} });
    const batchId = upload();
    expect(getHeadlineFigures(db, { viewer, filters: {} })).toEqual(before);
    const batch = getImportBatch(db, { viewer: editor, batchId })!;
    expect(batch.proposals).toHaveLength(1);
    expect(batch.lines[0]).toBe('PROGRAM SUMMARY');
    expect(listImportBatches(db, { viewer: editor })[0]).toMatchObject({ id: batchId, status: 'open', proposals: 1, pending: 1 });
  });

  it('are refused to viewers and donors, and nothing is stored', () => {
    expect(() => upload(ownSheet, viewer)).toThrow('forbidden');
    expect(() => upload(ownSheet, { id: 4, role: 'donor', donorId: 1 })).toThrow('forbidden');
    expect(db.select().from(importBatches).all()).toHaveLength(0);
    const batchId = upload();
    expect(() => listImportBatches(db, { viewer })).toThrow('forbidden');
    expect(() => getImportBatch(db, { viewer, batchId })).toThrow('forbidden');
    const proposal = getImportBatch(db, { viewer: editor, batchId })!.proposals[0]!;
    expect(() => acceptImportProposal(db, { actor: viewer, proposalId: proposal.id, version: proposal.version })).toThrow('forbidden');
    expect(() => discardImportBatch(db, { actor: viewer, batchId })).toThrow('forbidden');
    expect(db.select().from(importProposals).get()!.status).toBe('pending');
  });

  it('accepts a corrected proposal through the mutations, with audit events naming batch and file', () => {
    const batchId = upload();
    const proposal = getImportBatch(db, { viewer: editor, batchId })!.proposals[0]!;
    expect(proposal.record).toMatchObject({ program: 'Cybersecurity Program', unit: 'CICTE', donors: ['Canada'] });
    saveImportDecisions(db, {
      actor: editor, proposalId: proposal.id, version: proposal.version,
      decisions: { fields: { activity: { action: 'correct', value: 'Cyber Incident Workshop, Kingston' } }, rejectedEvents: [], rejectedIndicators: [] },
    });
    const before = getHeadlineFigures(db, { viewer, filters: {} });
    const activityId = acceptImportProposal(db, { actor: editor, proposalId: proposal.id, version: proposal.version + 1 });
    const activity = db.select().from(activities).where(eq(activities.id, activityId)).get()!;
    expect(activity.name).toBe('Cyber Incident Workshop, Kingston');
    const event = db.select().from(events).where(eq(events.activityId, activityId)).get()!;
    expect(event).toMatchObject({ women: 10, men: 15, notDisaggregated: 0, countryCode: 'JM' });
    const after = getHeadlineFigures(db, { viewer, filters: {} });
    expect(JSON.stringify(after)).not.toEqual(JSON.stringify(before));
    const audit = db.select().from(auditEvents).where(eq(auditEvents.action, 'import_accept')).orderBy(desc(auditEvents.id)).get()!;
    expect(JSON.parse(audit.after!)).toMatchObject({ importBatch: batchId, sourceFile: 'report.txt' });
    expect(db.select().from(importBatches).get()!.status).toBe('done');
  });

  it('refuses a stale version and a second accept', () => {
    const batchId = upload();
    const proposal = getImportBatch(db, { viewer: editor, batchId })!.proposals[0]!;
    expect(() => acceptImportProposal(db, { actor: editor, proposalId: proposal.id, version: proposal.version + 5 })).toThrow('conflict');
    acceptImportProposal(db, { actor: editor, proposalId: proposal.id, version: proposal.version });
    expect(() => acceptImportProposal(db, { actor: editor, proposalId: proposal.id, version: proposal.version + 1 })).toThrow();
  });

  it('rolls everything back when a value is refused (an unknown donor)', () => {
    const batchId = upload(ownSheet.replace('Canadá', 'Atlantis Fund'));
    const proposal = getImportBatch(db, { viewer: editor, batchId })!.proposals[0]!;
    const count = db.select().from(activities).all().length;
    expect(() => acceptImportProposal(db, { actor: editor, proposalId: proposal.id, version: proposal.version })).toThrow('invalid');
    expect(db.select().from(activities).all()).toHaveLength(count);
    expect(db.select().from(importProposals).get()!.status).toBe('pending');
  });

  it('shows a seed sheet as a possible duplicate and merges only what the activity lacks', () => {
    const batchId = upload(seedText);
    const batch = getImportBatch(db, { viewer: editor, batchId })!;
    const police = batch.proposals.find((p) => p.record.program === 'Inter-American Network for Police Development and Professionalization')!;
    expect(police.duplicates).toHaveLength(1);
    const existing = db.select().from(activities).where(eq(activities.id, police.duplicates[0]!.id)).get()!;
    mergeImportProposal(db, { actor: editor, proposalId: police.id, version: police.version, activityId: existing.id, activityVersion: existing.version });
    const merged = db.select().from(activities).where(eq(activities.id, existing.id)).get()!;
    expect(merged).toMatchObject({ name: existing.name, completionDate: existing.completionDate, objectives: existing.objectives });
    expect(merged.summary).toBe(police.record.summary); // the seed activity had no summary of its own
    expect(merged.version).toBe(existing.version + 1);
  });

  it('rejects a proposal and discards a batch, keeping them for the record', () => {
    const batchId = upload(seedText);
    const [first] = getImportBatch(db, { viewer: editor, batchId })!.proposals;
    rejectImportProposal(db, { actor: editor, proposalId: first!.id, version: first!.version });
    discardImportBatch(db, { actor: editor, batchId });
    expect(getImportBatch(db, { viewer: editor, batchId })).toMatchObject({ status: 'discarded' });
    const second = getImportBatch(db, { viewer: editor, batchId })!.proposals[1]!;
    expect(() => acceptImportProposal(db, { actor: editor, proposalId: second.id, version: second.version })).toThrow('invalid');
  });
});
