import { z } from 'zod';
import { dacSectorCodes } from '@/db/reference-data/dac-sectors';
import { donorKinds, eventKinds, modalities, pillars } from '@/db/schema';
import { checkbox, optionalCount, optionalPartialDate, optionalText, optionalUrl, recordId, repeated, requiredText } from './fields';

const LONG_TEXT = 20_000;
const countryCode = z.string().regex(/^[A-Z]{2}$/);
/** A choice that may be left empty, or left out of the form: both mean "not stated". */
const nullableChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === '' || value === undefined ? null : value), z.enum(values).nullable());

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
  dacSector: nullableChoice(dacSectorCodes),
  summary: optionalText(LONG_TEXT),
  objectives: optionalText(LONG_TEXT),
  url: optionalUrl,
});

const fundingRow = z
  .object({
    donorId: recordId,
    amount: z.preprocess((value) => (value === '' ? null : value), z.coerce.number({ error: 'fundingRow' }).min(0, { error: 'fundingRow' }).max(1e12).nullable()),
    currency: z.preprocess((value) => (value === '' ? null : value), z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, { error: 'currency' }).nullable()),
  })
  .refine((row) => row.amount === null || row.currency !== null, { error: 'amountNeedsCurrency', path: ['currency'] });

/** Funding rows arrive as parallel lists (donorId, amount, currency); a row without a donor is an empty row of the form. */
function fundingRows(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const { donorId, amount, currency, ...rest } = input as Record<string, unknown>;
  const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
  const amounts = list(amount);
  const currencies = list(currency);
  const funding = list(donorId)
    .map((id, index) => ({ donorId: id, amount: amounts[index] ?? '', currency: currencies[index] ?? '' }))
    .filter((row) => row.donorId !== '');
  return { ...rest, funding };
}

export const activitySchema = z.preprocess(
  fundingRows,
  z
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
      funding: z.array(fundingRow).max(50),
    })
    .superRefine((value, ctx) => {
      if (value.commencement && value.completion && value.completion.date < value.commencement.date) {
        ctx.addIssue({ code: 'custom', path: ['completion'], message: 'completionBeforeCommencement' });
      }
      if (value.isOngoing && value.completion) ctx.addIssue({ code: 'custom', path: ['isOngoing'], message: 'ongoingWithCompletion' });
    }),
);

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
