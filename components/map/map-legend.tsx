import { NO_FIGURE_FILL } from '@/lib/map/shading';

export interface LegendEntry {
  fill: string;
  label: string;
}

const swatch = 'inline-block h-4 w-6 shrink-0 rounded-sm border border-slate-400';
// The same hatching as the map's "none" pattern, in CSS.
const hatch = { backgroundImage: 'repeating-linear-gradient(45deg, #a8b3c2 0 1px, #fff 1px 5px)' };

/** The map's key: the classes in order, then "no figure" and "no activities". */
export function MapLegend({ title, level, entries, noActivities, noFigure }: {
  title: string;
  /** Its heading's level: one below the heading the map sits under, so that none is skipped. */
  level: 2 | 3;
  entries: LegendEntry[];
  noActivities: string;
  noFigure: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-label={title} data-testid="map-legend" className="rounded border border-slate-200 bg-white p-3 text-sm">
      <Heading className="mb-2 font-semibold">{title}</Heading>
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {entries.map((entry) => (
          <li key={entry.label} className="flex items-center gap-2">
            <span className={swatch} style={{ backgroundColor: entry.fill }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span className={swatch} style={{ backgroundColor: NO_FIGURE_FILL }} aria-hidden="true" />
          {noFigure}
        </li>
        <li className="flex items-center gap-2">
          <span className={swatch} style={hatch} aria-hidden="true" />
          {noActivities}
        </li>
      </ul>
    </section>
  );
}
