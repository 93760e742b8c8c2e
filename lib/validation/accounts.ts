import { z } from 'zod';
import { roles } from '@/db/schema';

const id = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** A select's empty option means "no donor". */
const optionalDonorId = z.preprocess((value) => (value === '' || value === undefined ? null : value), id.nullable());

const donorLinkRule = <T extends { role: string; donorId: number | null }>(value: T, ctx: z.RefinementCtx) => {
  if (value.role === 'donor' && value.donorId === null) ctx.addIssue({ code: 'custom', path: ['donorId'], message: 'donorRequired' });
  if (value.role !== 'donor' && value.donorId !== null) ctx.addIssue({ code: 'custom', path: ['donorId'], message: 'donorOnlyForDonors' });
};

export const inviteAccountSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
    name: z.string().trim().min(1).max(200),
    role: z.enum(roles),
    donorId: optionalDonorId,
  })
  .superRefine(donorLinkRule);

export const accountAccessSchema = z
  .object({ id, version: id, role: z.enum(roles), donorId: optionalDonorId })
  .superRefine(donorLinkRule);

export const accountActiveSchema = z.object({ id, version: id, isActive: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const accountPasswordResetSchema = z.object({ id, version: id });
