import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db';
import { AUDIT_PAGE_SIZE, auditActions, auditEntityTypes, listAuditEvents } from '@/db/queries/audit';
import { parseSearchParams, type SearchParams } from '@/lib/search-params';
import { AdminNav } from '../admin-nav';
import { requirePermission } from '@/auth';
import { canAdminister } from '@/db/viewer';

const auditSearchShape = {
  action: z.enum(auditActions),
  entityType: z.enum(auditEntityTypes),
  actor: z.string().trim().min(1).max(320),
  from: z.iso.date(),
  to: z.iso.date(),
  page: z.coerce.number().int().min(1).max(100_000),
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('auditTitle') };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission(canAdminister);
  const { values, invalid } = parseSearchParams(auditSearchShape, await searchParams);
  if (values.from && values.to && values.from > values.to) invalid.push('to');
  const { page = 1, ...filters } = values;
  if (invalid.includes('to')) delete filters.to;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { rows, total } = listAuditEvents(db, { viewer, filters, page });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const pageHref = (target: number) => `/admin/audit?${new URLSearchParams({ ...stringValues(filters), page: String(target) })}`;

  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{t('nav.administration')}</h1>
      <AdminNav current="audit" />
      {invalid.length ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('admin.ignoredFilters', { names: invalid.map((name) => t(`admin.filter.${name}`)).join(', ') })}
        </p>
      ) : null}
      <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" role="search" aria-label={t('admin.auditFilters')}>
        <label className="text-sm">
          {t('admin.filter.action')}
          <select name="action" defaultValue={filters.action ?? ''} className="mt-1 w-full rounded border border-slate-400 px-2 py-1">
            <option value="">{t('admin.any')}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {t(`admin.actions.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t('admin.filter.entityType')}
          <select name="entityType" defaultValue={filters.entityType ?? ''} className="mt-1 w-full rounded border border-slate-400 px-2 py-1">
            <option value="">{t('admin.any')}</option>
            {auditEntityTypes.map((e) => (
              <option key={e} value={e}>
                {t(`admin.entities.${e}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t('admin.filter.actor')}
          <input name="actor" defaultValue={filters.actor ?? ''} maxLength={320} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        </label>
        <label className="text-sm">
          {t('admin.filter.from')}
          <input type="date" name="from" defaultValue={filters.from ?? ''} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        </label>
        <label className="text-sm">
          {t('admin.filter.to')}
          <input type="date" name="to" defaultValue={filters.to ?? ''} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-oas-blue px-3 py-1.5 text-sm text-white">
            {t('admin.applyFilters')}
          </button>
          <Link href="/admin/audit" className="px-2 py-1.5 text-sm text-oas-blue underline">
            {t('admin.clearFilters')}
          </Link>
        </div>
      </form>
      <p className="mb-2 text-sm text-slate-600" data-testid="audit-count">
        {t('admin.auditCount', { count: total })}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('admin.auditTitle')}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">{t('admin.when')}</th>
              <th scope="col" className="px-3 py-2">{t('admin.who')}</th>
              <th scope="col" className="px-3 py-2">{t('admin.filter.action')}</th>
              <th scope="col" className="px-3 py-2">{t('admin.record')}</th>
              <th scope="col" className="px-3 py-2">{t('admin.before')}</th>
              <th scope="col" className="px-3 py-2">{t('admin.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200 align-top">
                <td className="whitespace-nowrap px-3 py-2">{format.dateTime(new Date(`${row.occurredAt.replace(' ', 'T')}Z`), { dateStyle: 'medium', timeStyle: 'medium' })}</td>
                <td className="px-3 py-2">{row.actorEmail ?? t('admin.system')}</td>
                <td className="px-3 py-2">{t.has(`admin.actions.${row.action}`) ? t(`admin.actions.${row.action}`) : row.action}</td>
                <td className="px-3 py-2">
                  {t.has(`admin.entities.${row.entityType}`) ? t(`admin.entities.${row.entityType}`) : row.entityType} #{row.entityId}
                </td>
                <td className="max-w-xs break-words px-3 py-2 font-mono text-xs">{row.before ?? '—'}</td>
                <td className="max-w-xs break-words px-3 py-2 font-mono text-xs">{row.after ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('admin.pagination')} className="mt-3 flex items-center gap-3 text-sm">
        {page > 1 ? <Link href={pageHref(page - 1)} className="text-oas-blue underline">{t('admin.previous')}</Link> : null}
        <span>{t('admin.pageOf', { page, pages })}</span>
        {page < pages ? <Link href={pageHref(page + 1)} className="text-oas-blue underline">{t('admin.next')}</Link> : null}
      </nav>
    </div>
  );
}

function stringValues(values: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
}
