import { describe, expect, it } from 'vitest';
import { countryCodeParamSchema, recordIdParamSchema } from './route-params';

describe('profile path segments', () => {
  it('accept positive ids and two-letter codes', () => {
    expect(recordIdParamSchema.parse('12')).toBe(12);
    expect(countryCodeParamSchema.parse('bz')).toBe('BZ');
  });

  it.each(['0', '-1', '1.5', '1e3', '', ' 1', '9'.repeat(30), 'abc', '1;drop'])('refuse the id %j', (value) => {
    expect(recordIdParamSchema.safeParse(value).success).toBe(false);
  });

  it.each(['', 'B', 'BZE', '1Z', '<s>', "B'"])('refuse the country code %j', (value) => {
    expect(countryCodeParamSchema.safeParse(value).success).toBe(false);
  });
});
