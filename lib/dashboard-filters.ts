import { z } from 'zod';
import { recordIdParamSchema } from './route-params';

// The dashboard's filters, as they live in the URL. One schema parses them on the server (to
// query) and in the browser (to write the URL), so a bookmarked view means the same everywhere.
// Each parameter is checked on its own: a bad one is dropped and named, the others still apply.

export const filterSubregions = ['north_america', 'central_america', 'caribbean', 'south_america'] as const;
export const filterKeys = ['from', 'to', 'program', 'unit', 'country', 'subregion', 'donor'] as const;
export type FilterKey = (typeof filterKeys)[number];

const isoDate = z.iso.date();

export const dashboardFiltersSchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  program: recordIdParamSchema.optional(),
  unit: z.string().regex(/^[A-Z]{2,10}$/).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  subregion: z.enum(filterSubregions).optional(),
  donor: recordIdParamSchema.optional(),
});

export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

export interface ParsedFilters {
  filters: DashboardFilters;
  /** Parameters that were present but not valid, and so ignored. */
  ignored: FilterKey[];
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function rawValue(params: RawParams, key: FilterKey): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  // A repeated parameter (?country=BZ&country=SV) is ambiguous: treat it as invalid.
  if (Array.isArray(value)) return value.length === 1 ? value[0] : '\u0000';
  return value;
}

/** Reads the filters from URL search parameters; empty values mean "no filter". */
export function parseDashboardFilters(params: RawParams): ParsedFilters {
  const filters: Record<string, unknown> = {};
  const ignored: FilterKey[] = [];
  for (const key of filterKeys) {
    const value = rawValue(params, key)?.trim();
    if (!value) continue;
    const parsed = dashboardFiltersSchema.shape[key].safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
    else ignored.push(key);
  }
  // A period that ends before it starts selects nothing anyone meant: ignore both ends.
  if (typeof filters.from === 'string' && typeof filters.to === 'string' && filters.from > filters.to) {
    delete filters.from;
    delete filters.to;
    ignored.push('from', 'to');
  }
  return { filters: filters as DashboardFilters, ignored };
}

/** The URL query string of a set of filters, keys in a stable order, empty ones left out. */
export function serializeDashboardFilters(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

export const hasPeriod = (filters: DashboardFilters) => filters.from !== undefined || filters.to !== undefined;
export const hasAnyFilter = (filters: DashboardFilters) => filterKeys.some((key) => filters[key] !== undefined);

export interface KnownChoices {
  program: ReadonlySet<string>;
  unit: ReadonlySet<string>;
  country: ReadonlySet<string>;
  donor: ReadonlySet<string>;
}

/**
 * Drops filters naming a program, unit, country or donor the viewer cannot choose (one that does
 * not exist, or lies outside a donor's portfolio), and names them as ignored, like invalid ones.
 */
export function keepKnownChoices({ filters, ignored }: ParsedFilters, known: KnownChoices): ParsedFilters {
  const kept: DashboardFilters = { ...filters };
  const dropped: FilterKey[] = [];
  for (const key of ['program', 'unit', 'country', 'donor'] as const) {
    const value = kept[key];
    if (value !== undefined && !known[key].has(String(value))) {
      delete kept[key];
      dropped.push(key);
    }
  }
  return { filters: kept, ignored: [...ignored, ...dropped] };
}
