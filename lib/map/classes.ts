// How the map sorts countries into shades. Counts are split at quantiles of the countries that
// have any, so one country with many times the others' figures gets a class of its own instead of
// pressing everyone else into the lightest shade; shares use fixed fifths, comparable across views.

/** A shade of the map: the values it covers, both ends included. */
export interface MapClass {
  min: number;
  max: number;
}

export const MAX_CLASSES = 5;

/**
 * Classes for counts: the positive values, sorted, cut into at most five groups of about the same
 * number of countries; a value never spans two classes. Each class covers the values it holds.
 */
export function countClasses(values: readonly number[], maxClasses = MAX_CLASSES): MapClass[] {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const classCount = Math.min(maxClasses, distinct);
  const classes: MapClass[] = [];
  let start = 0;
  for (let k = 1; k <= classCount && start < sorted.length; k++) {
    // Ends at the k-th quantile, moved past every copy of the value it lands on.
    let end = Math.max(start, Math.ceil((k * sorted.length) / classCount) - 1);
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]) end++;
    classes.push({ min: sorted[start]!, max: sorted[end]! });
    start = end + 1;
  }
  return classes;
}

/** Classes for shares (0 to 1): five fixed fifths. */
export const shareClasses: readonly MapClass[] = [0, 0.2, 0.4, 0.6, 0.8].map((min) => ({ min, max: Math.min(1, min + 0.2) }));

/**
 * The class a value falls in, or null when it has none (no value, or a count of zero). A value on
 * the boundary of two share classes belongs to the higher one.
 */
export function classOf(value: number | null, classes: readonly MapClass[]): number | null {
  if (value === null) return null;
  const index = classes.findLastIndex((range) => value >= range.min && value <= range.max);
  return index === -1 ? null : index;
}
