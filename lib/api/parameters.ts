import { z } from 'zod';
import { dashboardFiltersSchema, filterKeys, keepKnownChoices, parseDashboardFilters, type DashboardFilters, type KnownChoices } from '@/lib/dashboard-filters';
import { DEFAULT_PAGE_SIZE, filterParam, pageSizeSchema, parseTableState, tableDateSchema, tableNumberSchema, tableTextSchema, type TableSpec, type TableState } from '@/lib/table-state';
import { decodeCursor } from './cursor';
import { InvalidParameters, type ParameterProblem } from './problem';

// The query parameters of each kind of endpoint, described once: the same list checks a request
// (unknown or repeated names are refused) and documents the endpoint in the OpenAPI document.
// Values are parsed by the schemas the screens use: lib/table-state.ts for the tables' filters,
// lib/dashboard-filters.ts for the dashboard's.

export interface ParameterSpec {
  name: string;
  schema: z.ZodType;
  description: string;
}

const archivedSchema = z.enum(['0', '1']);
const cursorSchema = z.string().max(200);

function choiceSchema(choices: readonly string[] | RegExp | undefined): z.ZodType {
  if (choices instanceof RegExp) return z.string().regex(choices);
  return choices && choices.length > 0 ? z.enum(choices as [string, ...string[]]) : tableTextSchema;
}

/** The parameters of a table's list endpoint: search, sort, per-column filters, limit, cursor. */
export function tableParameters(spec: TableSpec): ParameterSpec[] {
  const sortable = spec.columns.filter((c) => c.sortable !== false).map((c) => c.id);
  const parameters: ParameterSpec[] = [
    { name: 'q', schema: tableTextSchema, description: 'Text searched for in the searchable columns (case-insensitive).' },
    {
      name: 'sort',
      schema: z.enum(sortable.flatMap((id) => [id, `-${id}`]) as [string, ...string[]]),
      description: `Column to sort by; a leading "-" sorts descending. Default: ${spec.defaultSort.desc ? '-' : ''}${spec.defaultSort.id}.`,
    },
  ];
  for (const column of spec.columns) {
    const id = column.id;
    if (column.filter === 'text') parameters.push({ name: filterParam.value(id), schema: tableTextSchema, description: `${id} contains this text.` });
    if (column.filter === 'choice') parameters.push({ name: filterParam.value(id), schema: choiceSchema(column.choices), description: `${id} is this value.` });
    if (column.filter === 'dateRange') {
      parameters.push({ name: filterParam.from(id), schema: tableDateSchema, description: `${id} on or after this date.` });
      parameters.push({ name: filterParam.to(id), schema: tableDateSchema, description: `${id} on or before this date.` });
    }
    if (column.filter === 'numberRange') {
      parameters.push({ name: filterParam.min(id), schema: tableNumberSchema, description: `${id} at least this number.` });
      parameters.push({ name: filterParam.max(id), schema: tableNumberSchema, description: `${id} at most this number.` });
    }
  }
  parameters.push({ name: 'archived', schema: archivedSchema, description: 'Staff only: 1 includes archived records (ignored for donors).' }, ...pageParameters);
  return parameters;
}

/** The parameters of every paged list: how many records a page holds, and which page. */
const pageParameters: ParameterSpec[] = [
  { name: 'limit', schema: pageSizeSchema, description: `Records per page, 1 to 100. Default: ${DEFAULT_PAGE_SIZE}.` },
  { name: 'cursor', schema: cursorSchema, description: 'The nextCursor of the previous page, sent with the same other parameters.' },
];

/** The dashboard's filters, as the dashboard reads them from its URL. */
export const dashboardParameters: ParameterSpec[] = filterKeys.map((key) => ({
  name: key,
  schema: dashboardFiltersSchema.shape[key],
  description: {
    from: 'Period start (YYYY-MM-DD): events starting on or after it; activities overlapping the period.',
    to: 'Period end (YYYY-MM-DD).',
    program: 'Program id.',
    unit: 'Unit code (DPS, CICTE, CICAD).',
    country: 'Member state, ISO 3166-1 alpha-2.',
    subregion: 'Subregion.',
    donor: 'Donor id.',
  }[key],
}));

