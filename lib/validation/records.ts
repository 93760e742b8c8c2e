import { z } from 'zod';
import { donorKinds, eventKinds, modalities, pillars } from '@/db/schema';
import { checkbox, optionalCount, optionalPartialDate, optionalText, optionalUrl, recordId, repeated, requiredText } from './fields';

const LONG_TEXT = 20_000;
const countryCode = z.string().regex(/^[A-Z]{2}$/);
const nullableChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === '' ? null : value), z.enum(values).nullable());

/** The version the form was built from, for the conflict check. */
export const versioned = { id: recordId, version: recordId };

export const donorSchema = z.object({
  name: requiredText(200),
  nameEs: optionalText(200),
  kind: z.enum(donorKinds),
  countryCode: z.preprocess((value) => (value === '' ? null : value), countryCode.nullable()),
});

export const programSchema = z.object({
  unitId: recordId,
  name: requiredText(300),
  pillar: nullableChoice(pillars),
  summary: optionalText(LONG_TEXT),
  objectives: optionalText(LONG_TEXT),
  url: optionalUrl,
});

const fundingRow = z.object({
  donorId: recordId,
  amount: z.preprocess((value) => (value === '' ? null : value), z.coerce.number().min(0).max(1e12).nullable()),
  currency: z.preprocess((value) => (value === '' ? null : value), z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).nullable()),
});

export const activitySchema = z
  .object({
    programId: recordId,
    name: requiredText(300),
    commencement: optionalPartialDate('start'),
    completion: optionalPartialDate('end'),
    isOngoing: checkbox,
    targetBeneficiaries: optionalText(2000),
    summary: optionalText(LONG_TEXT),
    objectives: optionalText(LONG_TEXT),
    results: optionalText(LONG_TEXT),
    additionalInfoUrl: optionalUrl,
    countries: repeated(countryCode, 35),
    donorId: repeated(z.string(), 50),
    amount: repeated(z.string(), 50),
    currency: repeated(z.string(), 50),
  })
  .superRefine((value, ctx) => {
    if (value.commencement && value.completion && value.completion.date < value.commencement.date) {
      ctx.addIssue({ code: 'custom', path: ['completion'], message: 'completionBeforeCommencement' });
    }
    if (value.isOngoing && value.completion) ctx.addIssue({ code: 'custom', path: ['isOngoing'], message: 'ongoingWithCompletion' });
  })
  .transform(({ donorId, amount, currency, ...rest }, ctx) => {
    // Funding rows arrive as parallel lists; a row without a donor is an empty row of the form.
    const funding = [];
    for (const [index, id] of donorId.entries()) {
      const row = fundingRow.safeParse({ donorId: id, amount: amount[index] ?? '', currency: currency[index] ?? '' });
      if (!row.success) {
        ctx.addIssue({ code: 'custom', path: ['funding'], message: 'fundingRow' });
        return z.NEVER;
      }
      if (row.data.amount !== null && row.data.currency === null) {
        ctx.addIssue({ code: 'custom', path: ['funding'], message: 'amountNeedsCurrency' });
        return z.NEVER;
      }
      funding.push(row.data);
    }
    return { ...rest, funding };
  });

export const eventSchema = z
  .object({
    activityId: recordId,
    kind: z.enum(eventKinds),
    title: requiredText(300),
    countryCode: z.preprocess((value) => (value === '' ? null : value), countryCode.nullable()),
    start: optionalPartialDate('start'),
    end: optionalPartialDate('end'),
    venue: optionalText(300),
    modality: nullableChoice(modalities),
    sectors: repeated(z.string().regex(/^[a-z_]{1,40}$/), 30),
    women: optionalCount,
    men: optionalCount,
    notDisaggregated: optionalCount,
    isApproximate: checkbox,
    confirmOutsidePeriod: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.start && value.end && value.end.date < value.start.date) ctx.addIssue({ code: 'custom', path: ['end'], message: 'endBeforeStart' });
  });

export const indicatorSchema = z.object({
  activityId: recordId,
  name: requiredText(300),
  target: z.coerce.number().positive().max(1e9),
  eventIds: repeated(recordId, 500),
});

export const measurementSchema = z.object({
  indicatorId: recordId,
  value: z.coerce.number().min(0).max(1e9),
  measuredOn: z.iso.date(),
  note: optionalText(2000),
});

export const archiveSchema = z.object({ ...versioned, archived: z.enum(['true', 'false']).transform((v) => v === 'true') });
