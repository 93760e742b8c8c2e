import 'server-only';
import type { z } from 'zod';
import { db } from '@/db';
import { getActivity, listActivities, listActivityEvents, type ActivityRow } from '@/db/queries/activities';
import { countLeftOutByPeriod, getHeadlineFigures } from '@/db/queries/dashboard';
import { listDonors, type DonorRow } from '@/db/queries/donors';
import { getEvent, listEvents, type EventRow } from '@/db/queries/events';
import { knownChoices, listFilterOptions } from '@/db/queries/filter-options';
import { listIndicatorProgress, pageIndicatorProgress } from '@/db/queries/indicator-progress';
import { listMapFigures } from '@/db/queries/map-figures';
import { listPrograms, type ProgramRow } from '@/db/queries/programs';
import { listTrainedByCountry, listTrainedByProgram, listTrainedByYear } from '@/db/queries/trained-breakdowns';
import type { Counting } from '@/db/table-sql';
import type { Viewer } from '@/db/viewer';
import { recordIdParamSchema } from '@/lib/route-params';
import { activitiesTableSpec, donorsTableSpec, eventsTableSpec, programsTableSpec } from '@/lib/table-specs';
import type { TableSpec, TableState } from '@/lib/table-state';
import { encodeCursor } from './cursor';
import { assertNoParameters, parseDashboardQuery, parsePagedDashboardQuery, parseTableQuery } from './parameters';
import { NotFound } from './problem';
import type * as resources from './resources';
import type { ApiContext } from './route';

// What each endpoint answers: the same db/queries functions the screens call, with the viewer the
// token or session resolves to, then mapped field by field onto the documented JSON.

type Item<T extends z.ZodType> = z.output<T>;
type TableResult<Row> = { rows: Row[]; total: number; page: number; pageCount: number };

/** One page of a table query, with the cursor of the next; a cursor past the end yields no rows. */
function tablePage<Row, Out>(
  context: ApiContext,
  spec: TableSpec,
  list: (params: { viewer: Viewer; state: TableState; counting: Counting }) => TableResult<Row>,
  map: (row: Row) => Out,
) {
  const { state, limit } = parseTableQuery(spec, context.params);
  // The cursors page through every record, so the total is exact (a table page stops counting).
  const result = list({ viewer: context.account, state, counting: 'exact' });
  const beyondEnd = result.page < state.page;
  const nextCursor = !beyondEnd && result.page < result.pageCount ? encodeCursor(result.page + 1, context.params) : null;
  return { data: beyondEnd ? [] : result.rows.map(map), page: { total: result.total, limit, nextCursor } };
}

/** A path id, or 404 for anything that cannot be one (as for an id the caller may not see). */
function pathId(context: ApiContext): number {
  assertNoParameters(context.params);
  const id = recordIdParamSchema.safeParse(context.path.id);
  if (!id.success) throw new NotFound();
  return id.data;
}

const toActivityItem = (row: ActivityRow): Item<typeof resources.activityItem> => ({
  id: row.id,
  name: row.name,
  programId: row.programId,
  programName: row.programName,
  commencementDate: row.commencementDate,
  commencementPrecision: row.commencementPrecision,
  completionDate: row.completionDate,
  completionPrecision: row.completionPrecision,
  status: row.status,
  isArchived: row.isArchived,
  trained: row.trained,
  shareOfWomen: row.shareOfWomen,
  countries: row.countries.map(({ code, nameEn, nameEs }) => ({ code, nameEn, nameEs })),
  donors: row.donors.map(({ id, name, nameEs }) => ({ id, name, nameEs })),
});

const toProgramItem = (row: ProgramRow): Item<typeof resources.programItem> => ({
  id: row.id,
  name: row.name,
  unit: row.unit,
  isArchived: row.isArchived,
  activities: row.activities,
  countries: row.countries,
  trained: row.trained,
});

const toEventItem = (row: EventRow): Item<typeof resources.eventItem> => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  activityId: row.activityId,
  activityName: row.activityName,
  countryCode: row.countryCode,
  countryNameEn: row.countryNameEn,
  countryNameEs: row.countryNameEs,
  startDate: row.startDate,
  startPrecision: row.startPrecision,
  endDate: row.endDate,
  endPrecision: row.endPrecision,
  modality: row.modality,
  women: row.women,
  men: row.men,
  notDisaggregated: row.notDisaggregated,
  total: row.total,
  isApproximate: row.isApproximate,
  isArchived: row.isArchived,
});

const toDonorItem = (row: DonorRow): Item<typeof resources.donorItem> => ({
  id: row.id,
  name: row.name,
  nameEs: row.nameEs,
  kind: row.kind,
  isArchived: row.isArchived,
  activities: row.activities,
  countries: row.countries,
  amount: row.amount,
  currency: row.currency,
});

