'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db';
import {
  acceptImportProposal,
  discardImportBatch,
  mergeImportProposal,
  rejectImportProposal,
  saveImportDecisions,
} from '@/db/mutations/imports';
import { correctionProblem, reviewFields, type Decisions, type ReviewField } from '@/lib/import/decisions';
import { editorRoles } from '@/lib/forms/editors';
import { validatedAction } from '@/lib/forms/validated-action';
import { recordId } from '@/lib/validation/fields';

const indexes = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int().min(0).max(10_000)).max(1_000),
);

const reviewSchema = z.object({
  batchId: recordId,
  proposalId: recordId,
  version: recordId,
  intent: z.enum(['save', 'accept', 'reject']),
  rejectedEvents: indexes,
  rejectedIndicators: indexes,
}).extend(
  // One decision and one correction box per field of the review.
  Object.fromEntries(
    reviewFields.flatMap((f) => [
      [`decision.${f}`, z.enum(['accept', 'reject', 'correct']).default('accept')],
      [`value.${f}`, z.string().max(20_000).default('')],
    ]),
  ) as Record<`decision.${ReviewField}` | `value.${ReviewField}`, z.ZodDefault<z.ZodString>>,
);

/** Saves the decisions on one proposed record, then accepts or rejects it when asked. */
export const reviewProposalAction = validatedAction({ schema: reviewSchema, roles: editorRoles }, async (input, account) => {
  const t = await getTranslations('import');
  const values = input as unknown as Record<string, string>;
  const fields: Decisions['fields'] = {};
  const fieldErrors: Record<string, string> = {};
  for (const field of reviewFields) {
    const action = values[`decision.${field}`];
    const value = values[`value.${field}`] ?? '';
    if (action === 'reject') fields[field] = { action: 'reject' };
    if (action === 'correct') {
      if (correctionProblem(field, value)) fieldErrors[`value.${field}`] = t('review.invalidCorrection', { hint: t('review.correctionHint') });
      fields[field] = { action: 'correct', value };
    }
  }
  if (Object.keys(fieldErrors).length) return { status: 'error', message: t('review.invalidCorrection', { hint: t('review.correctionHint') }), fieldErrors };

  const { proposalId, version, batchId } = input;
  if (input.intent === 'reject') rejectImportProposal(db, { actor: account, proposalId, version });
  else {
    saveImportDecisions(db, { actor: account, proposalId, version, decisions: { fields, rejectedEvents: input.rejectedEvents, rejectedIndicators: input.rejectedIndicators } });
    if (input.intent === 'accept') acceptImportProposal(db, { actor: account, proposalId, version: version + 1 });
  }
  revalidatePath('/', 'layout');
  redirect(`/import/${batchId}#proposal-${proposalId}`);
});

const mergeSchema = z.object({ batchId: recordId, proposalId: recordId, version: recordId, activityId: recordId, activityVersion: recordId });

/** Merges a proposed record into the existing activity it duplicates. */
export const mergeProposalAction = validatedAction({ schema: mergeSchema, roles: editorRoles }, async ({ batchId, ...params }, account) => {
  mergeImportProposal(db, { actor: account, ...params });
  revalidatePath('/', 'layout');
  redirect(`/import/${batchId}#proposal-${params.proposalId}`);
});

/** Discards a batch: its proposals can no longer be accepted; it stays listed. */
export const discardBatchAction = validatedAction({ schema: z.object({ batchId: recordId }), roles: editorRoles }, async ({ batchId }, account) => {
  discardImportBatch(db, { actor: account, batchId });
  revalidatePath('/import');
  redirect('/import');
});
