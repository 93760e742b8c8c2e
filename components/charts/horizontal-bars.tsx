import { shortLabel } from './series';

export interface BarSegment {
  key: string;
  value: number;
  color: string;
  /** Shown on hover: the series and its figure. */
  title: string;
}

export interface BarRow {
  key: string;
  label: string;
  segments: BarSegment[];
  /** Printed at the end of the bar (a total, or a share with its base), so no axis has to be read. */
  caption: string;
}

/**
 * Horizontal bars, one per category, each a stack of segments on a common scale from 0 to `max`,
 * drawn with HTML and CSS on the server. The charts are static pictures of numbers that come
 * with a table, so they need no script: a chart library cost the dashboard 120 kB of JavaScript
 * and most of its blocking time. One grid holds every row, so the bars share one width and scale.
 */
export function HorizontalBars({ rows, max, hasTrack = false }: {
  rows: BarRow[];
  max: number;
  /** Draws the whole scale behind each bar (for shares, where the scale is 0–100 %). */
  hasTrack?: boolean;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,6rem)_minmax(0,1fr)_max-content] items-center gap-x-2 gap-y-2 text-xs text-slate-700 sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)_max-content]">
      {rows.map((row) => (
        <div key={row.key} className="contents">
          <span className="line-clamp-2 text-right leading-tight" title={row.label}>
            {shortLabel(row.label, 48)}
          </span>
          <span data-bar={row.key} className={`flex h-7 ${hasTrack ? 'bg-slate-100' : ''}`}>
            {row.segments
              .filter((segment) => segment.value > 0)
              .map((segment) => (
                <span key={segment.key} title={segment.title} style={{ width: `${(segment.value / max) * 100}%`, backgroundColor: segment.color }} />
              ))}
          </span>
          <span className="tabular-nums">{row.caption}</span>
        </div>
      ))}
    </div>
  );
}
