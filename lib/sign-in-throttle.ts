/**
 * Slows, then refuses, repeated failed sign-ins for one key (an account, or an address), so that
 * passwords cannot be guessed at speed. Kept in memory: DPS Results runs as one server process
 * on one SQLite file; a restart forgets the counts, which only gives a guesser one fresh window.
 */
export interface ThrottlePolicy {
  /** Failures allowed at full speed within the window. */
  freeFailures: number;
  /** Failures after which the key is locked out. */
  lockAfter: number;
  windowMs: number;
  lockMs: number;
  /** Added wait per failure beyond the free ones, up to maxDelayMs. */
  delayStepMs: number;
  maxDelayMs: number;
}

export const accountThrottlePolicy: ThrottlePolicy = {
  freeFailures: 5,
  lockAfter: 10,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayStepMs: 500,
  maxDelayMs: 4_000,
};

/** An office behind one address holds many people who mistype: more room before a lock. */
export const addressThrottlePolicy: ThrottlePolicy = { ...accountThrottlePolicy, freeFailures: 20, lockAfter: 50 };

// A guesser cycling through made-up emails must not grow the map without end.
const MAX_TRACKED_KEYS = 10_000;

export type ThrottleVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

interface Failures {
  count: number;
  windowStart: number;
  lockedUntil: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether an attempt on this key may go ahead, and after how long a wait. */
  check(key: string): ThrottleVerdict {
    const now = this.now();
    const entry = this.current(key, now);
    if (!entry) return { allowed: true, delayMs: 0 };
    if (entry.lockedUntil > now) return { allowed: false, retryAfterMs: entry.lockedUntil - now };
    const excess = entry.count - this.policy.freeFailures;
    return { allowed: true, delayMs: excess > 0 ? Math.min(excess * this.policy.delayStepMs, this.policy.maxDelayMs) : 0 };
  }

  /** Counts a failure on the key; true when this failure has just locked it. */
  recordFailure(key: string): boolean {
    const now = this.now();
    if (this.failures.size > MAX_TRACKED_KEYS) this.forgetExpired(now);
    const entry = this.current(key, now) ?? { count: 0, windowStart: now, lockedUntil: 0 };
    entry.count += 1;
    this.failures.set(key, entry);
    if (entry.count < this.policy.lockAfter || entry.lockedUntil > now) return false;
    entry.lockedUntil = now + this.policy.lockMs;
    return true;
  }

  /** A correct password clears the account's count (never an address's: one address, many guesses). */
  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private forgetExpired(now: number): void {
    for (const key of [...this.failures.keys()]) this.current(key, now);
  }

  private current(key: string, now: number): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && entry.lockedUntil <= now && now - entry.windowStart > this.policy.windowMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }
}
