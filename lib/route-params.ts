import { z } from 'zod';

// Path segments of profile pages. Anything else (negative, huge, "1e3", letters) is not a page.

export const recordIdParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,14}$/)
  .transform(Number);

export const countryCodeParamSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((code) => code.toUpperCase());
