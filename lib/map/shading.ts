import type { CountryFigures } from '@/db/queries/map-figures';
import { classOf, type MapClass } from './classes';
import { hasNoActivity, measureValue, type MapMeasure } from './measures';

// The colours of the map. Blues from light to dark for the classes; "none" is hatched and "no
// figure" a flat grey, so neither can be mistaken for the lowest class.

const blues = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

export const NO_FIGURE_FILL = '#d4d4d8';
export const NONE_PATTERN_ID = 'map-none';

/** The blues for this many classes, spread over the whole range so that few classes still differ clearly. */
export function classFills(count: number): string[] {
  if (count <= 1) return count === 1 ? [blues[3]] : [];
  return Array.from({ length: count }, (_, i) => blues[Math.round((i * (blues.length - 1)) / (count - 1))]!);
}

export type Shade = { kind: 'none' } | { kind: 'noFigure' } | { kind: 'class'; index: number };

/** How a country is shaded for a measure: no activity at all, nothing to show for this measure, or its class. */
export function shadeOf(country: CountryFigures, measure: MapMeasure, classes: readonly MapClass[]): Shade {
  if (hasNoActivity(country)) return { kind: 'none' };
  const index = classOf(measureValue(country, measure), classes);
  return index === null ? { kind: 'noFigure' } : { kind: 'class', index };
}

/** The SVG fill of a shade; a pattern is named by its id, defined once in each drawing. */
export function fillOf(shade: Shade, fills: readonly string[], patternId: string): string {
  if (shade.kind === 'none') return `url(#${patternId})`;
  if (shade.kind === 'noFigure') return NO_FIGURE_FILL;
  return fills[shade.index] ?? NO_FIGURE_FILL;
}
