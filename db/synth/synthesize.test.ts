import { describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import { synthesize } from './synthesize';

async function synthesized(seed: number) {
  const db = openDemoDatabase();
  synthesize(db, { activities: 300, events: 2000, seed });
  const rows = (sql: string) => JSON.stringify(db.$client.prepare(sql).raw().all());
  return {
    counts: db.$client.prepare('select (select count(*) from activities), (select count(*) from events)').raw().get(),
    activities: rows('select id, program_id, name, commencement_date, completion_date, is_ongoing from activities order by id'),
    events: rows('select id, activity_id, kind, country_code, start_date, women, men, not_disaggregated from events order by id'),
    links: rows('select * from activity_donors order by activity_id, donor_id'),
  };
}

describe('synthetic database', () => {
  it('adds the volume asked for on top of the demo data, the same for the same seed', async () => {
    const [first, again, other] = await Promise.all([synthesized(7), synthesized(7), synthesized(8)]);
    expect(first.counts).toEqual([13 + 300, 12 + 2000]);
    expect(again).toEqual(first);
    expect(other.events).not.toEqual(first.events);
  });

  it('leaves the indexes of the events as the migrations made them', () => {
    const db = openDemoDatabase();
    const indexes = () => db.$client.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'events' order by name").raw().all();
    const before = indexes();
    expect(before.length).toBeGreaterThan(5);
    synthesize(db, { activities: 50, events: 300, seed: 1 });
    expect(indexes()).toEqual(before);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('leaves the trigram search indexes whole, and kept by their triggers again', async () => {
    const db = openDemoDatabase();
    const triggers = () => db.$client.prepare("select name from sqlite_master where type = 'trigger' order by name").pluck().all();
    const before = triggers();
    synthesize(db, { activities: 50, events: 300, seed: 1 });
    expect(triggers()).toEqual(before);
    const found = (index: string, text: string) =>
      db.$client.prepare(`select count(*) from "${index}" where "${index}" match ?`).pluck().get(`"${text}"`);
    expect(found('events_title_search', 'synthetic event')).toBe(300);
    expect(found('activities_name_search', 'synthetic activity')).toBe(50);
    // The demo's own rows are still found: the rebuild read every row, not only the new ones.
    expect(found('events_title_search', 'air cargo workshop')).toBe(1);
    // With rank 1, FTS5 throws when the index does not hold exactly the rows of its table.
    expect(() => db.$client.exec("insert into events_title_search (events_title_search, rank) values ('integrity-check', 1)")).not.toThrow();
    db.$client.prepare("insert into events (activity_id, kind, title) values (1, 'meeting', 'Written after the load')").run();
    expect(found('events_title_search', 'after the load')).toBe(1);
  });
});
