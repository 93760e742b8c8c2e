import { EditorLinks } from '@/components/records/editor-links';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { IndicatorProgress } from '@/db/queries/indicator-progress';
import type { Viewer } from '@/db/viewer';

/** Each indicator against its target, with where its progress comes from. */
export async function ActivityIndicators({ indicators, viewer }: { indicators: IndicatorProgress[]; viewer: Viewer }) {
  const [t, format, editing] = await Promise.all([getTranslations('activityDetail'), getFormatter(), getTranslations('records.links')]);
  return (
    <section aria-labelledby="indicators-heading" className="space-y-2">
      <h2 id="indicators-heading" className="text-lg font-semibold">
        {t('indicators')}
      </h2>
      {indicators.length === 0 ? (
        <p className="text-slate-600">{t('noIndicators')}</p>
      ) : (
        <ul className="space-y-3">
          {indicators.map((indicator) => (
            <li key={indicator.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="font-medium">{indicator.name}</p>
                <EditorLinks viewer={viewer} links={[{ href: `/indicators/${indicator.id}/edit`, label: editing('editTarget') }]} />
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {indicator.value === null
                  ? `${t('noProgress')} · ${t('target')}: ${format.number(indicator.target)}`
                  : t('progressOf', { progress: format.number(indicator.value), target: format.number(indicator.target) })}
                {indicator.source === 'measured' ? ` · ${t('measured')}` : null}
                {indicator.source === 'events' ? ` · ${t('fromEvents')}` : null}
              </p>
              <div aria-hidden="true" className="mt-2 h-2 rounded bg-slate-100">
                <div className="h-2 rounded bg-oas-blue" style={{ width: `${Math.min(1, indicator.ratio ?? 0) * 100}%` }} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