const genderCounts = (row: { women: number; men: number; notDisaggregated: number; total: number }) => ({
  women: row.women,
  men: row.men,
  notDisaggregated: row.notDisaggregated,
  total: row.total,
});

const knownChoicesOf = (context: ApiContext) => knownChoices(listFilterOptions(db, { viewer: context.account }));
const dashboardFiltersOf = (context: ApiContext) => parseDashboardQuery(context.params, knownChoicesOf(context));

export const apiHandlers = {
  listActivities: (context: ApiContext) => tablePage(context, activitiesTableSpec, (params) => listActivities(db, params), toActivityItem),

  getActivity: (context: ApiContext): { data: Item<typeof resources.activityDetail> } => {
    const activity = getActivity(db, { viewer: context.account, id: pathId(context) });
    if (!activity) throw new NotFound();
    return {
      data: {
        id: activity.id,
        name: activity.name,
        programId: activity.programId,
        programName: activity.programName,
        pillar: activity.pillar,
        unitCode: activity.unitCode,
        commencementDate: activity.commencementDate,
        commencementPrecision: activity.commencementPrecision,
        completionDate: activity.completionDate,
        completionPrecision: activity.completionPrecision,
        isOngoing: activity.isOngoing,
        status: activity.status,
        isArchived: activity.archivedAt !== null,
        targetBeneficiaries: activity.targetBeneficiaries,
        summary: activity.summary,
        objectives: activity.objectives,
        results: activity.results,
        additionalInfoUrl: activity.additionalInfoUrl,
        countries: activity.countries,
        donors: activity.donors.map(({ id, name, nameEs, amount, currency }) => ({ id, name, nameEs, amount, currency })),
        events: listActivityEvents(db, { activityId: activity.id }).map((e) => ({
          id: e.id,
          kind: e.kind,
          title: e.title,
          countryCode: e.countryCode,
          startDate: e.startDate,
          startPrecision: e.startPrecision,
          modality: e.modality,
          women: e.women,
          men: e.men,
          notDisaggregated: e.notDisaggregated,
          total: Number(e.total),
          isApproximate: e.isApproximate,
        })),
        indicators: listIndicatorProgress(db, { viewer: context.account, activityIds: [activity.id] }),
      },
    };
  },

  listPrograms: (context: ApiContext) => tablePage(context, programsTableSpec, (params) => listPrograms(db, params), toProgramItem),

  listEvents: (context: ApiContext) => tablePage(context, eventsTableSpec, (params) => listEvents(db, params), toEventItem),

  getEvent: (context: ApiContext): { data: Item<typeof resources.eventDetail> } => {
    const event = getEvent(db, { viewer: context.account, id: pathId(context) });
    if (!event) throw new NotFound();
    return { data: { ...toEventItem(event), venue: event.venue, programId: event.programId, programName: event.programName, sectors: event.sectors } };
  },

  listDonors: (context: ApiContext) => tablePage(context, donorsTableSpec, (params) => listDonors(db, params), toDonorItem),

  listCountries: (context: ApiContext): { data: Item<typeof resources.countryItem>[] } => {
    assertNoParameters(context.params);
    return {
      data: listMapFigures(db, { viewer: context.account }).map((c) => ({
        code: c.code,
        nameEn: c.nameEn,
        nameEs: c.nameEs,
        subregion: c.subregion,
        activities: c.activities,
        ...genderCounts(c),
      })),
    };
  },

  listIndicators: (context: ApiContext) => {
    const { filters, page, limit } = parsePagedDashboardQuery(context.params, knownChoicesOf(context));
    const { indicators, total } = pageIndicatorProgress(db, { viewer: context.account, filters, page, size: limit });
    const nextCursor = page * limit < total ? encodeCursor(page + 1, context.params) : null;
    return { data: indicators satisfies Item<typeof resources.indicatorItem>[], page: { total, limit, nextCursor } };
  },

  getDashboard: (context: ApiContext): { data: Item<typeof resources.dashboardSummary> } => {
    const filters = dashboardFiltersOf(context);
    const viewer = context.account;
    return {
      data: {
        figures: getHeadlineFigures(db, { viewer, filters }),
        leftOutByPeriod: countLeftOutByPeriod(db, { viewer, filters }),
        trainedByCountry: listTrainedByCountry(db, { viewer, filters }).map((r) => ({ countryCode: r.countryCode, nameEn: r.nameEn, nameEs: r.nameEs, ...genderCounts(r) })),
        trainedByYear: listTrainedByYear(db, { viewer, filters }).map((r) => ({ year: r.year, ...genderCounts(r) })),
        trainedByProgram: listTrainedByProgram(db, { viewer, filters }).map((r) => ({ programId: r.programId, name: r.name, ...genderCounts(r) })),
      },
    };
  },
};
