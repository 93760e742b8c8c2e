import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitConfigFromEnv } from './rate-limit';

describe('the rate limiter', () => {
  it('allows the limit per window and key, then says how long to wait', () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 10_000 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 1000)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.take('a', 2000)).toMatchObject({ allowed: false, resetSeconds: 8 });
    expect(limiter.take('b', 2000).allowed).toBe(true);
    expect(limiter.take('a', 10_000).allowed).toBe(true);
  });

  it('reads its configuration from the environment, ignoring nonsense', () => {
    expect(rateLimitConfigFromEnv({})).toEqual({ limit: 300, windowMs: 60_000 });
    expect(rateLimitConfigFromEnv({ API_RATE_LIMIT: '5', API_RATE_WINDOW_SECONDS: '2' })).toEqual({ limit: 5, windowMs: 2000 });
    expect(rateLimitConfigFromEnv({ API_RATE_LIMIT: '-1', API_RATE_WINDOW_SECONDS: 'x' })).toEqual({ limit: 300, windowMs: 60_000 });
  });
});
