import { describe, expect, it } from 'vitest';
import { assertSessionSecret, sessionMaxAgeSeconds } from './session-settings';

const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

describe('session settings', () => {
  it('lasts a working day unless SESSION_MAX_AGE_HOURS says otherwise', () => {
    expect(sessionMaxAgeSeconds(env({}))).toBe(8 * 3600);
    expect(sessionMaxAgeSeconds(env({ SESSION_MAX_AGE_HOURS: '0.5' }))).toBe(1800);
  });

  it.each(['0', '-1', 'eight', '1e9', ''])('refuses SESSION_MAX_AGE_HOURS=%j', (value) => {
    expect(() => sessionMaxAgeSeconds(env({ SESSION_MAX_AGE_HOURS: value }))).toThrow(/SESSION_MAX_AGE_HOURS/);
  });

  it('requires a long secret in production only', () => {
    expect(() => assertSessionSecret(env({ NODE_ENV: 'production' }))).toThrow(/NEXTAUTH_SECRET/);
    expect(() => assertSessionSecret(env({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'short' }))).toThrow(/NEXTAUTH_SECRET/);
    expect(() => assertSessionSecret(env({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(43) }))).not.toThrow();
    expect(() => assertSessionSecret(env({ NODE_ENV: 'development' }))).not.toThrow();
  });
});
