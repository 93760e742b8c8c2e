'use client';

import { useState } from 'react';
import { shortLabel } from './series';

/**
 * The width of a horizontal bar chart's category axis, following the chart's own width so that
 * on a phone the bars keep most of the room. Pass onResize to the ResponsiveContainer.
 */
export function useCategoryAxis(wide: number) {
  const [isNarrow, setNarrow] = useState(false);
  return {
    width: isNarrow ? Math.round(wide * 0.75) : wide,
    format: (label: string) => shortLabel(label, 24),
    onResize: (chartWidth: number) => setNarrow(chartWidth < 480),
  };
}
