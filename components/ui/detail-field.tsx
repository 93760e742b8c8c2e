import { getTranslations } from 'next-intl/server';

/** One labelled fact of a record; "not stated" when the source is silent. */
export async function DetailField({ label, children }: { label: string; children: React.ReactNode }) {
  const t = await getTranslations('common');
  const empty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div className="py-2">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line">{empty ? <span className="text-slate-700 italic">{t('notStated')}</span> : children}</dd>
    </div>
  );
}