const invalidValue = (parameter: string): ParameterProblem => ({ parameter, detail: `The value of ${parameter} is not valid; see the API reference for what it accepts.` });

/** Names the endpoint does not know, and names given more than once. */
function unknownParameters(params: URLSearchParams, known: ParameterSpec[]): ParameterProblem[] {
  const names = new Set(known.map((p) => p.name));
  const errors: ParameterProblem[] = [];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!names.has(name)) errors.push({ parameter: name, detail: `${name} is not a parameter of this endpoint.` });
    else if (params.getAll(name).length > 1) errors.push({ parameter: name, detail: `${name} is given more than once.` });
  }
  return errors;
}

/** Refuses names the endpoint does not know, and any name given more than once. */
export function assertKnownParameters(params: URLSearchParams, known: ParameterSpec[]): void {
  const errors = unknownParameters(params, known);
  if (errors.length) throw new InvalidParameters(errors);
}

function readTableFilters(spec: TableSpec, params: URLSearchParams, known: ParameterSpec[]) {
  const { state, ignored } = parseTableState(spec, params);
  const errors = [...unknownParameters(params, known), ...[...new Set(ignored)].map(invalidValue)];
  const archived = params.get('archived');
  if (archived !== null && !archivedSchema.safeParse(archived).success) errors.push(invalidValue('archived'));
  return { state, errors };
}

/** The filters, search and sort of a table's query, as the screens would read the same parameters. */
export function parseTableFilters(spec: TableSpec, params: URLSearchParams, known: ParameterSpec[]): TableState {
  const { state, errors } = readTableFilters(spec, params, known);
  if (errors.length) throw new InvalidParameters(errors);
  return state;
}

/**
 * The page a list's limit and cursor point to, once the other parameters' errors are known: all
 * of them are refused together, and the cursor is read only when the rest is valid.
 */
function readPage(params: URLSearchParams, errors: ParameterProblem[]): { page: number; limit: number } {
  const limit = params.has('limit') ? pageSizeSchema.safeParse(params.get('limit')) : undefined;
  if (limit && !limit.success && !errors.some((e) => e.parameter === 'limit')) errors.push(invalidValue('limit'));
  if (errors.length) throw new InvalidParameters(errors);
  return { page: decodeCursor(params), limit: limit?.data ?? DEFAULT_PAGE_SIZE };
}

/** A table endpoint's query: its filters, and the page the cursor points to. */
export function parseTableQuery(spec: TableSpec, params: URLSearchParams): { state: TableState; limit: number } {
  const { state, errors } = readTableFilters(spec, params, tableParameters(spec));
  const { page, limit } = readPage(params, errors);
  return { state: { ...state, page, size: limit }, limit };
}

/** The dashboard's filters, as the dashboard reads them; a program, unit, country or donor the viewer cannot choose is an error. */
function readDashboardFilters(params: URLSearchParams, known: KnownChoices, endpointParameters: ParameterSpec[]) {
  const { filters, ignored } = keepKnownChoices(parseDashboardFilters(params), known);
  return { filters, errors: [...unknownParameters(params, endpointParameters), ...[...new Set(ignored)].map(invalidValue)] };
}

/**
 * The dashboard filters of a request. A program, unit, country or donor the viewer cannot choose
 * (unknown, or outside a donor's portfolio) is refused like a malformed value.
 */
export function parseDashboardQuery(params: URLSearchParams, known: KnownChoices): DashboardFilters {
  const { filters, errors } = readDashboardFilters(params, known, dashboardParameters);
  if (errors.length) throw new InvalidParameters(errors);
  return filters;
}

/** The parameters of a paged list with the dashboard's filters (the indicators). */
export const pagedDashboardParameters: ParameterSpec[] = [...dashboardParameters, ...pageParameters];

/** A paged list's dashboard filters, and the page its cursor points to. */
export function parsePagedDashboardQuery(params: URLSearchParams, known: KnownChoices): { filters: DashboardFilters; page: number; limit: number } {
  const { filters, errors } = readDashboardFilters(params, known, pagedDashboardParameters);
  return { filters, ...readPage(params, errors) };
}

/** Endpoints without parameters still refuse any they are sent. */
export const assertNoParameters = (params: URLSearchParams) => assertKnownParameters(params, []);
