'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { Link } from '@/components/ui/link';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { NotStated, NumberCell, RecordLink, StoredDateCell } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import type { DataTableFeatures } from '@/components/data-table/features';
import type { TableProps } from '@/components/data-table/table-view';
import type { EventRow } from '@/db/queries/events';

const column = createColumnHelper<DataTableFeatures, EventRow>();

export function EventsTable(props: TableProps<EventRow>) {
  const t = useTranslations('tables');
  const locale = useLocale();
  const columns = useMemo(
    () => [
      column.display({ id: 'title', cell: ({ row }) => <RecordLink href={`/events/${row.original.id}`} label={row.original.title} isArchived={row.original.isArchived} />, enableHiding: false }),
      column.display({ id: 'kind', cell: ({ row }) => t(`eventKinds.${row.original.kind}`) }),
      column.display({
        id: 'activity',
        cell: ({ row }) => (
          <Link href={`/activities/${row.original.activityId}`} className="text-oas-blue underline-offset-2 hover:underline">
            {row.original.activityName}
          </Link>
        ),
      }),
      column.display({
        id: 'country',
        cell: ({ row }) => (row.original.countryCode ? ((locale === 'es' ? row.original.countryNameEs : row.original.countryNameEn) ?? row.original.countryCode) : <NotStated />),
      }),
      column.display({ id: 'date', cell: ({ row }) => <StoredDateCell date={row.original.startDate} precision={row.original.startPrecision} /> }),
      column.display({ id: 'modality', cell: ({ row }) => (row.original.modality ? t(`modalities.${row.original.modality}`) : <NotStated />) }),
      column.display({ id: 'women', cell: ({ row }) => <NumberCell value={row.original.women} /> }),
      column.display({ id: 'men', cell: ({ row }) => <NumberCell value={row.original.men} /> }),
      column.display({ id: 'notDisaggregated', cell: ({ row }) => <NumberCell value={row.original.notDisaggregated} /> }),
      column.display({
        id: 'total',
        cell: ({ row }) => (
          <span className="font-medium">
            {row.original.isApproximate ? '~' : null}
            <NumberCell value={row.original.total} />
          </span>
        ),
      }),
    ],
    [t, locale],
  );
  return <DataTable name="events" columns={columns} {...props} />;
}
