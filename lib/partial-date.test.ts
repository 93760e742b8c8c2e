import { describe, expect, it } from 'vitest';
import { formatStoredDate, toPartialDateInput, toStoredDate } from './partial-date';

describe('toStoredDate', () => {
  it('keeps a full date and its precision', () => {
    expect(toStoredDate('2017-04-12', 'start')).toEqual({ date: '2017-04-12', precision: 'day' });
  });

  it('stores a month as its first day when it starts and its last day when it ends', () => {
    expect(toStoredDate('2017-02', 'start')).toEqual({ date: '2017-02-01', precision: 'month' });
    expect(toStoredDate('2016-02', 'end')).toEqual({ date: '2016-02-29', precision: 'month' });
  });

  it('stores a year as 1 January or 31 December', () => {
    expect(toStoredDate('2016', 'start')).toEqual({ date: '2016-01-01', precision: 'year' });
    expect(toStoredDate('2016', 'end')).toEqual({ date: '2016-12-31', precision: 'year' });
  });

  it.each(['2017-13', '2017-02-30', '17-01-01', '', 'March 2017', "2017'; drop table events; --"])('refuses %j', (value) => {
    expect(() => toStoredDate(value, 'start')).toThrow();
  });
});

describe('formatStoredDate', () => {
  it('shows a date only as precisely as it is known, in the reader language', () => {
    expect(formatStoredDate('2017-04-12', 'day', 'en')).toBe('April 12, 2017');
    expect(formatStoredDate('2017-04-01', 'month', 'es')).toBe('abril de 2017');
    expect(formatStoredDate('2017-12-31', 'year', 'en')).toBe('2017');
  });
});

describe('toPartialDateInput', () => {
  it('gives back what was typed, whatever the edge it was stored at', () => {
    for (const typed of ['2017-04-12', '2016-02', '2016']) {
      for (const edge of ['start', 'end'] as const) {
        const stored = toStoredDate(typed, edge);
        expect(toPartialDateInput(stored.date, stored.precision)).toBe(typed);
      }
    }
    expect(toPartialDateInput(null, null)).toBe('');
  });
});
