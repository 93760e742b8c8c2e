import { HorizontalBars } from './horizontal-bars';

export interface WomenShareRow {
  key: string;
  label: string;
  women: number;
  base: number;
  share: number;
  /** "18% (8 of 45)": the share with the count it is computed from, printed beside the bar. */
  caption: string;
}

/** Share of women per category, on a fixed 0–100 % scale drawn behind each bar, captioned with its base. */
export function WomenShareChart({ rows }: { rows: WomenShareRow[] }) {
  return (
    <HorizontalBars
      max={1}
      hasTrack
      rows={rows.map((row) => ({
        key: row.key,
        label: row.label,
        segments: [{ key: 'women', value: row.share, color: 'var(--color-women)', title: row.caption }],
        caption: row.caption,
      }))}
    />
  );
}
