'use client';

import { Link } from '@/components/ui/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { DatePrecision } from '@/db/schema';
import { formatStoredDate } from '@/lib/partial-date';

// Cells every table shares: a link to the record, a date with its precision, a count that may
// be "not stated".

export function RecordLink({ href, label, isArchived }: { href: string; label: string; isArchived?: boolean }) {
  const t = useTranslations('dataTable');
  return (
    <span className="flex flex-wrap items-baseline gap-2">
      <Link href={href} className="font-medium text-oas-blue underline-offset-2 hover:underline">
        {label}
      </Link>
      {isArchived ? <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-700">{t('archived')}</span> : null}
    </span>
  );
}

export function NotStated() {
  const t = useTranslations('common');
  return <span className="whitespace-nowrap text-slate-500 italic">{t('notStated')}</span>;
}

export function StoredDateCell({ date, precision }: { date: string | null; precision: DatePrecision | null }) {
  const locale = useLocale();
  if (!date || !precision) return <NotStated />;
  return <span className="whitespace-nowrap">{formatStoredDate(date, precision, locale)}</span>;
}

export function NumberCell({ value, style }: { value: number | null; style?: 'percent' }) {
  const format = useFormatter();
  if (value === null) return <NotStated />;
  return (
    <span className="tabular-nums">
      {style === 'percent' ? format.number(value, { style: 'percent', maximumFractionDigits: 0 }) : format.number(value)}
    </span>
  );
}
