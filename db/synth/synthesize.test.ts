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
    db.$client.prepare("insert into events (activity_id, kind, title) values (1, 'meeting', 'Written after the load')").run();
    expect(found('events_title_search', 'after the load')).toBe(1);
  });
});
