// The three participant series, in the order they stack, with the theme colour of each. Colours
// come from the theme (app/globals.css) and are never the only cue: a legend and the table name them.
export const genderSeries = [
  { key: 'women', color: 'var(--color-women)', swatch: 'bg-women' },
  { key: 'men', color: 'var(--color-men)', swatch: 'bg-men' },
  { key: 'notDisaggregated', color: 'var(--color-undisaggregated)', swatch: 'bg-undisaggregated' },
] as const;

export type GenderSeriesKey = (typeof genderSeries)[number]['key'];
export type GenderSeriesLabels = Record<GenderSeriesKey | 'total', string>;

/** One bar of a chart split by gender: its label and the three counts. */
export interface GenderRow {
  key: string;
  label: string;
  women: number;
  men: number;
  notDisaggregated: number;
  total: number;
}

/** Long category names are cut beside the bars; the table and the hover title keep them whole. */
export const shortLabel = (label: string, max = 28) => (label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label);
