import { columnVisibilityFeature, rowPaginationFeature, rowSortingFeature, tableFeatures, type ColumnDef, type RowData } from '@tanstack/react-table';

// Sorting, paging and filtering happen on the server: the table registers the features whose
// state it shows (sort, page, visible columns) and no client row model at all.
export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature, columnVisibilityFeature });

export type DataTableFeatures = typeof dataTableFeatures;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column keeps its own value type
export type DataTableColumn<TRow extends RowData> = ColumnDef<DataTableFeatures, TRow, any>;
