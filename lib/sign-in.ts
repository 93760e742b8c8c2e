import { z } from 'zod';
import type { Db } from '@/db/client';
import { recordSignIn, recordSignInLock } from '@/db/mutations/users';
import { getUserForSignIn } from '@/db/queries/users';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { accountThrottlePolicy, addressThrottlePolicy, SignInThrottle, type ThrottleVerdict } from './sign-in-throttle';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(1000),
});

/** Thrown when an account or an address has failed too often; the sign-in form says to wait. */
export class SignInLocked extends Error {
  constructor(readonly retryAfterMs: number) {
    super('locked');
  }
}

export interface SignInThrottles {
  account: SignInThrottle;
  address: SignInThrottle;
}

export const createSignInThrottles = (): SignInThrottles => ({
  account: new SignInThrottle(accountThrottlePolicy),
  address: new SignInThrottle(addressThrottlePolicy),
});

// One pair per server process, shared by every sign-in request.
const globalForThrottles = globalThis as unknown as { dpsSignInThrottles?: SignInThrottles };
const processThrottles = () => (globalForThrottles.dpsSignInThrottles ??= createSignInThrottles());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. Any failure (bad input, unknown account, deactivated account,
 * wrong password) returns null alike, so the answer does not reveal whether an account exists.
 * Repeated failures for one account or from one address are slowed, then refused for a while
 * (SignInLocked), whether or not the password is right.
 */
export async function authenticate(db: Db, input: unknown, options: { address?: string | null; throttles?: SignInThrottles } = {}) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const throttles = options.throttles ?? processThrottles();
  const address = options.address ?? null;

  const verdicts: ThrottleVerdict[] = [throttles.account.check(email), ...(address ? [throttles.address.check(address)] : [])];
  for (const verdict of verdicts) if (!verdict.allowed) throw new SignInLocked(verdict.retryAfterMs);
  const delayMs = Math.max(...verdicts.map((verdict) => (verdict.allowed ? verdict.delayMs : 0)));
  if (delayMs) await sleep(delayMs);

  const user = getUserForSignIn(db, email);
  const isValid = user ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password);
  if (!user || !isValid || !user.isActive) {
    if (throttles.account.recordFailure(email)) recordSignInLock(db, { userId: user?.id ?? null, entityType: 'user', entityId: user?.id ?? email });
    if (address && throttles.address.recordFailure(address)) recordSignInLock(db, { userId: null, entityType: 'address', entityId: address });
    return null;
  }
  throttles.account.recordSuccess(email);
  recordSignIn(db, user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role, donorId: user.donorId };
}
