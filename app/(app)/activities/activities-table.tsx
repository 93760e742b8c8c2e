'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { NotStated, NumberCell, RecordLink, StoredDateCell } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import type { DataTableFeatures } from '@/components/data-table/features';
import type { TableProps } from '@/components/data-table/table-view';
import type { ActivityRow } from '@/db/queries/activities';

const column = createColumnHelper<DataTableFeatures, ActivityRow>();

export function ActivitiesTable(props: TableProps<ActivityRow>) {
  const t = useTranslations('tables');
  const locale = useLocale();
  const columns = useMemo(
    () => [
      column.display({ id: 'name', cell: ({ row }) => <RecordLink href={`/activities/${row.original.id}`} label={row.original.name} isArchived={row.original.isArchived} />, enableHiding: false }),
      column.display({ id: 'program', cell: ({ row }) => row.original.programName }),
      column.display({
        id: 'countries',
        cell: ({ row }) => row.original.countries.map((c) => (locale === 'es' ? c.nameEs : c.nameEn)).join(', ') || <NotStated />,
      }),
      column.display({ id: 'start', cell: ({ row }) => <StoredDateCell date={row.original.commencementDate} precision={row.original.commencementPrecision} /> }),
      column.display({ id: 'end', cell: ({ row }) => <StoredDateCell date={row.original.completionDate} precision={row.original.completionPrecision} /> }),
      column.display({ id: 'status', cell: ({ row }) => t(`status.${row.original.status}`) }),
      column.display({
        id: 'donors',
        cell: ({ row }) => row.original.donors.map((d) => (locale === 'es' ? (d.nameEs ?? d.name) : d.name)).join(', ') || <NotStated />,
      }),
      column.display({ id: 'trained', cell: ({ row }) => <NumberCell value={row.original.trained} /> }),
      column.display({ id: 'shareOfWomen', cell: ({ row }) => <NumberCell value={row.original.shareOfWomen} style="percent" /> }),
    ],
    [t, locale],
  );
  const iati = useTranslations('iatiDownload');
  const iatiExport = {
    id: 'iati',
    label: iati('button'),
    hint: iati('hint'),
    // The IATI file takes the table's filters and sort, not its page size.
    href: (query: URLSearchParams) => {
      const params = new URLSearchParams(query);
      params.delete('size');
      params.set('download', '1');
      return `/api/v1/iati/activities.xml?${params}`;
    },
  };
  return <DataTable name="activities" columns={columns} moreExports={[iatiExport]} {...props} />;
}
