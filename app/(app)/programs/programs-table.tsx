'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { NumberCell, RecordLink } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import type { DataTableFeatures } from '@/components/data-table/features';
import type { TableProps } from '@/components/data-table/table-view';
import type { ProgramRow } from '@/db/queries/programs';

const column = createColumnHelper<DataTableFeatures, ProgramRow>();

const columns = [
  column.display({ id: 'name', cell: ({ row }) => <RecordLink href={`/programs/${row.original.id}`} label={row.original.name} isArchived={row.original.isArchived} />, enableHiding: false }),
  column.display({ id: 'unit', cell: ({ row }) => row.original.unit }),
  column.display({ id: 'activities', cell: ({ row }) => <NumberCell value={row.original.activities} /> }),
  column.display({ id: 'countries', cell: ({ row }) => <NumberCell value={row.original.countries} /> }),
  column.display({ id: 'trained', cell: ({ row }) => <NumberCell value={row.original.trained} /> }),
];

export function ProgramsTable(props: TableProps<ProgramRow>) {
  return <DataTable name="programs" columns={columns} {...props} />;
}
