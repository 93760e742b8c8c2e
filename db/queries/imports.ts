// Import batches for the review screens; editors and admins only. Proposals are drafts: no other
// query (dashboard, tables, profiles) reads these tables.
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { parseDecisions } from '@/lib/import/decisions';
import type { ProposedRecord } from '@/lib/import/types';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { activities, importBatches, importProposals, programs, users } from '../schema';
import { canEdit, type Viewer } from '../viewer';

function assertEditorView(viewer: Viewer): void {
  if (!canEdit(viewer)) throw new Refusal('forbidden');
}

/** Open batches first (to resume), then the rest, newest first. */
export function listImportBatches(db: Db, params: { viewer: Viewer }) {
  assertEditorView(params.viewer);
  return db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      status: importBatches.status,
      createdAt: importBatches.createdAt,
      uploadedBy: users.name,
      proposals: sql<number>`(select count(*) from ${importProposals} where ${importProposals.batchId} = ${importBatches.id})`,
      pending: sql<number>`(select count(*) from ${importProposals} where ${importProposals.batchId} = ${importBatches.id} and ${importProposals.status} = 'pending')`,
    })
    .from(importBatches)
    .innerJoin(users, eq(users.id, importBatches.uploadedBy))
    .orderBy(sql`case when ${importBatches.status} = 'open' then 0 else 1 end`, desc(importBatches.createdAt), desc(importBatches.id))
    .all();
}

export interface PossibleDuplicate {
  id: number;
  name: string;
  programName: string;
  version: number;
}

/** Existing activities a proposal may repeat: same program and activity name, or the same summary text. */
function duplicatesOf(db: Db, record: ProposedRecord): PossibleDuplicate[] {
  const conditions = [
    record.program && record.activity
      ? and(sql`lower(${programs.name}) = ${record.program.toLowerCase()}`, sql`lower(${activities.name}) = ${record.activity.toLowerCase()}`)
      : undefined,
    record.summary ? eq(activities.summary, record.summary) : undefined,
    record.summary ? eq(programs.summary, record.summary) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0) return [];
  return db
    .select({ id: activities.id, name: activities.name, programName: programs.name, version: activities.version })
    .from(activities)
    .innerJoin(programs, eq(programs.id, activities.programId))
    .where(and(or(...conditions), sql`${activities.archivedAt} is null`))
    .all();
}

export function getImportBatch(db: Db, params: { viewer: Viewer; batchId: number }) {
  assertEditorView(params.viewer);
  const batch = db.select().from(importBatches).where(eq(importBatches.id, params.batchId)).get();
  if (!batch) return null;
  const rows = db.select().from(importProposals).where(eq(importProposals.batchId, batch.id)).orderBy(importProposals.position).all();
  const linked = rows.map((r) => r.activityId).filter((id): id is number => id !== null);
  const names = linked.length ? db.select({ id: activities.id, name: activities.name }).from(activities).where(inArray(activities.id, linked)).all() : [];
  return {
    ...batch,
    lines: batch.sourceText.replace(/\r\n?/g, '\n').split('\n'),
    proposals: rows.map((row) => {
      const record = JSON.parse(row.proposal) as ProposedRecord;
      return {
        id: row.id,
        position: row.position,
        status: row.status,
        version: row.version,
        record,
        decisions: parseDecisions(row.decisions),
        activity: names.find((n) => n.id === row.activityId) ?? null,
        duplicates: row.status === 'pending' ? duplicatesOf(db, record) : [],
      };
    }),
  };
}

export type ImportBatchView = NonNullable<ReturnType<typeof getImportBatch>>;
export type ImportProposalView = ImportBatchView['proposals'][number];
