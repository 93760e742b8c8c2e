import type { z } from 'zod';

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads URL search parameters field by field: a valid field is kept, an invalid one is dropped
 * and named in `invalid`, so a page can ignore it with a notice instead of failing.
 */
export function parseSearchParams<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  params: SearchParams,
): { values: { [K in keyof Shape]?: z.output<Shape[K]> }; invalid: string[] } {
  const values: { [K in keyof Shape]?: z.output<Shape[K]> } = {};
  const invalid: string[] = [];
  for (const key of Object.keys(shape) as (keyof Shape & string)[]) {
    const raw = params[key];
    if (raw === undefined || raw === '') continue;
    const parsed = shape[key]!.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (parsed.success) values[key] = parsed.data as z.output<Shape[typeof key]>;
    else invalid.push(key);
  }
  return { values, invalid };
}

/** A page's search parameters as a query string, in their order. */
export function queryOf(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) for (const one of [value ?? []].flat()) query.append(name, one);
  return query.toString();
}
