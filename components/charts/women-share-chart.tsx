'use client';

import { useFormatter } from 'next-intl';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useCategoryAxis } from './category-axis';

export interface WomenShareRow {
  key: string;
  label: string;
  women: number;
  base: number;
  share: number;
  /** "18% of 45": the share with the count it is computed from, printed beside the bar. */
  caption: string;
}

/** Share of women per category, on a fixed 0–100 % scale, each bar captioned with its base. */
export function WomenShareChart({ rows }: { rows: WomenShareRow[] }) {
  const format = useFormatter();
  const axis = useCategoryAxis(130);
  const height = 40 + rows.length * 44;
  return (
    <ResponsiveContainer width="100%" height={height} onResize={axis.onResize}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(value: number) => format.number(value, { style: 'percent' })}
          tick={{ fill: '#334155', fontSize: 12 }}
        />
        <YAxis type="category" dataKey="label" width={axis.width} tickFormatter={axis.format} tick={{ fill: '#334155', fontSize: 12 }} />
        <Bar dataKey="share" fill="var(--color-women)" isAnimationActive={false}>
          <LabelList dataKey="caption" position="right" fill="#1e293b" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
