import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { getCountryReport } from './country-report';
import { getDonorReport } from './donor-report';
import { SHEETS_PER_PAGE } from './report-sheets';

// The reports against the facts of the source documents (../shared/seeds), as the demo data
// records them (db/seed-data/SOURCES.md).

let db: Db;
beforeAll(() => {
  db = openDemoDatabase();
});

const viewer = staffViewer();
const sheetNames = (report: { sheets: { name: string }[] }) => report.sheets.map((s) => s.name);

describe('country report', () => {
  it('Belize: the five sheets of report 001, 23 trained at the tourism workshop (1 woman, 22 men)', () => {
    const report = getCountryReport(db, { viewer, code: 'BZ', filters: {} })!;
    expect(report.country).toEqual({ code: 'BZ', nameEn: 'Belize', nameEs: 'Belice' });
    expect(sheetNames(report).sort()).toEqual(
      [
        'Inter-American Network for Police Development and Professionalization',
        'Inter-American Network for the Prevention of Violence and Crime',
        'Needs Assessment and follow-up Workshop on Tourism Security for Belize City',
        'Port Evaluations and Assessments',
        'Program for the Prevention of Violence and Crime',
        'Strengthening Programs for the protection of victims, witnesses and other individuals involved in criminal investigations in Central America (ESCA D.B.3)',
      ].sort(),
    );
    expect(report.figures).toMatchObject({ peopleTrained: 23, trainedWomen: 1, trainedMen: 22, trainedNotDisaggregated: 0, activities: 6 });

    const port = report.sheets.find((s) => s.name === 'Port Evaluations and Assessments')!;
    expect(port).toMatchObject({ commencementDate: '2017-04-12', completionDate: '2017-12-31', pillar: 'multidimensional_security' });
    expect(port.targetBeneficiaries).toBe('Agencies for port/maritime security in Belize');
    expect(port.donors.map((d) => d.name)).toEqual(['Canada']);

    const tourism = report.sheets.find((s) => s.name.startsWith('Needs Assessment and follow-up Workshop on Tourism'))!;
    const workshop = tourism.events.find((e) => e.title === 'Tourism Security Workshop, Belize City')!;
    expect(workshop).toMatchObject({ women: 1, men: 22, notDisaggregated: 0, isApproximate: true });
    expect(tourism.summary).toContain('funded by the government of Canada');
  });

  it('Barbados: the air cargo workshop, 22 trained (7 women, 15 men), and ARIN-CARIB with its meetings', () => {
    const report = getCountryReport(db, { viewer, code: 'bb'.toUpperCase(), filters: {} })!;
    // Sheets come in the order of their programs' names: ARIN-CARIB, then the Aviation Security Program.
    expect(sheetNames(report)).toEqual(['Asset Recovery Inter-Agency Network for the Caribbean (ARIN-CARIB)', 'Air Cargo Workshop']);
    expect(report.figures).toMatchObject({ peopleTrained: 22, trainedWomen: 7, trainedMen: 15, trainedNotDisaggregated: 0 });
    const arin = report.sheets[0]!;
    // A country report shows the events held in the country, as its figures count them.
    expect(arin.events.map((e) => [e.title, e.startDate, e.endDate, e.venue])).toEqual([
      ['ARIN-CARIB Practitioner Meeting', '2016-11-15', '2016-11-16', 'Bridgetown'],
    ]);
  });

  it('Antigua and Barbuda: the risk management workshop, about 45 not disaggregated, funded by Canada', () => {
    const report = getCountryReport(db, { viewer, code: 'AG', filters: {} })!;
    expect(sheetNames(report)).toEqual(['Needs Assessment and follow-up Workshop on Risk Management for Tourism Destinations']);
    expect(report.figures).toMatchObject({ peopleTrained: 45, trainedWomen: 0, trainedMen: 0, trainedNotDisaggregated: 45, donors: 1 });
    expect(report.sheets[0]!.donors.map((d) => [d.name, d.nameEs])).toEqual([['Canada', 'Canadá']]);
    expect(report.sheets[0]!.events.map((e) => e.kind)).toEqual(['assessment_mission', 'workshop']);
  });

  it('indicators carry their progress from indicator-progress (the police network targets, not measured yet)', () => {
    const report = getCountryReport(db, { viewer, code: 'BZ', filters: {} })!;
    const police = report.sheets.find((s) => s.name.startsWith('Inter-American Network for Police'))!;
    expect(police.indicators.map((i) => [i.name, i.target, i.value])).toEqual([
      ['Police officers trained in the one-month on-site police course', 340, null],
      ['Officers trained on the virtual platform', 200000, null],
    ]);
    expect(police).toMatchObject({ completionDate: '2020-07-01', commencementDate: null });
  });

  it('a period keeps only dated activities and events inside it; a program narrows to its sheets', () => {
    const in2017 = getCountryReport(db, { viewer, code: 'BZ', filters: { from: '2017-01-01', to: '2017-12-31' } })!;
    expect(sheetNames(in2017).sort()).toEqual(['Inter-American Network for Police Development and Professionalization', 'Port Evaluations and Assessments', 'Program for the Prevention of Violence and Crime'].sort());
    expect(in2017.figures.peopleTrained).toBe(0);
    const port = in2017.sheets.find((s) => s.name === 'Port Evaluations and Assessments')!;
    const byProgram = getCountryReport(db, { viewer, code: 'BZ', filters: { program: port.programId } })!;
    expect(sheetNames(byProgram)).toEqual(['Port Evaluations and Assessments']);
    expect(byProgram.filters).toEqual({ from: undefined, to: undefined, program: port.programId });
  });

  it('a donor gets only the sheets it funds, and no report on a country outside its portfolio', () => {
    const canada = donorViewer(db, 'Canada');
    const belize = getCountryReport(db, { viewer: canada, code: 'BZ', filters: {} })!;
    expect(sheetNames(belize).sort()).toEqual(['Needs Assessment and follow-up Workshop on Tourism Security for Belize City', 'Port Evaluations and Assessments']);
    expect(belize.figures).toMatchObject({ peopleTrained: 23, activities: 2 });
    expect(getCountryReport(db, { viewer: canada, code: 'BB', filters: {} })).toBeUndefined();
    expect(getCountryReport(db, { viewer: donorViewer(db, 'United States'), code: 'BZ', filters: {} })).toBeUndefined();
    expect(getCountryReport(db, { viewer: { id: 9, role: 'donor', donorId: null }, code: 'BZ', filters: {} })).toBeUndefined();
  });

  it('an unknown country has no report; a member state without activities has an empty one', () => {
    expect(getCountryReport(db, { viewer, code: 'XX', filters: {} })).toBeUndefined();
    const chile = getCountryReport(db, { viewer, code: 'CL', filters: {} })!;
    expect(chile.sheets).toEqual([]);
    expect(chile.figures.peopleTrained).toBe(0);
  });
});

