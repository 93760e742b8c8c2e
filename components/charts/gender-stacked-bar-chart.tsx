'use client';

import { useFormatter } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GenderLegend } from './gender-legend';
import { useCategoryAxis } from './category-axis';
import { genderSeries, type GenderRow, type GenderSeriesLabels } from './series';

/** Horizontal bars, one per category, stacked women / men / not disaggregated. */
export function GenderStackedBarChart({ rows, labels }: { rows: GenderRow[]; labels: GenderSeriesLabels }) {
  const format = useFormatter();
  const axis = useCategoryAxis(150);
  const height = 48 + rows.length * 44;
  return (
    <div>
      <GenderLegend labels={labels} />
      <ResponsiveContainer width="100%" height={height} onResize={axis.onResize}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => format.number(value)} tick={{ fill: '#334155', fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={axis.width}
            tickFormatter={axis.format}
            tick={{ fill: '#334155', fontSize: 12 }}
          />
          <Tooltip formatter={(value, name) => [format.number(Number(value)), labels[name as keyof GenderSeriesLabels] ?? String(name)]} />
          {genderSeries.map((series) => (
            <Bar key={series.key} dataKey={series.key} name={series.key} stackId="people" fill={series.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
