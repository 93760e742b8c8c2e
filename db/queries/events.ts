import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { pageWindow, type TableState } from '@/lib/table-state';
import type { Db } from '../client';
import { countryFilter } from '../country-filter';
import { isPortfolio } from '../filter-conditions';
import { eventTotal } from '../participants';
import { activities, eventSectors, events, memberStates, programs, sectors } from '../schema';
import { activityScope, includesArchived } from '../scope';
import { activityNames, eventTitles, indexedContains } from '../substring-index';
import { chunks, containsText, countRows, inIdOrder, selectIds, stateConditions, stateOrderBy, type ColumnsSql, type Counting } from '../table-sql';
import type { Viewer } from '../viewer';

interface TableParams {
  viewer: Viewer;
  state: TableState;
  /** Capped unless said otherwise (db/table-sql.ts). */
  counting?: Counting;
}

// The table's queries read events alone: the activity comes in as an EXISTS for the scope, and is
// joined only to sort by its name, so that a sort or a page walks an index of events (or, by
// activity, the activities' names and then each one's events). Events that tie on the sorted
// column follow in date order, in the sort's direction: the order of the indexes on (column, start
// date) that each sort walks, stopping at the page.
const parent = alias(activities, 'parent_activity');

/** How each column of the events table sorts, filters and searches, in SQL. */
const eventColumns: ColumnsSql = {
  title: { value: events.title, searchable: true, contains: (text) => indexedContains(eventTitles, text) },
  kind: { value: events.kind },
  activity: {
    // Read only by ORDER BY, which listEventIds joins the activity for.
    value: parent.name,
    searchable: true,
    // The matching activities first, then their events by index: not a name looked up per event.
    contains: (text) => sql`${events.activityId} in (select ${activities.id} from ${activities} where ${indexedContains(activityNames, text)})`,
  },
  country: {
    value: events.countryCode,
    filter: (f) => (f.kind === 'choice' ? countryFilter(f.value, events.countryCode) : undefined),
  },
  date: { value: events.startDate },
  modality: { value: events.modality },
  women: { value: events.women },
  men: { value: events.men },
  notDisaggregated: { value: events.notDisaggregated },
  total: { value: eventTotal },
};

/**
 * The same columns, searched event by event: for the few events of a prefix, reading each one's
 * title and activity name costs less than the trigram indexes' lists of matches (tens of
 * thousands of activities for a common word: 40 ms).
 */
const eventColumnsRowByRow: ColumnsSql = {
  ...eventColumns,
  title: { value: events.title, searchable: true },
  activity: {
    value: parent.name,
    searchable: true,
    contains: (text) => sql`exists (select 1 from ${activities} where ${activities.id} = ${events.activityId} and ${containsText(activities.name, text)})`,
  },
};

/**
 * Events hang from activities: the activity's scope decides, and archived events stay out unless
 * asked for. `stopsEarly` is for a statement that reads few events (a page, a capped count): its
 * LIMIT 1 keeps the EXISTS one lookup per event, where SQLite would otherwise first read all
 * 100k activities into a Bloom filter (~8 ms a statement), which pays off only when every event is read.
 */
function eventScope(viewer: Viewer, archived: boolean, stopsEarly = false) {
  const includeArchived = includesArchived(viewer, archived);
  const ofActivityInScope = sql`exists (select 1 from ${activities} where ${activities.id} = ${events.activityId} and ${activityScope(viewer, { includeArchived })}${stopsEarly ? sql` limit 1` : sql``})`;
  return and(ofActivityInScope, includeArchived ? undefined : isNull(events.archivedAt))!;
}

/**
 * A donor's search by activity name reads the names of the activities it funds (a few thousand at
 * scale), then their events by the index on (activity, archived, date), which also serves the
 * sort. The trigram index would list everyone's matching activities instead (20,000 for
 * "border"), and their 200,000 events would each be checked against the scope: 200 ms, against 6.
 */
