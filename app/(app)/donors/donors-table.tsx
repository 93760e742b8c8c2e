'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { NotStated, NumberCell, RecordLink } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import type { DataTableFeatures } from '@/components/data-table/features';
import type { TableProps } from '@/components/data-table/table-view';
import type { DonorRow } from '@/db/queries/donors';

const column = createColumnHelper<DataTableFeatures, DonorRow>();

export function DonorsTable(props: TableProps<DonorRow>) {
  const t = useTranslations('tables');
  const locale = useLocale();
  const format = useFormatter();
  const columns = useMemo(
    () => [
      column.display({
        id: 'name',
        cell: ({ row }) => (
          <RecordLink href={`/donors/${row.original.id}`} label={locale === 'es' ? (row.original.nameEs ?? row.original.name) : row.original.name} isArchived={row.original.isArchived} />
        ),
        enableHiding: false,
      }),
      column.display({ id: 'kind', cell: ({ row }) => t(`donorKinds.${row.original.kind}`) }),
      column.display({ id: 'activities', cell: ({ row }) => <NumberCell value={row.original.activities} /> }),
      column.display({ id: 'countries', cell: ({ row }) => <NumberCell value={row.original.countries} /> }),
      column.display({
        id: 'amount',
        cell: ({ row }) => {
          const { amount, currency } = row.original;
          if (amount === null) return <NotStated />;
          if (!currency) return t('donors.mixedCurrencies', { amount: format.number(amount) });
          return <span className="tabular-nums">{format.number(amount, { style: 'currency', currency })}</span>;
        },
      }),
    ],
    [t, locale, format],
  );
  return <DataTable name="donors" columns={columns} {...props} />;
}
