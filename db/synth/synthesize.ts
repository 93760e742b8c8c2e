import { eventKinds, modalities, pillars } from '../schema';
import type { Db } from '../client';
import { rebuildDonorFigures } from '../donor-figures';
import { rebuildEventFigures } from '../event-figures';
import { schemaObjects, withSetAside } from '../set-aside';
import { withSubstringIndexesRebuiltAfter } from '../substring-index';
import { seededRandom, type Random } from './random';

// Synthetic volume for benchmarks: programs, donors, activities, events and indicators shaped like
// the real ones (dates with precision, several countries and donors, counts sometimes not stated),
// added on top of the demo data so the demo accounts still sign in. Deterministic from the seed.
// Like the real programs, each works in a handful of countries over a span of years, and its
// activities and their events happen there and then.

export interface SynthOptions {
  activities: number;
  events: number;
  seed: number;
}

const PROGRAMS = 300;
const DONORS = 40;
const BATCH = 50_000;

const isoDay = (dayNumber: number) => new Date(Date.UTC(2010, 0, 1) + dayNumber * 86_400_000).toISOString().slice(0, 10);

function nullableCount(random: Random, max: number): number | null {
  return random.chance(0.15) ? null : random.int(0, max);
}

/**
 * Adds the synthetic records in a few large transactions of prepared inserts, then derives what
 * is derived from them (search indexes, stored figures) once.
 */
export function synthesize(db: Db, options: SynthOptions): void {
  withSubstringIndexesRebuiltAfter(db, () => withEventIndexesCreatedAfter(db, () => insertRecords(db, options)));
  db.transaction((tx) => {
    rebuildEventFigures(tx);
    rebuildDonorFigures(tx);
  });
}

/**
 * Runs a bulk load with the events' indexes set aside, then creates each once from the loaded rows:
 * kept row by row, a dozen of them took the synthetic database from 48 s to 2 min 20 s. The load
 * itself looks events up by activity, so that index stays.
 */
function withEventIndexesCreatedAfter(db: Db, load: () => void): void {
  withSetAside(db, schemaObjects(db, 'index', (index) => index.tableName === 'events' && index.name !== 'events_activity_idx'), load);
}

