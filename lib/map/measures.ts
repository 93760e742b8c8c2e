import { z } from 'zod';
import { serializeDashboardFilters, type DashboardFilters } from '@/lib/dashboard-filters';
import type { CountryFigures } from '@/db/queries/map-figures';
import { countClasses, shareClasses, type MapClass } from './classes';

// What the map shades countries by, chosen in the URL (?measure=…) next to the dashboard filters.

export const mapMeasures = ['trained', 'women', 'activities'] as const;
export type MapMeasure = (typeof mapMeasures)[number];
export const DEFAULT_MEASURE: MapMeasure = 'trained';

const measureSchema = z.enum(mapMeasures);

/** The measure named in the URL; an absent or unknown one falls back to people trained, and says so. */
export function parseMapMeasure(raw: string | string[] | undefined): { measure: MapMeasure; isIgnored: boolean } {
  if (raw === undefined || raw === '') return { measure: DEFAULT_MEASURE, isIgnored: false };
  const parsed = measureSchema.safeParse(raw);
  return parsed.success ? { measure: parsed.data, isIgnored: false } : { measure: DEFAULT_MEASURE, isIgnored: true };
}

/** A country's value for the measure, or null when it has none to shade (nothing counted, or no gender recorded). */
export function measureValue(country: CountryFigures, measure: MapMeasure): number | null {
  switch (measure) {
    case 'trained':
      return country.total > 0 ? country.total : null;
    case 'activities':
      return country.activities > 0 ? country.activities : null;
    case 'women':
      return country.womenShare.share;
  }
}

/** The classes of the measure over these countries. */
export function measureClasses(countries: CountryFigures[], measure: MapMeasure): readonly MapClass[] {
  if (measure === 'women') return shareClasses;
  return countClasses(countries.map((country) => measureValue(country, measure) ?? 0));
}

/** A country where DPS has no activity and trained nobody: drawn as "none", not as the lowest class. */
export const hasNoActivity = (country: CountryFigures) => country.activities === 0 && country.total === 0;

/** The map page's address for a measure under a set of dashboard filters. */
export function mapHref(filters: DashboardFilters, measure: MapMeasure): string {
  const params = new URLSearchParams(serializeDashboardFilters(filters));
  params.set('measure', measure);
  return `/map?${params}`;
}