const portfolioColumns = (viewer: Viewer): ColumnsSql => ({
  ...eventColumns,
  activity: { value: parent.name, searchable: true, contains: (text) => ofPortfolio(viewer, containsText(activities.name, text)) },
});

/** Events of the activities a donor funds (that meet the condition), found by activity. */
const ofPortfolio = (viewer: Viewer, condition?: SQL): SQL =>
  sql`${events.activityId} in (select ${activities.id} from ${activities} where ${and(activityScope(viewer), condition)})`;

function filteredEvents(params: TableParams, stopsEarly: boolean, columns = isPortfolio(params.viewer) ? portfolioColumns(params.viewer) : eventColumns) {
  return and(eventScope(params.viewer, params.state.archived, stopsEarly), ...stateConditions(columns, params.state));
}

const eventOrder = (state: TableState) => stateOrderBy(eventColumns, state, events.id, events.startDate);

/**
 * The events of the page (or all of them, without a window). `byActivity`, when given, also
 * finds them from the activities it names, by activity, rather than down the sort's index.
 */
function listEventIds(db: Db, params: TableParams, window?: { limit: number; offset: number }, byActivity?: SQL): number[] {
  if (window && searchesSortPrefixFirst(params.state, window)) {
    const fromPrefix = pageFromSortPrefix(db, params, window);
    if (fromPrefix) return fromPrefix;
    if (!filtersSortedColumn(params.state)) return selectiveEventIds(db, params, window);
  }
  const query = db.select({ id: events.id }).from(events).$dynamic();
  if (params.state.sort.id === 'activity') query.innerJoin(parent, eq(parent.id, events.activityId));
  query.where(and(filteredEvents(params, window !== undefined), byActivity)).orderBy(...eventOrder(params.state));
  return selectIds(db, query, window);
}

/**
 * A donor's events, found from the activities it funds. Down the sort's index, the scope is
 * checked event by event until the page is full: fine for a donor with many events, but one
 * with few (the United States funds one activity at scale) had all million events checked for
 * its ten: 2.4 s for its events table, where reading its activities' events takes under 1 ms.
 */
const donorEvents = (viewer: Viewer) => (isPortfolio(viewer) ? ofPortfolio(viewer) : undefined);

/** How many events, first in the sort's order, a filtered page is first looked for among; and at most. */
const SORT_PREFIX = 1_000;
const MAX_SORT_PREFIX = 10_000;

// By date, the filters' indexes end with the date and serve the order too, but a search (or a
// text filter) reads trigram indexes whose matches SQLite then sorts: 0.5 to 1 s for a common
// word at scale. By activity, the activities' names lead. So the prefix is tried first by date
// when searching, and by any other column when filtering or searching.
function searchesSortPrefixFirst(state: TableState, window: { limit: number; offset: number }): boolean {
  const narrowed = state.sort.id === 'date' ? isSearched(state) : isNarrowed(state);
  return state.sort.id !== 'activity' && narrowed && window.offset + window.limit <= SORT_PREFIX;
}

/**
 * A filtered page sorted by a column other than the date, or a searched page: SQLite takes a
 * filter's (or the search's) index and sorts every match (0.7 s for the workshops by number of
 * men, 1.1 s for the virtual events by number of women, at a million events), where walking the
 * sort's own index would stop at the page. So the
 * page is first looked for among the first events in the sort's order: the matches there are the
 * first matches of all, so when there are enough of them they are the page (a few ms). When too
 * few of the first thousand match, as many more are read as would hold the page at that rate, up
 * to MAX_SORT_PREFIX. None matching, or a rate that needs more, means the matches are few or lie
 * further on (undefined): then selectiveEventIds reads them from the filters' indexes.
 */
