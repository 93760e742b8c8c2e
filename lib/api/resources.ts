import { z } from 'zod';
import { activityStatuses } from '@/db/activity-status';
import { datePrecisions, donorKinds, eventKinds, modalities, pillars, subregions } from '@/db/schema';

// The JSON the read API answers, as zod schemas: they document each response in the OpenAPI
// document and type the mapping from query rows to JSON (lib/api/handlers.ts), so a renamed
// column cannot silently rename a field. Field names are stable camelCase; null means "not stated".

const id = z.number().int().positive();
const date = z.iso.date().nullable();
const precision = z.enum(datePrecisions).nullable();
const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable().describe('Women as a share of trained people whose gender is recorded (0–1), null when none is.');

const country = z.object({ code: z.string().length(2), nameEn: z.string(), nameEs: z.string() });
const donorRef = z.object({ id, name: z.string(), nameEs: z.string().nullable() });

const genderCounts = { women: count, men: count, notDisaggregated: count, total: count };

export const pageInfo = z.object({
  total: count.describe('How many records the filters select, over all pages.'),
  limit: z.number().int().min(1).max(100),
  nextCursor: z.string().nullable().describe('Pass as `cursor` (with the same other parameters) for the next page; null on the last.'),
});

export const activityItem = z.object({
  id,
  name: z.string(),
  programId: id,
  programName: z.string(),
  commencementDate: date,
  commencementPrecision: precision,
  completionDate: date,
  completionPrecision: precision,
  status: z.enum(activityStatuses),
  isArchived: z.boolean(),
  trained: count,
  shareOfWomen: share,
  countries: z.array(country),
  donors: z.array(donorRef),
});

export const indicatorItem = z.object({
  id,
  name: z.string(),
  target: z.number(),
  activityId: id,
  activityName: z.string(),
  programId: id,
  programName: z.string(),
  value: z.number().nullable().describe('Progress so far; null when nothing is linked or measured yet.'),
  ratio: z.number().nullable().describe('value / target.'),
  source: z.enum(['events', 'measured']).nullable(),
});


export const eventItem = z.object({
  id,
  kind: z.enum(eventKinds),
  title: z.string(),
  activityId: id,
  activityName: z.string(),
  countryCode: z.string().nullable(),
  countryNameEn: z.string().nullable(),
  countryNameEs: z.string().nullable(),
  startDate: date,
  startPrecision: precision,
  endDate: date,
  endPrecision: precision,
  modality: z.enum(modalities).nullable(),
  women: count.nullable(),
  men: count.nullable(),
  notDisaggregated: count.nullable(),
  total: count,
  isApproximate: z.boolean(),
  isArchived: z.boolean(),
});

/** An event as an activity's detail lists it. */
const activityEvent = eventItem.pick({
  id: true,
  kind: true,
  title: true,
  countryCode: true,
  startDate: true,
  startPrecision: true,
  modality: true,
  women: true,
  men: true,
  notDisaggregated: true,
  total: true,
  isApproximate: true,
});

export const activityDetail = activityItem.omit({ trained: true, shareOfWomen: true, donors: true }).extend({
  pillar: z.enum(pillars).nullable(),
  unitCode: z.string(),
  isOngoing: z.boolean(),
  targetBeneficiaries: z.string().nullable(),
  summary: z.string().nullable(),
  objectives: z.string().nullable(),
  results: z.string().nullable(),
  additionalInfoUrl: z.string().nullable(),
  donors: z.array(donorRef.extend({ amount: z.number().nullable(), currency: z.string().nullable() })),
  events: z.array(activityEvent),
  indicators: z.array(indicatorItem),
});

export const programItem = z.object({ id, name: z.string(), unit: z.string(), isArchived: z.boolean(), activities: count, countries: count, trained: count });


export const eventDetail = eventItem.extend({
  venue: z.string().nullable(),
  programId: id,
  programName: z.string(),
  sectors: z.array(z.object({ code: z.string(), nameEn: z.string(), nameEs: z.string() })),
});

export const donorItem = z.object({
  id,
  name: z.string(),
  nameEs: z.string().nullable(),
  kind: z.enum(donorKinds),
  isArchived: z.boolean(),
  activities: count,
  countries: count,
  amount: z.number().nullable().describe('Sum of the amounts stated; null when none is.'),
  currency: z.string().nullable().describe('Currency of the amount; null when none or several.'),
});

export const countryItem = z.object({ code: z.string().length(2), nameEn: z.string(), nameEs: z.string(), subregion: z.enum(subregions), activities: count, ...genderCounts });

export const dashboardSummary = z.object({
  figures: z.object({
    peopleTrained: count,
    trainedWomen: count,
    trainedMen: count,
    trainedNotDisaggregated: count,
    shareOfWomen: share,
    genderRecordedBase: count,
    meetingParticipants: count,
    countriesReached: count,
    activities: count,
    ongoingActivities: count,
    donors: count,
  }),
  leftOutByPeriod: z.object({ events: count, peopleTrained: count, activities: count }).describe('What a period filter leaves out for having no stated date.'),
  trainedByCountry: z.array(z.object({ countryCode: z.string().nullable(), nameEn: z.string().nullable(), nameEs: z.string().nullable(), ...genderCounts })),
  trainedByYear: z.array(z.object({ year: z.string().nullable(), ...genderCounts })),
  trainedByProgram: z.array(z.object({ programId: id, name: z.string(), ...genderCounts })),
});

/** A list answer: the records of one page and how to get the next. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), page: pageInfo });
/** An answer holding every record at once (small reference lists). */
export const allOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });
/** A single record. */
export const oneOf = <T extends z.ZodType>(item: T) => z.object({ data: item });

export const problemDocument = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ parameter: z.string(), detail: z.string() })).optional(),
});
