import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import type { Viewer } from '../viewer';
import { getMemberState, listCountrySummaries } from './countries';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const viewer: Viewer = { id: 1, role: 'viewer', donorId: null };

describe('countries', () => {
  it('list all 35 member states, those with no activity too, with their totals', () => {
    const rows = listCountrySummaries(db, { viewer });
    expect(rows).toHaveLength(35);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.BZ).toMatchObject({ activities: 6, total: 23, women: 1, men: 22, notDisaggregated: 0 });
    expect(byCode.AG).toMatchObject({ activities: 1, total: 45, notDisaggregated: 45 });
    expect(byCode.AR).toMatchObject({ activities: 0, total: 0 });
    expect(rows.filter((r) => r.activities > 0)).toHaveLength(11);
    // The airport workshop (28) states no country, so the countries add up to 155 - 28.
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(127);
  });

  it("count only a donor's portfolio", () => {
    const rows = listCountrySummaries(db, { viewer: { id: 4, role: 'donor', donorId: 1 } });
    expect(rows).toHaveLength(35);
    expect(rows.filter((r) => r.activities > 0 || r.total > 0).map((r) => [r.code, r.activities, r.total])).toEqual([
      ['AG', 1, 45],
      ['BZ', 2, 23],
    ]);
  });

  it('find a member state by code, and nothing for an unknown one', () => {
    expect(getMemberState(db, 'SV')).toMatchObject({ nameEn: 'El Salvador', nameEs: 'El Salvador', subregion: 'central_america' });
    expect(getMemberState(db, 'ZZ')).toBeUndefined();
  });
});
