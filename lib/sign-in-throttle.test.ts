import { describe, expect, it } from 'vitest';
import { accountThrottlePolicy, SignInThrottle } from './sign-in-throttle';

function throttleAt(start = 0) {
  const clock = { now: start };
  return { clock, throttle: new SignInThrottle(accountThrottlePolicy, () => clock.now) };
}

/** Records `times` failures; how many of them locked the key. */
const failTimes = (throttle: SignInThrottle, key: string, times: number) => Array.from({ length: times }, () => throttle.recordFailure(key)).filter(Boolean).length;

describe('SignInThrottle', () => {
  it('lets the first failures through at full speed, then slows each attempt more', () => {
    const { throttle } = throttleAt();
    failTimes(throttle, 'a', 5);
    expect(throttle.check('a')).toEqual({ allowed: true, delayMs: 0 });
    throttle.recordFailure('a');
    expect(throttle.check('a')).toEqual({ allowed: true, delayMs: 500 });
    failTimes(throttle, 'a', 2);
    expect(throttle.check('a')).toEqual({ allowed: true, delayMs: 1500 });
  });

  it('locks a key at the tenth failure, once, and refuses every attempt until the lock ends', () => {
    const { clock, throttle } = throttleAt();
    expect(failTimes(throttle, 'a', 9)).toBe(0);
    expect(failTimes(throttle, 'a', 1)).toBe(1);
    expect(failTimes(throttle, 'a', 3)).toBe(0);
    expect(throttle.check('a')).toEqual({ allowed: false, retryAfterMs: 15 * 60_000 });
    clock.now += 14 * 60_000;
    expect(throttle.check('a')).toMatchObject({ allowed: false });
    clock.now += 61_000;
    expect(throttle.check('a')).toEqual({ allowed: true, delayMs: 0 });
  });

  it('forgets failures older than the window', () => {
    const { clock, throttle } = throttleAt();
    failTimes(throttle, 'a', 8);
    clock.now += 16 * 60_000;
    expect(throttle.check('a')).toEqual({ allowed: true, delayMs: 0 });
    expect(failTimes(throttle, 'a', 9)).toBe(0);
  });

  it('clears a key on success', () => {
    const { throttle } = throttleAt();
    failTimes(throttle, 'a', 7);
    throttle.recordSuccess('a');
    expect(throttle.check('a')).toEqual({ allowed: true, delayMs: 0 });
  });
});
