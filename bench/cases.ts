import type Database from 'better-sqlite3';
import { activitiesTableSpec, donorsTableSpec, eventsTableSpec, programsTableSpec } from '@/lib/table-specs';
import type { TableSpec } from '@/lib/table-state';

// The pages `npm run bench` measures, each with the budget its kind must meet.

export type BudgetGroup = 'dashboard' | 'table' | 'detail' | 'report';

export interface BenchCase {
  group: BudgetGroup;
  label: string;
  path: string;
  /** `donor` is Canada, with the most activities of the demo donors; `smallDonor` the United States, with one at scale. */
  account: 'viewer' | 'donor' | 'smallDonor';
}

export interface Samples {
  /** The member state with the most events: the heaviest country filter. */
  busiestCountry: string;
  /** An activity with events and indicators, from the middle of the synthetic volume. */
  activityId: number;
  /** The year with the most events: a country report's period. */
  busiestYear: string;
  /** The program with the most activities, and the donor that funds the most: the longest profiles. */
  biggestProgram: number;
  biggestDonor: number;
}

export function pickSamples(sqlite: Database.Database): Samples {
  const one = <T>(sql: string) => sqlite.prepare(sql).pluck().get() as T;
  return {
    busiestCountry: one<string>('select country_code from events where country_code is not null group by country_code order by count(*) desc limit 1'),
    activityId: one<number>(
      `select a.id from activities a where a.id >= (select max(id) / 2 from activities)
         and exists (select 1 from indicators i where i.activity_id = a.id)
         and (select count(*) from events e where e.activity_id = a.id) >= 10
       order by a.id limit 1`,
    ),
    busiestYear: one<string>('select substr(start_date, 1, 4) from events where start_date is not null group by 1 order by count(*) desc limit 1'),
    biggestProgram: one<number>('select program_id from activities group by program_id order by count(*) desc limit 1'),
    biggestDonor: one<number>('select donor_id from activity_donors group by donor_id order by count(*) desc limit 1'),
  };
}

const tableCases = (table: string, cases: Record<string, string>): BenchCase[] =>
  Object.entries(cases).map(([label, query]) => ({ group: 'table', label: `${table}: ${label}`, path: `/${table}${query ? `?${query}` : ''}`, account: 'viewer' }));

/** A table sorted by each of its sortable columns, up and down: a user may click any of them. */
const sortCases = (table: string, spec: TableSpec): BenchCase[] =>
  tableCases(
    table,
    Object.fromEntries(
      spec.columns
        .filter((column) => column.sortable !== false)
        .flatMap((column) => [
          [`sorted by ${column.id}`, `sort=${column.id}`],
          [`sorted by ${column.id}, descending`, `sort=-${column.id}`],
        ]),
    ),
  );

export function benchCases(samples: Samples): BenchCase[] {
  return [
    { group: 'dashboard', label: 'dashboard: all', path: '/', account: 'viewer' },
    { group: 'dashboard', label: `dashboard: country ${samples.busiestCountry}`, path: `/?country=${samples.busiestCountry}`, account: 'viewer' },
    { group: 'dashboard', label: 'dashboard: Canada donor', path: '/', account: 'donor' },
    // A period that is not whole years is summed from the events, not read from the rollups.
    { group: 'dashboard', label: 'dashboard: March 2019 to June 2020', path: '/?from=2019-03-01&to=2020-06-30', account: 'viewer' },
    ...tableCases('activities', {
      'first page': '',
      'filtered: completed, Central America': 'f.countries=sub:central_america&f.status=completed',
      'searched "border"': 'q=border',
    }),
    ...sortCases('activities', activitiesTableSpec),
    ...tableCases('programs', {
      'first page': '',
      'filtered: unit CICTE': 'f.unit=CICTE',
      'searched "program 12"': 'q=program%2012',
    }),
    ...sortCases('programs', programsTableSpec),
    // A donor's figures are its own portfolio's, computed per program rather than read from the staff rollups.
    { group: 'table', label: 'programs: Canada sorted by countries', path: '/programs?sort=-countries', account: 'donor' },
    { group: 'table', label: 'programs: Canada sorted by people trained', path: '/programs?sort=-trained', account: 'donor' },
    ...tableCases('events', {
      'first page': '',
      'filtered: workshops, SV, no women': 'f.kind=workshop&f.country=SV&f.women.max=0',
      'filtered: workshops': 'f.kind=workshop',
      'searched "event 4242"': 'q=event%204242',
      // A common word: in the names of tens of thousands of activities.
      'searched "security"': 'q=security',
      'filtered: workshops, by men descending': 'f.kind=workshop&sort=-men',
    }),
    // A donor's events are a few percent of all: its search cannot stop at the newest events.
    { group: 'table', label: 'events: Canada searched "border"', path: '/events?q=border', account: 'donor' },
    // Matches that the sort puts last, and a page deeper than the donor's first events hold.
    { group: 'table', label: 'events: no women, by total descending', path: '/events?f.women.max=0&sort=-total', account: 'viewer' },
    { group: 'table', label: 'events: Canada workshops by men descending, page 3', path: '/events?f.kind=workshop&sort=-men&page=3', account: 'donor' },
    // The last pages the donor's capped count reaches: its events lie furthest down the sort's index.
    { group: 'table', label: 'events: Canada page 40', path: '/events?page=40', account: 'donor' },
    { group: 'table', label: 'events: Canada by total descending, page 40', path: '/events?sort=-total&page=40', account: 'donor' },
    // A donor with few events: they lie far apart down every index of events.
    { group: 'table', label: 'events: United States first page', path: '/events', account: 'smallDonor' },
    { group: 'table', label: 'events: United States workshops', path: '/events?f.kind=workshop', account: 'smallDonor' },
    ...sortCases('events', eventsTableSpec),
    ...tableCases('donors', {
      'first page': '',
      'filtered: kind other': 'f.kind=other',
      'searched "donor 1"': 'q=donor%201',
    }),
    ...sortCases('donors', donorsTableSpec),
    // Every member state with its figures: the map's, read from the same stored sums.
    { group: 'table', label: 'countries: every member state', path: '/countries', account: 'viewer' },
    { group: 'table', label: 'countries: as Canada', path: '/countries', account: 'donor' },
    { group: 'dashboard', label: 'map: all', path: '/map', account: 'viewer' },
    { group: 'detail', label: `activity ${samples.activityId}`, path: `/activities/${samples.activityId}`, account: 'viewer' },
    { group: 'detail', label: `country profile ${samples.busiestCountry}`, path: `/countries/${samples.busiestCountry}`, account: 'viewer' },
    { group: 'detail', label: `program profile ${samples.biggestProgram}`, path: `/programs/${samples.biggestProgram}`, account: 'viewer' },
    { group: 'detail', label: `donor profile ${samples.biggestDonor}`, path: `/donors/${samples.biggestDonor}`, account: 'viewer' },
    {
      group: 'report',
      label: `country report ${samples.busiestCountry}, ${samples.busiestYear}`,
      path: `/countries/${samples.busiestCountry}/report?from=${samples.busiestYear}-01-01&to=${samples.busiestYear}-12-31`,
      account: 'viewer',
    },
  ];
}
