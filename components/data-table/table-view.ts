import type { ColumnSpec, TableSpec, TableState } from '@/lib/table-state';

/** What the server hands a table in the browser: the parsed URL state and one page of results. */
export interface TableView<TRow> {
  rows: TRow[];
  total: number;
  /** More rows match than `total`: counting stopped there. */
  capped?: boolean;
  page: number;
  pageCount: number;
  state: TableState;
  /** URL parameters that could not be read and were left out. */
  ignored: string[];
  columns: Pick<ColumnSpec, 'id' | 'filter' | 'alwaysVisible' | 'sortable'>[];
  defaultSort: TableSpec['defaultSort'];
}

/** What a page hands each table: one page of rows with its state, labels and filter choices. */
export interface TableProps<TRow> {
  view: TableView<TRow>;
  labels: Record<string, string>;
  options: Record<string, FilterOption[]>;
  caption: string;
  canShowArchived: boolean;
}

export interface FilterOption {
  value: string;
  label: string;
  group?: string;
}

/** A spec's columns without the parts that cannot cross to the browser (patterns). */
export const viewColumns = (spec: TableSpec): TableView<unknown>['columns'] =>
  spec.columns.map(({ id, filter, alwaysVisible, sortable }) => ({ id, filter, alwaysVisible, sortable }));
