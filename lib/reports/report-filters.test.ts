import { describe, expect, it } from 'vitest';
import { parseReportFilters, parseReportPage, reportPageQuery, reportQuery } from './report-filters';

const programs = new Set(['3', '7']);

describe('report filters', () => {
  it('keeps a valid period and a known program', () => {
    const parsed = parseReportFilters({ from: '2017-01-01', to: '2017-12-31', program: '7' }, programs);
    expect(parsed).toEqual({ filters: { from: '2017-01-01', to: '2017-12-31', program: 7 }, ignored: [] });
    expect(reportQuery(parsed.filters)).toBe('?from=2017-01-01&to=2017-12-31&program=7');
  });

  it('drops and names bad values: not a date, out of order, unknown or malformed program', () => {
    expect(parseReportFilters({ from: '2017-13-45' }, programs)).toEqual({ filters: { from: undefined, to: undefined, program: undefined }, ignored: ['from'] });
    expect(parseReportFilters({ from: '2018-01-01', to: '2017-01-01' }, programs).ignored).toEqual(['from', 'to']);
    for (const program of ['999', '-1', '0', "1' OR '1'='1", '<script>alert(1)</script>', '9'.repeat(400)]) {
      const parsed = parseReportFilters({ program }, programs);
      expect(parsed.filters.program).toBeUndefined();
      expect(parsed.ignored).toEqual(['program']);
    }
  });

  it("ignores the dashboard's other filters: the report's path says which country or donor it is", () => {
    const parsed = parseReportFilters(new URLSearchParams('country=SV&donor=2&unit=XX&subregion=nowhere'), programs);
    expect(parsed).toEqual({ filters: { from: undefined, to: undefined, program: undefined }, ignored: [] });
    expect(reportQuery(parsed.filters)).toBe('');
  });
});

describe('report page', () => {
  it('reads a whole page number from 1, and takes the first for anything else', () => {
    expect(parseReportPage(new URLSearchParams('page=3'))).toBe(3);
    for (const page of ['', '0', '-2', '2.5', 'abc', '<script>alert(1)</script>', "1' or '1'='1", '99999999999']) {
      expect(parseReportPage(new URLSearchParams({ page })), page).toBe(1);
    }
    expect(parseReportPage(new URLSearchParams())).toBe(1);
  });

  it('links a page under the same filters, the first without a page number', () => {
    expect(reportPageQuery({ from: '2020-01-01', program: 7 }, 2)).toBe('?from=2020-01-01&program=7&page=2');
    expect(reportPageQuery({}, 1)).toBe('');
  });
});
