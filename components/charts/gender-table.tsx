import type { GenderRow, GenderSeriesLabels } from './series';

/** The numbers of a gender-split chart as a table: the chart's alternative and a copyable source. */
export function GenderTable({ caption, categoryLabel, rows, labels, formatNumber }: {
  caption: string;
  categoryLabel: string;
  rows: GenderRow[];
  labels: GenderSeriesLabels;
  formatNumber: (value: number) => string;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-300 text-slate-700">
        <tr>
          <th scope="col" className="py-2 pr-4 font-semibold">{categoryLabel}</th>
          <th scope="col" className="py-2 pr-4 text-right font-semibold">{labels.women}</th>
          <th scope="col" className="py-2 pr-4 text-right font-semibold">{labels.men}</th>
          <th scope="col" className="py-2 pr-4 text-right font-semibold">{labels.notDisaggregated}</th>
          <th scope="col" className="py-2 text-right font-semibold">{labels.total}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            <th scope="row" className="py-2 pr-4 font-normal">{row.label}</th>
            <td className="py-2 pr-4 text-right tabular-nums">{formatNumber(row.women)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{formatNumber(row.men)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{formatNumber(row.notDisaggregated)}</td>
            <td className="py-2 text-right font-semibold tabular-nums">{formatNumber(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
