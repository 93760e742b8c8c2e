import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { events, indicatorEvents, indicatorMeasurements, indicators } from '../schema';
import type { Viewer } from '../viewer';
import { listFirstIndicatorProgress, listIndicatorProgress } from './indicator-progress';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const viewer: Viewer = { id: 1, role: 'viewer', donorId: null };

function indicatorNamed(start: string) {
  return db.select().from(indicators).all().find((i) => i.name.startsWith(start))!;
}

describe('indicators against their targets', () => {
  it('list the four targets of the sources, none measured yet: null, never 0', () => {
    const rows = listIndicatorProgress(db, { viewer });
    expect(rows.map((r) => [r.target, r.value, r.ratio]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [6, null, null],
      [120, null, null],
      [340, null, null],
      [200000, null, null],
    ]);
  });

  it('give the first ones in the same order, and whether more exist', () => {
    const all = listIndicatorProgress(db, { viewer });
    expect(listFirstIndicatorProgress(db, { viewer }, 3)).toEqual({ indicators: all.slice(0, 3), more: true });
    expect(listFirstIndicatorProgress(db, { viewer }, 4)).toEqual({ indicators: all, more: false });
    expect(listFirstIndicatorProgress(db, { viewer: { id: 4, role: 'donor', donorId: 1 } }, 3)).toEqual({ indicators: [], more: false });
  });

  it('take progress from linked events, inside the period', () => {
    const indicator = indicatorNamed('Police officers trained');
    const linked = db
      .insert(events)
      .values([
        { activityId: indicator.activityId, title: 'Course 1', kind: 'training_course', startDate: '2016-05-01', startPrecision: 'day', men: 30, women: 10 },
        { activityId: indicator.activityId, title: 'Course 2', kind: 'training_course', startDate: '2017-05-01', startPrecision: 'day', notDisaggregated: 45 },
      ])
      .returning({ id: events.id })
      .all();
    db.insert(indicatorEvents).values(linked.map((event) => ({ indicatorId: indicator.id, eventId: event.id }))).run();

    const find = (filters = {}) => listIndicatorProgress(db, { viewer, filters }).find((r) => r.id === indicator.id)!;
    expect(find()).toMatchObject({ value: 85, ratio: 85 / 340 });
    expect(find({ from: '2017-01-01' })).toMatchObject({ value: 45 });
    expect(find({ to: '2015-12-31' })).toMatchObject({ value: 0 });
  });

  it('take the latest measured value up to the end of the period', () => {
    const indicator = indicatorNamed('Multidisciplinary Attention Units');
    db.insert(indicatorMeasurements).values([
      { indicatorId: indicator.id, value: 2, measuredOn: '2016-06-30' },
      { indicatorId: indicator.id, value: 5, measuredOn: '2017-06-30' },
    ]).run();
    const find = (filters = {}) => listIndicatorProgress(db, { viewer, filters }).find((r) => r.id === indicator.id)!;
    expect(find()).toMatchObject({ value: 5, ratio: 5 / 6 });
    expect(find({ to: '2016-12-31' })).toMatchObject({ value: 2 });
  });

  it('show a new measurement among the first ones on the next read', () => {
    const indicator = indicatorNamed('Multidisciplinary Attention Units');
    const firstOf = () => listFirstIndicatorProgress(db, { viewer }, 4).indicators.find((r) => r.id === indicator.id)!;
    expect(firstOf()).toMatchObject({ value: null });
    db.insert(indicatorMeasurements).values({ indicatorId: indicator.id, value: 3, measuredOn: '2017-06-30' }).run();
    expect(firstOf()).toMatchObject({ value: 3, ratio: 3 / 6 });
  });

  it('show a donor only the indicators of activities it funds', () => {
    expect(listIndicatorProgress(db, { viewer: { id: 4, role: 'donor', donorId: 1 } })).toEqual([]);
    const caf = listIndicatorProgress(db, { viewer: { id: 9, role: 'donor', donorId: 3 } });
    expect(caf.map((r) => r.target).sort((a, b) => a - b)).toEqual([340, 200000]);
  });
});
