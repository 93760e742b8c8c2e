import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValue } from '@/test/hostile-values';
import { dashboardFiltersSchema, filterKeys, parseDashboardFilters } from './dashboard-filters';
import { countryCodeParamSchema, recordIdParamSchema } from './route-params';
import { tableSpecs } from './table-specs';
import { filterParam, parseTableState, pageSizes } from './table-state';
import * as accountSchemas from './validation/accounts';
import * as recordSchemas from './validation/records';

// Property-based: whatever arrives in a URL or a form, the parsers answer with a valid value or
// a named refusal; they never throw, and never pass a bad value on.

const RUNS = 400;
let cases = 0;

/** URL parameters as Next hands them to a page: a value, or a list when repeated. */
const paramsOf = (names: string[]) =>
  fc.dictionary(fc.constantFrom('__hostile', ...names), fc.oneof(hostileValue, fc.array(hostileValue, { minLength: 2, maxLength: 3 })), { maxKeys: 6 });

describe('hostile URL parameters', () => {
  it('the dashboard filters keep only valid values and name the rest', () => {
    fc.assert(
      fc.property(paramsOf([...filterKeys]), (params) => {
        const { filters, ignored } = parseDashboardFilters(params);
        for (const id of [filters.program, filters.donor]) if (id !== undefined) expect(Number.isSafeInteger(id) && id > 0).toBe(true);
        for (const date of [filters.from, filters.to]) if (date !== undefined) expect(dashboardFiltersSchema.shape.from.safeParse(date).success).toBe(true);
        if (filters.from && filters.to) expect(filters.from <= filters.to).toBe(true);
        if (filters.country) expect(filters.country).toMatch(/^[A-Z]{2}$/);
        expect(ignored.every((key) => (filterKeys as readonly string[]).includes(key))).toBe(true);
        cases++;
      }),
      { numRuns: RUNS },
    );
  });

  it.each(Object.entries(tableSpecs))('the %s table keeps a valid state whatever its parameters', (_name, spec) => {
    const columnParams = spec.columns.flatMap((c) => Object.values(filterParam).map((param) => param(c.id)));
    fc.assert(
      fc.property(paramsOf(['q', 'sort', 'page', 'size', 'hide', 'archived', ...columnParams]), (params) => {
        const { state } = parseTableState(spec, params);
        expect(Number.isSafeInteger(state.page) && state.page >= 1).toBe(true);
        // Any whole size up to the largest offered (the read API's limit shares the schema), never more.
        expect(Number.isSafeInteger(state.size) && state.size >= 1 && state.size <= Math.max(...pageSizes)).toBe(true);
        expect(state.hidden.every((id) => spec.columns.some((c) => c.id === id))).toBe(true);
        if (state.sort) expect(spec.columns.some((c) => c.id === state.sort!.id)).toBe(true);
        cases++;
      }),
      { numRuns: RUNS },
    );
  });

  it('record ids and country codes in paths are parsed or refused, never thrown', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        const id = recordIdParamSchema.safeParse(value);
        if (id.success) expect(Number.isSafeInteger(id.data) && id.data > 0).toBe(true);
        const code = countryCodeParamSchema.safeParse(value);
        if (code.success) expect(code.data).toMatch(/^[A-Z]{2}$/);
        cases++;
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hostile form fields', () => {
  const schemas = { ...recordSchemas, ...accountSchemas } as Record<string, unknown>;
  const formSchemas = Object.entries(schemas).filter(([name, schema]) => name.endsWith('Schema') && typeof (schema as { safeParse?: unknown }).safeParse === 'function');

  it.each(formSchemas)('%s refuses or accepts, never throws', (_name, schema) => {
    const parse = (schema as { safeParse: (input: unknown) => { success: boolean } }).safeParse.bind(schema);
    const names = ['id', 'version', 'name', 'title', 'email', 'role', 'donorId', 'programId', 'activityId', 'kind', 'countries', 'women', 'men', 'notDisaggregated', 'start', 'end', 'commencement', 'completion', 'archived', 'isActive', 'target', 'value'];
    fc.assert(
      fc.property(paramsOf(names), (form) => {
        expect(() => parse(form)).not.toThrow();
        cases++;
      }),
      { numRuns: RUNS },
    );
  });

  it('ran every case', () => {
    expect(cases).toBeGreaterThan(RUNS * 8);
    console.info(`Hostile input (unit): ${cases} generated cases against the URL and form parsers`);
  });
});
