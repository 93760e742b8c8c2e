import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { listRecordHistory, type auditEntityTypes } from '@/db/queries/audit';
import type { Viewer } from '@/db/viewer';

/** A record's changes from the audit log: who, when, and each field before and after. */
export async function RecordHistory({ viewer, entityType, entityId }: { viewer: Viewer; entityType: (typeof auditEntityTypes)[number]; entityId: number }) {
  if (viewer.role === 'donor') return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const history = listRecordHistory(db, { viewer, entityType, entityId });
  const fields = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : {});
  const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="mb-3 text-lg font-semibold">
        {t('records.history')}
      </h2>
      {history.length === 0 ? <p className="text-sm text-slate-600">{t('records.noHistory')}</p> : null}
      <ol className="space-y-3">
        {history.map((entry) => {
          const before = fields(entry.before);
          const after = fields(entry.after);
          const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
          return (
            <li key={entry.id} className="text-sm">
              <p>
                <span className="font-medium">{t.has(`admin.actions.${entry.action}`) ? t(`admin.actions.${entry.action}`) : entry.action}</span>{' '}
                · {format.dateTime(new Date(`${entry.occurredAt.replace(' ', 'T')}Z`), { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                {entry.actorEmail ?? t('admin.system')}
              </p>
              {entry.action === 'update' && names.length ? (
                <ul className="ml-4 list-disc text-slate-700">
                  {names.map((name) => (
                    <li key={name} className="break-words">
                      {name}: {shown(before[name])} → {shown(after[name])}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
