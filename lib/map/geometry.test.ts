import { describe, expect, it, vi } from 'vitest';
import { isoNumericByCode, memberStateRecords } from '@/db/reference-data/member-states';
import { easternCaribbeanCodes, mapGeometry } from './geometry';

vi.mock('server-only', () => ({}));

describe('the map geometry', () => {
  it('maps all 35 member states to a distinct ISO numeric code', () => {
    const codes = memberStateRecords.map((state) => state.code).sort();
    expect(Object.keys(isoNumericByCode).sort()).toEqual(codes);
    expect(new Set(Object.values(isoNumericByCode)).size).toBe(35);
  });

  it('draws every member state on the hemisphere, as an outline or, if too small, as a mark', () => {
    const { hemisphere } = mapGeometry();
    expect(hemisphere.countries.map((country) => country.code).sort()).toEqual(Object.keys(isoNumericByCode).sort());
    for (const country of hemisphere.countries) {
      expect(country.path !== '' || country.isSmall, country.code).toBe(true);
      const [x, y] = country.centroid;
      expect(x > 0 && x < hemisphere.width && y > 0 && y < hemisphere.height, country.code).toBe(true);
    }
    expect(hemisphere.countries.find((country) => country.code === 'BR')?.isSmall).toBe(false);
    expect(hemisphere.countries.find((country) => country.code === 'BB')?.isSmall).toBe(true);
  });

  it('draws the Eastern Caribbean states in the inset, far enough apart to be told apart', () => {
    const { easternCaribbean } = mapGeometry();
    const inset = easternCaribbean.countries.filter((country) => (easternCaribbeanCodes as readonly string[]).includes(country.code));
    expect(inset).toHaveLength(easternCaribbeanCodes.length);
    for (const country of inset) expect(country.path, country.code).not.toBe('');
    const at = (code: string) => inset.find((country) => country.code === code)!.centroid;
    const distance = (a: string, b: string) => Math.hypot(at(a)[0] - at(b)[0], at(a)[1] - at(b)[1]);
    // Saint Kitts and Nevis and Antigua and Barbuda are the closest pair: still several marks apart.
    expect(distance('KN', 'AG')).toBeGreaterThan(40);
    expect(distance('BB', 'LC')).toBeGreaterThan(40);
  });

  it('is projected once and kept', () => {
    expect(mapGeometry()).toBe(mapGeometry());
  });
});
