import { describe, expect, it } from 'vitest';
import { subregions } from '@/db/schema';
import { filterSubregions, keepKnownChoices, parseDashboardFilters, serializeDashboardFilters } from './dashboard-filters';

describe('dashboard filters from the URL', () => {
  it('read every filter that is well formed', () => {
    expect(
      parseDashboardFilters({ from: '2017-01-01', to: '2017-12-31', program: '9', unit: 'CICTE', country: 'BZ', subregion: 'caribbean', donor: '1' }),
    ).toEqual({
      filters: { from: '2017-01-01', to: '2017-12-31', program: 9, unit: 'CICTE', country: 'BZ', subregion: 'caribbean', donor: 1 },
      ignored: [],
    });
  });

  it('treat empty parameters as no filter, and ignore parameters they do not know', () => {
    expect(parseDashboardFilters({ from: '', country: '  ', page: '3', sort: 'x' })).toEqual({ filters: {}, ignored: [] });
  });

  it.each([
    ['program', '-1'],
    ['program', '0'],
    ['program', '1.5'],
    ['program', '99999999999999999999999'],
    ['donor', "1 OR 1=1"],
    ['donor', '1e3'],
    ['country', "BZ'; DROP TABLE events; --"],
    ['country', '<script>alert(1)</script>'],
    ['country', 'bz'],
    ['unit', 'x'.repeat(5000)],
    ['subregion', 'atlantis'],
    ['from', '2017-02-30'],
    ['to', '31/12/2017'],
  ])('ignore %s=%s and name it', (key, value) => {
    const { filters, ignored } = parseDashboardFilters({ [key]: value, country: key === 'country' ? value : 'SV' });
    expect(ignored).toContain(key);
    expect(filters).not.toHaveProperty(key);
  });

  it('ignore both ends of a period that ends before it starts', () => {
    expect(parseDashboardFilters({ from: '2018-01-01', to: '2017-01-01', country: 'SV' })).toEqual({
      filters: { country: 'SV' },
      ignored: ['from', 'to'],
    });
  });

  it('ignore a filter given twice, and read URLSearchParams alike', () => {
    expect(parseDashboardFilters({ country: ['BZ', 'SV'] }).ignored).toEqual(['country']);
    expect(parseDashboardFilters(new URLSearchParams('donor=2&from=2016-01-01')).filters).toEqual({ donor: 2, from: '2016-01-01' });
  });

  it('write a stable query string that reads back to the same filters', () => {
    const filters = { subregion: 'caribbean' as const, from: '2016-01-01', program: 10 };
    const query = serializeDashboardFilters(filters);
    expect(query).toBe('from=2016-01-01&program=10&subregion=caribbean');
    expect(parseDashboardFilters(new URLSearchParams(query)).filters).toEqual(filters);
    expect(serializeDashboardFilters({})).toBe('');
  });

  it('drop choices the viewer cannot make, naming them as ignored', () => {
    const known = { program: new Set(['9']), unit: new Set(['DPS']), country: new Set(['BZ']), donor: new Set(['1']) };
    expect(keepKnownChoices(parseDashboardFilters({ donor: '2', program: '9', country: 'ZZ' }), known)).toEqual({
      filters: { program: 9 },
      ignored: ['country', 'donor'],
    });
  });

  it('know the same subregions as the schema', () => {
    expect([...filterSubregions]).toEqual([...subregions]);
  });
});
