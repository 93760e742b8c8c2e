/**
 * A chart's numbers as a table, as plain data: the first cell of each row is its heading, the
 * others are figures already formatted for the reader. The chart's frame draws the table only
 * when the reader opens it, so a page of charts does not render and send every table twice (as
 * elements in the HTML and again in the page's payload) for the few readers who open one.
 */
export interface ChartTableData {
  caption: string;
  /** The heading of each column; every column after the first holds figures (right-aligned). */
  columns: string[];
  rows: { key: string; cells: string[] }[];
  /** The last column is a total, in bold. */
  hasTotal?: boolean;
}

export function ChartTable({ data }: { data: ChartTableData }) {
  const last = data.columns.length - 1;
  const padding = (index: number) => (index < last ? 'py-2 pr-4' : 'py-2');
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{data.caption}</caption>
      <thead className="border-b border-slate-300 text-slate-700">
        <tr>
          {data.columns.map((column, index) => (
            <th key={index} scope="col" className={`${padding(index)} font-semibold ${index > 0 ? 'text-right' : ''}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className={`${padding(index)} font-normal`}>
                  {cell}
                </th>
              ) : (
                <td key={index} className={`${padding(index)} text-right tabular-nums ${data.hasTotal && index === last ? 'font-semibold' : ''}`}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
