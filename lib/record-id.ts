import { z } from 'zod';

/** A record id from the URL: a positive whole number of sane size, or null for anything else. */
export const recordIdSchema = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);

export const parseRecordId = (raw: string): number | null => recordIdSchema.safeParse(raw).data ?? null;