function pageFromSortPrefix(db: Db, params: TableParams, window: { limit: number; offset: number }): number[] | undefined {
  const needed = window.offset + window.limit;
  const first = matchesAmongFirst(db, params, SORT_PREFIX, needed);
  if (first.length === needed) return first.slice(window.offset);
  const enough = first.length === 0 ? Infinity : Math.ceil((1.25 * SORT_PREFIX * needed) / first.length);
  if (enough > MAX_SORT_PREFIX) return undefined;
  const second = matchesAmongFirst(db, params, enough, needed);
  return second.length === needed ? second.slice(window.offset) : undefined;
}

/** Whether the state looks for text: the global search, or a text filter on a column. */
const isSearched = (state: TableState) => state.q !== '' || Object.values(state.filters).some((filter) => filter.kind === 'text');

/** Whether the state selects some events only: a search or a filter. */
const isNarrowed = (state: TableState) => isSearched(state) || Object.keys(state.filters).length > 0;

/** Whether a filter narrows the sorted column itself: then one index on (column, date) serves both. */
const filtersSortedColumn = (state: TableState) => state.sort.id in state.filters;

/**
 * A page the first events in the sort's order do not hold: its matches are few, or lie further on
 * (the events with no women come last by total). SQLite would still walk the sort's index, betting
 * that matches are spread evenly, and read most of a million events: 0.5 s for the events with no
 * women by total, descending. So the page is read with the sorted column as an expression no index
 * holds (SQLite's unary "+", written as coalesce(x, x), which PostgreSQL also reads on text): the
 * filters' indexes find the matches and they are sorted (33 ms). Unless it searches (whose
 * activity names are already the donor's own), a donor's page is also found from the activities
 * it funds, by activity, where the scope alone would check every workshop against the portfolio:
 * a donor's third page of workshops by number of men, 0.5 s → 25 ms.
 */
function selectiveEventIds(db: Db, params: TableParams, window: { limit: number; offset: number }): number[] {
  const sorted = eventColumns[params.state.sort.id];
  const unindexed = sorted ? { ...eventColumns, [params.state.sort.id]: { ...sorted, value: sql`coalesce(${sorted.value}, ${sorted.value})` } } : eventColumns;
  const byActivity = isSearched(params.state) ? undefined : donorEvents(params.viewer);
  const query = db
    .select({ id: events.id })
    .from(events)
    .where(and(filteredEvents(params, true), byActivity))
    .orderBy(...stateOrderBy(unindexed, params.state, events.id, events.startDate))
    .$dynamic();
  return selectIds(db, query, window);
}

/** How many events, first in a donor's order, its first pages end within: a walk to them stays short. */
const SHALLOW_ROWS = 250;

/**
 * A page of a donor with more events than the count's cap. Down the sort's index, the walk checks
 * events one by one until the page is full: it reads about as many events as the page's end
 * divided by the donor's share. For the first ten pages of a donor with 2.5 % of the events that
 * is 10,000 at most, but for the last (page 40) it is 40,000: 90–115 ms at scale. Read by
 * activity, the page costs the donor's own events (24,000 for Canada: 13 ms by date, 21 by total).
 * So past the first pages, the first events in the sort's order tell the donor's share, and the
 * page is read whichever way reads fewer events. A search or a filter has its own ways to its
 * page (listEventIds), and the sort by activity walks the activities' names.
 */
function donorPageIds(db: Db, params: TableParams, window: { limit: number; offset: number }, ofDonor: SQL): number[] {
  const needed = window.offset + window.limit;
  if (needed <= SHALLOW_ROWS || isNarrowed(params.state) || params.state.sort.id === 'activity') return listEventIds(db, params, window);
  const first = matchesAmongFirst(db, params, SORT_PREFIX, needed);
  if (first.length === needed) return first.slice(window.offset);
  const walked = first.length === 0 ? Infinity : (needed * SORT_PREFIX) / first.length;
  // Counted exactly, once until the data changes.
  const donorEventCount = countRows(db, events, and(filteredEvents(params, false), ofDonor), 'exact').total;
  return listEventIds(db, params, window, donorEventCount < walked ? ofDonor : undefined);
}

