'use client';

import { Link } from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import type { TableState } from '@/lib/table-state';

/** A column heading that sorts by the column: ascending first, then descending. */
export function DataTableColumnHeader({
  label,
  columnId,
  sort,
  sortable,
  href,
}: {
  label: string;
  columnId: string;
  sort: TableState['sort'];
  sortable: boolean;
  href: (change: Partial<TableState>) => string;
}) {
  const t = useTranslations('dataTable');
  if (!sortable) return <span>{label}</span>;
  const active = sort.id === columnId;
  const next = { id: columnId, desc: active && !sort.desc };
  return (
    <Link
      href={href({ sort: next, page: 1 })}
      className="inline-flex items-center gap-1 hover:text-oas-blue hover:underline"
      aria-label={t(next.desc ? 'sortDescending' : 'sortAscending', { column: label })}
    >
      {label}
      <span aria-hidden="true" className="text-xs text-slate-500">
        {active ? (sort.desc ? '▼' : '▲') : '↕'}
      </span>
    </Link>
  );
}