function insertRecords(db: Db, options: SynthOptions): void {
  const sqlite = db.$client;
  const random = seededRandom(options.seed);
  const countries = sqlite.prepare('select code from member_states order by code').pluck().all() as string[];
  const units = sqlite.prepare('select id from org_units order by id').pluck().all() as number[];
  const canada = sqlite.prepare("select id from donors where name = 'Canada'").pluck().get() as number;

  const programs = sqlite.transaction(() => {
    const insert = sqlite.prepare('insert into programs (unit_id, name, pillar, dac_sector) values (?, ?, ?, ?)');
    return Array.from({ length: PROGRAMS }, (_, i) => ({
      id: Number(insert.run(random.pick(units), `Synthetic program ${i + 1}`, random.pick(pillars), '15210').lastInsertRowid),
      countries: Array.from({ length: random.int(3, 8) }, () => random.pick(countries)),
      firstDay: random.int(0, 4500),
      spanDays: random.int(3, 8) * 365,
    }));
  })();
  const donorIds = sqlite.transaction(() => {
    const insert = sqlite.prepare("insert into donors (name, kind) values (?, 'other')");
    return [canada, ...Array.from({ length: DONORS }, (_, i) => Number(insert.run(`Synthetic donor ${i + 1}`).lastInsertRowid))];
  })();

  const insertActivity = sqlite.prepare(
    `insert into activities (program_id, name, commencement_date, commencement_precision, completion_date, completion_precision, is_ongoing, target_beneficiaries)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCountry = sqlite.prepare('insert into activity_countries (activity_id, country_code) values (?, ?)');
  const insertDonor = sqlite.prepare('insert into activity_donors (activity_id, donor_id, amount, currency) values (?, ?, ?, ?)');
  const activityIds: number[] = [];
  const activityStart = new Map<number, number>();
  const activityCountries = new Map<number, string[]>();

  for (let done = 0; done < options.activities; done += BATCH) {
    sqlite.transaction(() => {
      for (let i = done; i < Math.min(done + BATCH, options.activities); i++) {
        const program = random.pick(programs);
        const startDay = random.chance(0.1) ? null : program.firstDay + random.int(0, program.spanDays);
        const ongoing = startDay !== null && random.chance(0.2);
        const endDay = startDay === null || ongoing || random.chance(0.1) ? null : startDay + random.int(1, 900);
        const id = Number(
          insertActivity.run(
            program.id,
            `Synthetic activity ${i + 1}: ${random.pick(['workshop', 'training', 'assessment', 'network', 'course'])} on ${random.pick(['border control', 'aviation security', 'cybersecurity', 'victims', 'police'])}`,
            startDay === null ? null : isoDay(startDay),
            startDay === null ? null : random.pick(['day', 'day', 'month', 'year']),
            endDay === null ? null : isoDay(endDay),
            endDay === null ? null : 'day',
            ongoing ? 1 : 0,
            random.chance(0.5) ? 'Public officials' : null,
          ).lastInsertRowid,
        );
        activityIds.push(id);
        if (startDay !== null) activityStart.set(id, startDay);
        const places = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(program.countries)))];
        activityCountries.set(id, places);
        for (const code of places) insertCountry.run(id, code);
        for (const donorId of new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(donorIds)))) {
          const amount = random.chance(0.3) ? random.int(10, 2000) * 1000 : null;
          insertDonor.run(id, donorId, amount, amount === null ? null : 'USD');
        }
      }
    })();
  }

  const insertEvent = sqlite.prepare(
    `insert into events (activity_id, kind, title, country_code, start_date, start_precision, modality, women, men, not_disaggregated, is_approximate)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let done = 0; done < options.events; done += BATCH) {
    sqlite.transaction(() => {
      for (let i = done; i < Math.min(done + BATCH, options.events); i++) {
        const activityId = random.pick(activityIds);
        const start = activityStart.get(activityId);
        const places = activityCountries.get(activityId)!;
        const day = start === undefined || random.chance(0.1) ? null : start + random.int(0, 600);
        const disaggregated = random.chance(0.6);
        insertEvent.run(
          activityId,
          random.pick(eventKinds),
          `Synthetic event ${i + 1}`,
          random.chance(0.1) ? null : random.pick(places),
          day === null ? null : isoDay(day),
          day === null ? null : 'day',
          random.chance(0.2) ? null : random.pick(modalities),
          disaggregated ? nullableCount(random, 40) : null,
          disaggregated ? nullableCount(random, 40) : null,
          disaggregated ? 0 : nullableCount(random, 80),
          random.chance(0.05) ? 1 : 0,
        );
      }
    })();
  }
  addIndicators(db, random, activityIds);
}

/**
 * Indicators on some activities: "people trained" counted from all of its events, and measured
 * ones ("units structured") with a few dated values.
 */
function addIndicators(db: Db, random: Random, activityIds: number[]): void {
  const sqlite = db.$client;
  const insertIndicator = sqlite.prepare('insert into indicators (activity_id, name, target) values (?, ?, ?)');
  const insertMeasurement = sqlite.prepare('insert into indicator_measurements (indicator_id, value, measured_on) values (?, ?, ?)');
  const linkEvents = sqlite.prepare('insert into indicator_events (indicator_id, event_id) select ?, id from events where activity_id = ?');
  sqlite.transaction(() => {
    for (const activityId of activityIds) {
      if (random.chance(0.4)) linkEvents.run(insertIndicator.run(activityId, 'People trained', random.int(20, 400)).lastInsertRowid, activityId);
      if (random.chance(0.2)) {
        const indicatorId = insertIndicator.run(activityId, 'Units structured', random.int(2, 20)).lastInsertRowid;
        for (let m = random.int(1, 3); m > 0; m--) insertMeasurement.run(indicatorId, random.int(0, 20), isoDay(random.int(0, 6000)));
      }
    }
  })();
}
