'use client';

import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { pageSizes, type TableState } from '@/lib/table-state';

interface Props {
  page: number;
  pageCount: number;
  total: number;
  /** More rows match than `total` (the count stopped there): the pages shown are the first ones. */
  capped: boolean;
  size: number;
  href: (change: Partial<TableState>) => string;
}

/** Where the reader is among the pages, links to the others, and the page size. */
export function DataTablePagination({ page, pageCount, total, capped, size, href }: Props) {
  const t = useTranslations('dataTable');
  const format = useFormatter();
  const router = useRouter();
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  const last = Math.min(page * size, total);
  const sizes = (pageSizes as readonly number[]).includes(size) ? pageSizes : [...pageSizes, size].sort((a, b) => a - b);

  const pageLink = (target: number, label: string, disabled: boolean) =>
    disabled ? (
      <span className="rounded border border-slate-200 px-3 py-1 text-slate-400" aria-disabled="true">
        {label}
      </span>
    ) : (
      <Link href={href({ page: target })} className="rounded border border-slate-300 bg-white px-3 py-1 hover:border-oas-blue hover:text-oas-blue">
        {label}
      </Link>
    );

  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p role="status" data-testid="table-range">
        {t(capped ? 'shownOfMore' : 'shown', { first: format.number(first), last: format.number(last), total: format.number(total) })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2">
          {t('pageSize')}
          <select
            value={size}
            onChange={(e) => router.push(href({ size: Number(e.target.value), page: 1 }))}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {pageLink(1, t('firstPage'), page <= 1)}
        {pageLink(page - 1, t('previousPage'), page <= 1)}
        <span aria-current="page" data-testid="table-page">
          {t(capped ? 'pageOfMore' : 'pageOf', { page: format.number(page), pageCount: format.number(pageCount) })}
        </span>
        {pageLink(page + 1, t('nextPage'), page >= pageCount)}
        {pageLink(pageCount, t('lastPage'), page >= pageCount)}
      </div>
    </nav>
  );
}
