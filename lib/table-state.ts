import { z } from 'zod';

// The state of a server-side table, as it lives in the URL: page, page size, sort, global search,
// per-column filters, hidden columns and the "show archived" toggle. Parsed with the same code on
// the server (to query) and in the browser (to build links), so both read the URL alike.

export type FilterKind = 'text' | 'choice' | 'dateRange' | 'numberRange';

export interface ColumnSpec {
  id: string;
  filter?: FilterKind;
  /** Allowed values of a choice filter: a fixed list, or a pattern for ids and codes. */
  choices?: readonly string[] | RegExp;
  sortable?: boolean;
  /** A column that cannot be hidden (the one that links to the record). */
  alwaysVisible?: boolean;
}

export interface TableSpec {
  columns: readonly ColumnSpec[];
  defaultSort: { id: string; desc: boolean };
}

export type FilterValue =
  | { kind: 'text'; value: string }
  | { kind: 'choice'; value: string }
  | { kind: 'dateRange'; from?: string; to?: string }
  | { kind: 'numberRange'; min?: number; max?: number };

export interface TableState {
  page: number;
  size: number;
  sort: { id: string; desc: boolean };
  q: string;
  filters: Record<string, FilterValue>;
  hidden: string[];
  archived: boolean;
}

export const pageSizes = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
const MAX_TEXT = 200;
const MAX_PAGE = 1_000_000;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

export const tableTextSchema = z.string().trim().min(1).max(MAX_TEXT);
const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE);
export const pageSizeSchema = z.coerce.number().int().min(1).max(Math.max(...pageSizes));
export const tableNumberSchema = z.coerce.number().finite().min(-1e12).max(1e12);
export const tableDateSchema = z.iso.date();

/** URL parameter names of a column's filter. */
export const filterParam = {
  value: (id: string) => `f.${id}`,
  from: (id: string) => `f.${id}.from`,
  to: (id: string) => `f.${id}.to`,
  min: (id: string) => `f.${id}.min`,
  max: (id: string) => `f.${id}.max`,
};

function read(params: Params, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first;
}

function isAllowedChoice(column: ColumnSpec, value: string): boolean {
  if (!column.choices) return false;
  return column.choices instanceof RegExp ? column.choices.test(value) : column.choices.includes(value);
}

/**
 * Reads a table's state from URL parameters. Anything not understood is left out and named in
 * `ignored`, so the page can say so; bad input never fails the request.
 */
export function parseTableState(spec: TableSpec, params: Params): { state: TableState; ignored: string[] } {
  const ignored: string[] = [];
  const parsed = <T>(key: string, schema: z.ZodType<T>): T | undefined => {
    const raw = read(params, key);
    if (raw === undefined) return undefined;
    const result = schema.safeParse(raw);
    if (!result.success) ignored.push(key);
    return result.success ? result.data : undefined;
  };

  const sortRaw = parsed('sort', tableTextSchema);
  const sortId = sortRaw?.replace(/^-/, '');
  const sortable = spec.columns.find((c) => c.id === sortId && c.sortable !== false);
  if (sortRaw !== undefined && !sortable) ignored.push('sort');

  const filters: Record<string, FilterValue> = {};
  for (const column of spec.columns) {
    const id = column.id;
    if (column.filter === 'text') {
      const value = parsed(filterParam.value(id), tableTextSchema);
      if (value !== undefined) filters[id] = { kind: 'text', value };
    } else if (column.filter === 'choice') {
      const value = parsed(filterParam.value(id), tableTextSchema);
      if (value !== undefined && isAllowedChoice(column, value)) filters[id] = { kind: 'choice', value };
      else if (value !== undefined) ignored.push(filterParam.value(id));
    } else if (column.filter === 'dateRange') {
      const from = parsed(filterParam.from(id), tableDateSchema);
      const to = parsed(filterParam.to(id), tableDateSchema);
      if (from && to && from > to) ignored.push(filterParam.from(id), filterParam.to(id));
      else if (from || to) filters[id] = { kind: 'dateRange', from, to };
    } else if (column.filter === 'numberRange') {
      const min = parsed(filterParam.min(id), tableNumberSchema);
      const max = parsed(filterParam.max(id), tableNumberSchema);
      if (min !== undefined && max !== undefined && min > max) ignored.push(filterParam.min(id), filterParam.max(id));
      else if (min !== undefined || max !== undefined) filters[id] = { kind: 'numberRange', min, max };
    }
  }

  const hideable = new Set(spec.columns.filter((c) => !c.alwaysVisible).map((c) => c.id));
  const hidden = (read(params, 'hide') ?? '').split(',').filter((id) => hideable.has(id));

  return {
    state: {
      page: parsed('page', pageSchema) ?? 1,
      size: parsed('size', pageSizeSchema) ?? DEFAULT_PAGE_SIZE,
      sort: sortable ? { id: sortable.id, desc: sortRaw!.startsWith('-') } : spec.defaultSort,
      q: parsed('q', tableTextSchema) ?? '',
      filters,
      hidden,
      archived: read(params, 'archived') === '1',
    },
    ignored,
  };
}

/** The URL parameters of a state, leaving out what equals the default. */
export function tableStateToSearchParams(defaultSort: TableSpec['defaultSort'], state: TableState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [id, filter] of Object.entries(state.filters)) {
    if (filter.kind === 'text' || filter.kind === 'choice') params.set(filterParam.value(id), filter.value);
    if (filter.kind === 'dateRange') {
      if (filter.from) params.set(filterParam.from(id), filter.from);
      if (filter.to) params.set(filterParam.to(id), filter.to);
    }
    if (filter.kind === 'numberRange') {
      if (filter.min !== undefined) params.set(filterParam.min(id), String(filter.min));
      if (filter.max !== undefined) params.set(filterParam.max(id), String(filter.max));
    }
  }
  if (state.sort.id !== defaultSort.id || state.sort.desc !== defaultSort.desc) {
    params.set('sort', `${state.sort.desc ? '-' : ''}${state.sort.id}`);
  }
  if (state.size !== DEFAULT_PAGE_SIZE) params.set('size', String(state.size));
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.hidden.length) params.set('hide', state.hidden.join(','));
  if (state.archived) params.set('archived', '1');
  return params;
}

/** The window of rows a page shows, with the page clamped to the last one there is. */
export function pageWindow(state: Pick<TableState, 'page' | 'size'>, total: number) {
  const pageCount = Math.max(1, Math.ceil(total / state.size));
  const page = Math.min(state.page, pageCount);
  return { page, pageCount, limit: state.size, offset: (page - 1) * state.size };
}