describe('donor report', () => {
  const canadaId = () => donorViewer(db, 'Canada').donorId!;

  it('Canada: three sheets grouped by country, 68 trained (1 woman, 22 men, 45 not disaggregated)', () => {
    const report = getDonorReport(db, { viewer, id: canadaId(), filters: {} })!;
    expect(report.donor).toMatchObject({ name: 'Canada', nameEs: 'Canadá' });
    expect(report.figures).toMatchObject({ peopleTrained: 68, trainedWomen: 1, trainedMen: 22, trainedNotDisaggregated: 45, activities: 3 });
    expect(report.groups.map((g) => [g.country?.nameEn, sheetNames(g)])).toEqual([
      ['Antigua and Barbuda', ['Needs Assessment and follow-up Workshop on Risk Management for Tourism Destinations']],
      ['Belize', ['Port Evaluations and Assessments', 'Needs Assessment and follow-up Workshop on Tourism Security for Belize City']],
    ]);
  });

  it('the United States: its one sheet, with no country stated, under a group of its own', () => {
    const usa = donorViewer(db, 'United States');
    const report = getDonorReport(db, { viewer: usa, id: usa.donorId!, filters: {} })!;
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.country).toBeNull();
    expect(report.groups[0]!.sheets[0]).toMatchObject({ name: 'Airport Access Control Workshop', completionDate: '2017-04-07' });
    expect(report.figures.trainedNotDisaggregated).toBe(28);
  });

  it("a donor account cannot get another donor's report; staff get any; unknown ids get none", () => {
    expect(getDonorReport(db, { viewer: donorViewer(db, 'United States'), id: canadaId(), filters: {} })).toBeUndefined();
    expect(getDonorReport(db, { viewer: donorViewer(db, 'Canada'), id: canadaId(), filters: {} })).toBeDefined();
    expect(getDonorReport(db, { viewer, id: 999999, filters: {} })).toBeUndefined();
  });
});

describe('report pages', () => {
  it('pages the sheets, each with its own events, and holds every sheet when no page is asked for (the PDF)', async () => {
    const busy = openDemoDatabase();
    busy.run(sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 120)
      insert into activities (program_id, name) select (select min(id) from programs), 'Bulk sheet ' || substr('000' || i, -3) from n`);
    busy.run(sql`insert into activity_countries (activity_id, country_code) select id, 'BZ' from activities where name like 'Bulk sheet %'`);

    const all = getCountryReport(busy, { viewer, code: 'BZ', filters: {} })!;
    const total = all.sheets.length;
    expect(total).toBe(126);
    expect(all.sheetPage).toEqual({ page: 1, pageCount: 1, first: 1, last: total, total });

    const pages = [1, 2, 3].map((page) => getCountryReport(busy, { viewer, code: 'BZ', filters: {}, page })!);
    expect(pages.map((report) => report.sheetPage)).toEqual([
      { page: 1, pageCount: 3, first: 1, last: SHEETS_PER_PAGE, total },
      { page: 2, pageCount: 3, first: SHEETS_PER_PAGE + 1, last: 2 * SHEETS_PER_PAGE, total },
      { page: 3, pageCount: 3, first: 2 * SHEETS_PER_PAGE + 1, last: total, total },
    ]);
    expect(pages.flatMap(sheetNames)).toEqual(sheetNames(all));
    expect(pages.flatMap((report) => report.sheets.map((s) => s.events.map((e) => e.id)))).toEqual(all.sheets.map((s) => s.events.map((e) => e.id)));
    expect(pages.flatMap((report) => report.sheets.map((s) => s.indicators.length))).toEqual(all.sheets.map((s) => s.indicators.length));
    expect(pages[0]!.figures).toEqual(all.figures);
    // Past the last page: the last one.
    expect(getCountryReport(busy, { viewer, code: 'BZ', filters: {}, page: 99 })!.sheetPage.page).toBe(3);
  });

  it('a report of fewer sheets than a page has one page', () => {
    const canada = donorViewer(db, 'Canada').donorId!;
    const report = getDonorReport(db, { viewer, id: canada, filters: {}, page: 1 })!;
    expect(report.sheetPage).toEqual({ page: 1, pageCount: 1, first: 1, last: report.sheets.length, total: report.sheets.length });
  });
});
