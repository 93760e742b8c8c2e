import { Link } from '@/components/ui/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { IndicatorProgress } from '@/db/queries/indicator-progress';
import { ChartFrame } from './chart-frame';

/** Each indicator as a progress bar with its value, target and percentage; a table says the same. */
export async function IndicatorProgressPanel({ title, reading, indicators, emptyText, testId }: {
  title: string;
  reading: string;
  indicators: IndicatorProgress[];
  /** What to say when there is no indicator; by default, that none matches the filters. */
  emptyText?: string;
  testId?: string;
}) {
  const [t, format] = await Promise.all([getTranslations('charts'), getFormatter()]);
  const percent = (ratio: number | null) => (ratio === null ? '—' : format.number(ratio, { style: 'percent', maximumFractionDigits: 0 }));
  const value = (indicator: IndicatorProgress) => (indicator.value === null ? t('notMeasured') : format.number(indicator.value));

  return (
    <ChartFrame
      title={title}
      reading={reading}
      isEmpty={indicators.length === 0}
      emptyText={emptyText ?? t('emptyIndicators')}
      testId={testId}
      isTextual
      table={{
        caption: title,
        columns: [t('indicator'), t('value'), t('target'), t('progress')],
        rows: indicators.map((indicator) => ({
          key: String(indicator.id),
          cells: [indicator.name, value(indicator), format.number(indicator.target), percent(indicator.ratio)],
        })),
      }}
    >
      <ul className="space-y-4">
        {indicators.map((indicator) => (
          <li key={indicator.id}>
            <p className="text-sm font-medium">{indicator.name}</p>
            <p className="text-xs text-slate-600">
              <Link href={`/programs/${indicator.programId}`} className="underline hover:text-oas-blue">
                {indicator.programName}
              </Link>
            </p>
            <div className="mt-1 h-3 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <div className="h-full rounded-full bg-oas-blue" style={{ width: `${Math.min(1, indicator.ratio ?? 0) * 100}%` }} />
            </div>
            <p className="mt-1 text-sm tabular-nums text-slate-700">
              {indicator.value === null
                ? t('progressLineNone', { target: format.number(indicator.target) })
                : t('progressLine', { value: format.number(indicator.value), target: format.number(indicator.target), percent: percent(indicator.ratio) })}
            </p>
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
