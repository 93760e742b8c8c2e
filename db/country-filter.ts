import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { memberStates } from './schema';

/** A country-code column matches a filter value: a country code, or "sub:<subregion>" for any country in it. */
export function countryFilter(value: string, code: AnyColumn): SQL {
  if (!value.startsWith('sub:')) return eq(code, value);
  return sql`${code} in (select ${memberStates.code} from ${memberStates} where ${memberStates.subregion} = ${value.slice(4)})`;
}
