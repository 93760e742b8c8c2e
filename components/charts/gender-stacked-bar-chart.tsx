import { getFormatter } from 'next-intl/server';
import { GenderLegend } from './gender-legend';
import { HorizontalBars } from './horizontal-bars';
import { genderSeries, type GenderRow, type GenderSeriesLabels } from './series';

/** Horizontal bars, one per category, stacked women / men / not disaggregated, each with its total. */
export async function GenderStackedBarChart({ rows, labels }: { rows: GenderRow[]; labels: GenderSeriesLabels }) {
  const format = await getFormatter();
  const max = Math.max(...rows.map((row) => row.total));
  return (
    <div>
      <GenderLegend labels={labels} />
      <HorizontalBars
        max={max}
        rows={rows.map((row) => ({
          key: row.key,
          label: row.label,
          segments: genderSeries.map((series) => ({
            key: series.key,
            value: row[series.key],
            color: series.color,
            title: `${labels[series.key]}: ${format.number(row[series.key])}`,
          })),
          caption: format.number(row.total),
        }))}
      />
    </div>
  );
}
