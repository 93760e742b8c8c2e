import { describe, expect, it } from 'vitest';
import { countryPercentages } from './activity-file';
import { checkIatiRules } from './ruleset';

const activity = (inner: string) => `<iati-activities version="2.03"><iati-activity>${inner}</iati-activity></iati-activities>`;

describe('the IATI ruleset checks', () => {
  it('pass a well-formed activity', () => {
    const xml = activity(
      '<iati-identifier>XI-IATI-OAS-1</iati-identifier><activity-date type="2" iso-date="2017-01-01"/><activity-date type="4" iso-date="2017-12-31"/>' +
        '<recipient-country code="BZ" percentage="50"/><recipient-country code="AG" percentage="50"/><sector vocabulary="1" code="15210" percentage="100"/>' +
        '<result type="1"><indicator measure="1"><period><period-start iso-date="2017-01-01"/><period-end iso-date="2017-12-31"/></period></indicator></result>',
    );
    expect(checkIatiRules(xml, 'XI-IATI-OAS')).toEqual([]);
  });

  it('catch each broken rule', () => {
    const xml = activity(
      '<iati-identifier>OTHER-1</iati-identifier><activity-date type="2" iso-date="2018-01-01"/><activity-date type="4" iso-date="2017-12-31"/>' +
        '<recipient-country code="BZ" percentage="50"/><recipient-country code="AG" percentage="49"/><sector vocabulary="1" code="15210" percentage="90"/>' +
        '<result type="1"><indicator measure="1"><period><period-start iso-date="2018-01-01"/><period-end iso-date="2017-01-01"/></period></indicator></result>',
    );
    expect(checkIatiRules(xml, 'XI-IATI-OAS')).toEqual([
      'activity OTHER-1: identifier does not start with XI-IATI-OAS-',
      'activity OTHER-1: recipient percentages sum to 99',
      'activity OTHER-1: sector percentages sum to 90',
      'activity OTHER-1: end 2017-12-31 before start 2018-01-01',
      'activity OTHER-1: result period ends 2017-01-01 before it starts 2018-01-01',
    ]);
  });

  it('split countries equally, the remainder on the first, summing to exactly 100', () => {
    expect(countryPercentages(1)).toEqual(['100']);
    expect(countryPercentages(3)).toEqual(['33.34', '33.33', '33.33']);
    expect(countryPercentages(7)).toEqual(['14.32', '14.28', '14.28', '14.28', '14.28', '14.28', '14.28']);
    for (let n = 1; n <= 35; n++) expect(countryPercentages(n).reduce((t, p) => t + Math.round(Number(p) * 100), 0)).toBe(10_000);
  });
});
