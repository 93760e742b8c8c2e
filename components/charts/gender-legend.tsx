import { genderSeries, type GenderSeriesLabels } from './series';

/** The key to the colours, as text beside each swatch. */
export function GenderLegend({ labels }: { labels: GenderSeriesLabels }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" aria-hidden="true">
      {genderSeries.map((series) => (
        <li key={series.key} className="flex items-center gap-2">
          <span className={`inline-block size-3 rounded-sm ${series.swatch}`} />
          {labels[series.key]}
        </li>
      ))}
    </ul>
  );
}
