// An editor's decisions on a proposed record, field by field, and the values they give.
// accept (the default) keeps the parser's value, reject makes it "not stated", correct replaces it.
import { z } from 'zod';
import { memberStateRecords } from '@/db/reference-data/member-states';
import { countryOf } from './places';
import type { ProposedRecord } from './types';

export const reviewFields = [
  'program', 'unit', 'activity', 'pillar', 'countries', 'start', 'end', 'ongoing', 'donors', 'beneficiaries', 'url', 'summary', 'objectives', 'results',
] as const;
export type ReviewField = (typeof reviewFields)[number];

export const fieldDecision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({ action: z.literal('reject') }),
  z.object({ action: z.literal('correct'), value: z.string().max(20_000) }),
]);
export type FieldDecision = z.infer<typeof fieldDecision>;

export const decisionsSchema = z.object({
  fields: z.partialRecord(z.enum(reviewFields), fieldDecision).default({}),
  /** Indexes of proposed events and indicators the editor rejected. */
  rejectedEvents: z.array(z.number().int().min(0)).default([]),
  rejectedIndicators: z.array(z.number().int().min(0)).default([]),
});
export type Decisions = z.infer<typeof decisionsSchema>;

export const emptyDecisions: Decisions = { fields: {}, rejectedEvents: [], rejectedIndicators: [] };

export function parseDecisions(json: string): Decisions {
  const parsed = decisionsSchema.safeParse(JSON.parse(json || '{}'));
  return parsed.success ? parsed.data : emptyDecisions;
}

const units = ['DPS', 'CICTE', 'CICAD'] as const;
const pillars = ['Democracy', 'Human Rights', 'Integral Development', 'Multidimensional Security'] as const;
const partialDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Why a correction cannot be used, as a message key; null when it can. */
export function correctionProblem(field: ReviewField, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  switch (field) {
    case 'unit':
      return (units as readonly string[]).includes(value.toUpperCase()) ? null : 'unit';
    case 'pillar':
      return pillars.some((p) => p.toLowerCase() === value.toLowerCase()) ? null : 'pillar';
    case 'start':
    case 'end':
      return partialDate.test(value) ? null : 'date';
    case 'ongoing':
      return /^(yes|no|sí|si)$/i.test(value) ? null : 'ongoing';
    case 'countries':
      return splitList(value).every((c) => memberStateRecords.some((r) => r.code === c.toUpperCase())) ? null : 'countries';
    case 'url':
      return /^https?:\/\/\S+$/.test(value) ? null : 'url';
    default:
      return value.length > 20_000 ? 'long' : null;
  }
}

const splitList = (value: string) => value.split(/[;,\n]+/).map((v) => v.trim()).filter(Boolean);

/** The value of a field as corrected text, in the field's own type. */
function corrected(field: ReviewField, raw: string): unknown {
  const value = raw.trim();
  switch (field) {
    case 'countries':
      return splitList(value).map((code) => countryOf(code.toUpperCase())!);
    case 'donors':
      return splitList(value);
    case 'ongoing':
      return /^(yes|sí|si)$/i.test(value);
    case 'unit':
      return value ? value.toUpperCase() : null;
    case 'pillar':
      return pillars.find((p) => p.toLowerCase() === value.toLowerCase()) ?? null;
    default:
      return value || null;
  }
}

const rejected: Record<ReviewField, unknown> = {
  program: null, unit: null, activity: null, pillar: null, countries: [], start: null, end: null, ongoing: false, donors: [],
  beneficiaries: null, url: null, summary: null, objectives: null, results: null,
};

/** The record as the editor's decisions make it. */
export function decidedRecord(proposal: ProposedRecord, decisions: Decisions): ProposedRecord {
  const record = { ...proposal } as unknown as Record<string, unknown>;
  for (const field of reviewFields) {
    const decision = decisions.fields[field];
    if (decision?.action === 'reject') record[field] = rejected[field];
    if (decision?.action === 'correct') record[field] = corrected(field, decision.value);
  }
  const result = record as unknown as ProposedRecord;
  result.events = proposal.events.filter((_e, i) => !decisions.rejectedEvents.includes(i));
  result.indicators = proposal.indicators.filter((_e, i) => !decisions.rejectedIndicators.includes(i));
  return result;
}