/** The ids of up to `needed` events the state selects among the first `rows` events in its order. */
function matchesAmongFirst(db: Db, params: TableParams, rows: number, needed: number): number[] {
  const order = eventOrder(params.state);
  const prefix = db.select({ id: events.id }).from(events).orderBy(...order).limit(rows);
  return db
    .select({ id: events.id })
    .from(events)
    .where(and(inArray(events.id, prefix), filteredEvents(params, true, eventColumnsRowByRow)))
    .orderBy(...order)
    .limit(needed)
    .all()
    .map((row) => row.id);
}

const eventFields = {
  id: events.id,
  kind: events.kind,
  title: events.title,
  activityId: activities.id,
  activityName: activities.name,
  countryCode: events.countryCode,
  countryNameEn: memberStates.nameEn,
  countryNameEs: memberStates.nameEs,
  startDate: events.startDate,
  startPrecision: events.startPrecision,
  endDate: events.endDate,
  endPrecision: events.endPrecision,
  modality: events.modality,
  women: events.women,
  men: events.men,
  notDisaggregated: events.notDisaggregated,
  total: eventTotal.mapWith(Number),
  isApproximate: events.isApproximate,
  isArchived: sql<boolean>`${events.archivedAt} is not null`.mapWith(Boolean),
};

function loadEventRows(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = db
    .select(eventFields)
    .from(events)
    .innerJoin(activities, eq(activities.id, events.activityId))
    .leftJoin(memberStates, eq(memberStates.code, events.countryCode))
    .where(inArray(events.id, ids))
    .all();
  return inIdOrder(ids, rows);
}

export type EventRow = ReturnType<typeof loadEventRows>[number];

/** One page of the events table, as the viewer may see it, with how many the filters select. */
export function listEvents(db: Db, params: TableParams) {
  const counting = params.counting ?? 'capped';
  const ofDonor = donorEvents(params.viewer);
  const { total, capped } = countRows(db, events, and(filteredEvents(params, counting === 'capped'), ofDonor), counting);
  const { page, pageCount, limit, offset } = pageWindow(params.state, total);
  const window = { limit, offset };
  const ids = ofDonor && capped ? donorPageIds(db, params, window, ofDonor) : listEventIds(db, params, window, ofDonor);
  return { rows: loadEventRows(db, ids), total, capped, page, pageCount };
}

/** Every event the filters select, in batches, for an export. */
export function* exportEvents(db: Db, params: TableParams, batchSize = 1000): Generator<EventRow[]> {
  for (const ids of chunks(listEventIds(db, params, undefined, donorEvents(params.viewer)), batchSize)) yield loadEventRows(db, ids);
}

const program = alias(programs, 'event_program');

/** An event with its activity and sectors, or undefined when the viewer may not see it. */
export function getEvent(db: Db, params: { viewer: Viewer; id: number }) {
  const event = db
    .select({
      ...eventFields,
      venue: events.venue,
      notes: events.notes,
      sources: events.sources,
      programId: program.id,
      programName: program.name,
    })
    .from(events)
    .innerJoin(activities, eq(activities.id, events.activityId))
    .innerJoin(program, eq(program.id, activities.programId))
    .leftJoin(memberStates, eq(memberStates.code, events.countryCode))
    .where(and(eq(events.id, params.id), eventScope(params.viewer, true)))
    .get();
  if (!event) return undefined;
  const sectorList = db
    .select({ code: sectors.code, nameEn: sectors.nameEn, nameEs: sectors.nameEs })
    .from(eventSectors)
    .innerJoin(sectors, eq(sectors.code, eventSectors.sectorCode))
    .where(eq(eventSectors.eventId, event.id))
    .orderBy(asc(sectors.nameEn))
    .all();
  return { ...event, sectors: sectorList };
}

export type EventDetail = NonNullable<ReturnType<typeof getEvent>>;
