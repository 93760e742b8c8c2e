import { z } from 'zod';
import { toStoredDate } from '@/lib/partial-date';

// Building blocks of the record forms' schemas. FormData gives strings: an empty field means
// "not stated" and becomes null.

/** An empty or absent field is "not stated". */
const emptyToNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);

export const recordId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable());

export const optionalUrl = z.preprocess(
  emptyToNull,
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain })
    .max(2000)
    .nullable(),
);

/** A whole number of people, 0 to a million; empty means not stated. */
export const optionalCount = z.preprocess(emptyToNull, z.coerce.number().int().min(0).max(1_000_000).nullable());

/** A date as precisely as known: '2017-04-12', '2017-04' or '2017'; empty means not stated. */
export const optionalPartialDate = (edge: 'start' | 'end') =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'partialDate' })
      .transform((value, ctx) => {
        try {
          return toStoredDate(value, edge);
        } catch {
          ctx.addIssue({ code: 'custom', message: 'partialDate' });
          return z.NEVER;
        }
      })
      .nullable(),
  );

export const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** Repeated form fields (checkboxes, multi-selects) arrive as an array, a single string, or nothing. */
export const repeated = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value.filter((v) => v !== '') : [value]), z.array(item).max(max));
