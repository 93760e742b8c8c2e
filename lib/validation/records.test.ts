import { describe, expect, it } from 'vitest';
import { activitySchema, donorSchema, eventSchema, indicatorSchema, programSchema } from './records';

const activity = {
  programId: '3',
  name: 'Cargo screening course',
  commencement: '2026-03',
  completion: '2026-06-30',
  targetBeneficiaries: '',
  summary: '',
  objectives: '',
  results: '',
  additionalInfoUrl: 'https://www.oas.org/en/',
  countries: ['HN', 'GT'],
  donorId: ['4', ''],
  amount: ['50000', ''],
  currency: ['usd', ''],
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];

describe('activitySchema', () => {
  it('reads partial dates, empty text as not stated, and funding rows', () => {
    expect(activitySchema.parse(activity)).toEqual({
      programId: 3,
      name: 'Cargo screening course',
      commencement: { date: '2026-03-01', precision: 'month' },
      completion: { date: '2026-06-30', precision: 'day' },
      isOngoing: false,
      targetBeneficiaries: null,
      summary: null,
      objectives: null,
      results: null,
      additionalInfoUrl: 'https://www.oas.org/en/',
      countries: ['HN', 'GT'],
      funding: [{ donorId: 4, amount: 50000, currency: 'USD' }],
    });
  });

  it.each([
    [{ completion: '2026-02-28' }, 'completion:completionBeforeCommencement'],
    [{ commencement: '2026-13' }, 'commencement:partialDate'],
    [{ commencement: '2026-02-30' }, 'commencement:partialDate'],
    [{ commencement: "2026'; drop table activities;--" }, 'commencement:partialDate'],
    [{ additionalInfoUrl: 'javascript:alert(1)' }, 'additionalInfoUrl'],
    [{ additionalInfoUrl: 'ftp://example.org/x' }, 'additionalInfoUrl'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(1_000_000) }, 'name'],
    [{ countries: ['Honduras'] }, 'countries'],
    [{ amount: ['-5', ''] }, 'funding:fundingRow'],
    [{ currency: ['', ''] }, 'funding:amountNeedsCurrency'],
    [{ isOngoing: 'on' }, 'isOngoing:ongoingWithCompletion'],
  ])('refuses %o', (change, expected) => {
    const issues = issuesOf(activitySchema.safeParse({ ...activity, ...change }));
    expect(issues.some((issue) => issue.startsWith(expected))).toBe(true);
  });

  it('keeps HTML, emoji and right-to-left text as plain text', () => {
    const text = '<script>alert(1)</script> 👩‍✈️ مرحبا';
    expect(activitySchema.parse({ ...activity, summary: text }).summary).toBe(text);
  });
});

describe('eventSchema', () => {
  const event = { activityId: '1', kind: 'workshop', title: 'W', countryCode: 'HN', start: '2026-04-14', end: '2026-04-16', venue: '', modality: 'on_site', women: '14', men: '16', notDisaggregated: '' };

  it('reads counts as whole numbers, an empty count as not stated', () => {
    expect(eventSchema.parse(event)).toMatchObject({ women: 14, men: 16, notDisaggregated: null, sectors: [], isApproximate: false, confirmOutsidePeriod: false });
  });

  it.each([
    [{ women: '-1' }, 'women'],
    [{ men: '2.5' }, 'men'],
    [{ notDisaggregated: '1e9' }, 'notDisaggregated'],
    [{ women: 'fourteen' }, 'women'],
    [{ end: '2026-04-01' }, 'end:endBeforeStart'],
    [{ kind: 'party' }, 'kind'],
    [{ modality: 'hybrid' }, 'modality'],
    [{ sectors: ["police' OR 1=1"] }, 'sectors'],
  ])('refuses %o', (change, expected) => {
    expect(issuesOf(eventSchema.safeParse({ ...event, ...change })).some((issue) => issue.startsWith(expected))).toBe(true);
  });
});

describe('other record schemas', () => {
  it('donor: a country is an ISO code or nothing', () => {
    expect(donorSchema.parse({ name: 'Spain', nameEs: 'España', kind: 'permanent_observer', countryCode: 'ES' })).toMatchObject({ countryCode: 'ES' });
    expect(donorSchema.parse({ name: 'CAF', nameEs: '', kind: 'multilateral', countryCode: '' })).toMatchObject({ nameEs: null, countryCode: null });
    expect(donorSchema.safeParse({ name: 'X', nameEs: '', kind: 'other', countryCode: 'Spain' }).success).toBe(false);
  });

  it('program: the pillar is one of the four or not stated', () => {
    expect(programSchema.parse({ unitId: '1', name: 'P', pillar: '', summary: '', objectives: '', url: '' })).toMatchObject({ pillar: null, url: null });
    expect(programSchema.safeParse({ unitId: '1', name: 'P', pillar: 'security', summary: '', objectives: '', url: '' }).success).toBe(false);
  });

  it('indicator: the target is positive', () => {
    expect(indicatorSchema.parse({ activityId: '1', name: 'Officers trained', target: '340', eventIds: ['2', '5'] })).toEqual({ activityId: 1, name: 'Officers trained', target: 340, eventIds: [2, 5] });
    expect(indicatorSchema.safeParse({ activityId: '1', name: 'x', target: '0' }).success).toBe(false);
  });
});
