import { getFormatter, getTranslations } from 'next-intl/server';
import { ChartFrame } from './chart-frame';
import { GenderStackedBarChart } from './gender-stacked-bar-chart';
import type { GenderRow, GenderSeriesLabels } from './series';

/** People trained per category, stacked by gender, with its table alternative and empty state. */
export async function TrainedByGenderChart({ title, reading, categoryLabel, rows, testId }: {
  title: string;
  reading: string;
  categoryLabel: string;
  rows: GenderRow[];
  testId?: string;
}) {
  const [t, format] = await Promise.all([getTranslations('charts'), getFormatter()]);
  const labels: GenderSeriesLabels = { women: t('women'), men: t('men'), notDisaggregated: t('notDisaggregated'), total: t('total') };
  return (
    <ChartFrame
      title={title}
      reading={reading}
      isEmpty={rows.length === 0}
      emptyText={t('emptyTrained')}
      testId={testId}
      table={{
        caption: title,
        columns: [categoryLabel, labels.women, labels.men, labels.notDisaggregated, labels.total],
        rows: rows.map((row) => ({ key: row.key, cells: [row.label, ...[row.women, row.men, row.notDisaggregated, row.total].map((n) => format.number(n))] })),
        hasTotal: true,
      }}
    >
      <GenderStackedBarChart rows={rows} labels={labels} />
    </ChartFrame>
  );
}
