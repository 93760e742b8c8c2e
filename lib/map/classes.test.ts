import { describe, expect, it } from 'vitest';
import { classOf, countClasses, shareClasses } from './classes';

describe('count classes', () => {
  it('splits the positive values at quantiles, each class covering the values it holds', () => {
    expect(countClasses([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([
      { min: 1, max: 2 },
      { min: 3, max: 4 },
      { min: 5, max: 6 },
      { min: 7, max: 8 },
      { min: 9, max: 10 },
    ]);
  });

  it('gives a dominant country a class of its own rather than pressing the others into the lightest', () => {
    const classes = countClasses([2, 3, 5, 8, 1000]);
    expect(classes).toHaveLength(5);
    expect(classOf(1000, classes)).toBe(4);
    expect(classOf(2, classes)).toBe(0);
    expect(classOf(8, classes)).toBe(3);
  });

  it('never puts one value in two classes, and has no more classes than distinct values', () => {
    const classes = countClasses([1, 1, 1, 1, 2, 9]);
    expect(classes).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2 },
      { min: 9, max: 9 },
    ]);
  });

  it('has no class for zero, and none at all when nothing is positive', () => {
    expect(countClasses([0, 0])).toEqual([]);
    expect(classOf(0, countClasses([0, 4]))).toBeNull();
    expect(classOf(null, countClasses([4]))).toBeNull();
  });
});

describe('share classes', () => {
  it('are five fifths from 0 to 100 %, a boundary belonging to the higher class', () => {
    expect(shareClasses).toHaveLength(5);
    expect(classOf(0, shareClasses)).toBe(0);
    expect(classOf(0.2, shareClasses)).toBe(1);
    expect(classOf(7 / 22, shareClasses)).toBe(1);
    expect(classOf(1, shareClasses)).toBe(4);
    expect(classOf(null, shareClasses)).toBeNull();
  });
});
