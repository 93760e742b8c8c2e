import { describe, expect, it } from 'vitest';
import type { CountryFigures } from '@/db/queries/map-figures';
import { countClasses } from './classes';
import { measureClasses, parseMapMeasure } from './measures';
import { NO_FIGURE_FILL, classFills, fillOf, shadeOf } from './shading';

const country = (code: string, figures: Partial<CountryFigures>): CountryFigures => ({
  code,
  nameEn: code,
  nameEs: code,
  subregion: 'caribbean',
  women: 0,
  men: 0,
  notDisaggregated: 0,
  total: 0,
  activities: 0,
  womenShare: { women: 0, base: 0, share: null },
  ...figures,
});

describe('shading', () => {
  const countries: [CountryFigures, CountryFigures, CountryFigures, CountryFigures] = [
    country('BR', {}),
    country('CR', { activities: 1 }),
    country('BB', { activities: 2, total: 22, women: 7, men: 15, womenShare: { women: 7, base: 22, share: 7 / 22 } }),
    country('AG', { activities: 1, total: 45, notDisaggregated: 45 }),
  ];

  it('draws a country with no activity as "none", one with activities but no figure as "no figure"', () => {
    const classes = measureClasses(countries, 'trained');
    expect(shadeOf(countries[0], 'trained', classes)).toEqual({ kind: 'none' });
    expect(shadeOf(countries[1], 'trained', classes)).toEqual({ kind: 'noFigure' });
    expect(shadeOf(countries[3], 'trained', classes)).toEqual({ kind: 'class', index: 1 });
    expect(shadeOf(countries[3], 'women', measureClasses(countries, 'women'))).toEqual({ kind: 'noFigure' });
    expect(shadeOf(countries[2], 'women', measureClasses(countries, 'women'))).toEqual({ kind: 'class', index: 1 });
    expect(shadeOf(countries[1], 'activities', measureClasses(countries, 'activities'))).toEqual({ kind: 'class', index: 0 });
  });

  it('never paints "none" or "no figure" in a class colour', () => {
    const fills = classFills(countClasses([1, 2, 3, 4, 5]).length);
    expect(fills).toHaveLength(5);
    expect(new Set(fills).size).toBe(5);
    expect(fillOf({ kind: 'none' }, fills, 'hatch')).toBe('url(#hatch)');
    expect(fills).not.toContain(NO_FIGURE_FILL);
    expect(classFills(2)).toEqual(['#c6dbef', '#08519c']);
  });
});

describe('the measure in the URL', () => {
  it('defaults to people trained, and names an unknown one as ignored', () => {
    expect(parseMapMeasure(undefined)).toEqual({ measure: 'trained', isIgnored: false });
    expect(parseMapMeasure('women')).toEqual({ measure: 'women', isIgnored: false });
    expect(parseMapMeasure('<script>')).toEqual({ measure: 'trained', isIgnored: true });
    expect(parseMapMeasure(['women', 'trained'])).toEqual({ measure: 'trained', isIgnored: true });
  });
});
