import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSearchParams, queryOf } from './search-params';

const shape = { page: z.coerce.number().int().min(1).max(1000), action: z.enum(['create', 'update']), from: z.iso.date() };

describe('parseSearchParams', () => {
  it('keeps valid values, skips empty ones and takes the first of repeated ones', () => {
    expect(parseSearchParams(shape, { page: '3', action: ['update', 'create'], from: '' })).toEqual({ values: { page: 3, action: 'update' }, invalid: [] });
  });

  it('drops and names every invalid value', () => {
    const hostile = { page: '-1', action: '<script>alert(1)</script>', from: "2017-01-01' OR 1=1", ignored: 'x' };
    expect(parseSearchParams(shape, hostile)).toEqual({ values: {}, invalid: ['page', 'action', 'from'] });
    expect(parseSearchParams(shape, { page: '9'.repeat(5000) }).invalid).toEqual(['page']);
  });
});

describe('queryOf', () => {
  it('gives the same string for the same parameters, repeated ones and odd characters included', () => {
    const query = queryOf({ from: '2020-01-01', program: ['3', '4'], to: undefined, q: "a&b='c'" });
    expect(query).toBe('from=2020-01-01&program=3&program=4&q=a%26b%3D%27c%27');
    expect(new URLSearchParams(query).getAll('program')).toEqual(['3', '4']);
    expect(queryOf({})).toBe('');
  });
});
