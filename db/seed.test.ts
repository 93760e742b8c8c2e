import { and, asc, eq, getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase, tempDatabaseFile } from '@/test/temp-database';
import { buildDemoDatabase } from './demo-database';
import { verifyPassword } from '@/lib/passwords';
import { openDatabase, type Db } from './client';
import * as schema from './schema';
import { DEMO_PASSWORD, demoAccounts } from './seed';

const { activities, activityDonors, donors, events, memberStates, orgUnits, programs, users } = schema;

let db: Db;
beforeAll(() => {
  db = openDemoDatabase();
});

function eventByTitle(title: string) {
  const event = db.select().from(events).where(eq(events.title, title)).get();
  if (!event) throw new Error(`No event "${title}"`);
  return event;
}

function donorNamesOf(activityName: string) {
  return db
    .select({ name: donors.name })
    .from(activityDonors)
    .innerJoin(donors, eq(activityDonors.donorId, donors.id))
    .innerJoin(activities, eq(activityDonors.activityId, activities.id))
    .where(eq(activities.name, activityName))
    .all()
    .map((d) => d.name);
}

describe('reference data', () => {
  it('holds the 35 OAS member states in their four subregions', () => {
    const rows = db
      .select({ subregion: memberStates.subregion, n: sql<number>`count(*)` })
      .from(memberStates)
      .groupBy(memberStates.subregion)
      .orderBy(asc(memberStates.subregion))
      .all();
    expect(rows).toEqual([
      { subregion: 'caribbean', n: 13 },
      { subregion: 'central_america', n: 7 },
      { subregion: 'north_america', n: 3 },
      { subregion: 'south_america', n: 12 },
    ]);
    expect(db.select().from(memberStates).where(eq(memberStates.code, 'BZ')).get()).toMatchObject({ nameEs: 'Belice' });
  });

  it('holds the three organisational units', () => {
    expect(db.select({ code: orgUnits.code }).from(orgUnits).orderBy(asc(orgUnits.id)).all().map((u) => u.code)).toEqual(['DPS', 'CICTE', 'CICAD']);
  });
});

describe('facts of the source reports', () => {
  it('the Barbados air cargo workshop trained 22 officials: 7 women and 15 men', () => {
    const workshop = eventByTitle('Air Cargo Workshop');
    expect(workshop).toMatchObject({ kind: 'workshop', countryCode: 'BB', women: 7, men: 15, notDisaggregated: 0, isApproximate: false });
    const activity = db.select().from(activities).where(eq(activities.id, workshop.activityId)).get()!;
    const program = db
      .select({ name: programs.name, unit: orgUnits.code })
      .from(programs)
      .innerJoin(orgUnits, eq(programs.unitId, orgUnits.id))
      .where(eq(programs.id, activity.programId))
      .get();
    expect(program).toEqual({ name: 'Aviation Security Program', unit: 'CICTE' });
  });

  it('the Belize tourism workshop is about 23 people, 1 woman and 22 men, marked approximate', () => {
    expect(eventByTitle('Tourism Security Workshop, Belize City')).toMatchObject({ women: 1, men: 22, notDisaggregated: 0, isApproximate: true, countryCode: 'BZ' });
  });

  it('"approximately 45" in Antigua and Barbuda is 45 not disaggregated, marked approximate, gender not stated', () => {
    const workshop = db.select().from(events).where(and(eq(events.countryCode, 'AG'), eq(events.kind, 'workshop'))).get()!;
    expect(workshop).toMatchObject({ women: null, men: null, notDisaggregated: 45, isApproximate: true });
  });

  it('the airport access control workshop: 28 officials, no country stated, completed 7 April 2017, funded by the United States', () => {
    expect(eventByTitle('Airport Access Control Workshop')).toMatchObject({ notDisaggregated: 28, women: null, men: null, countryCode: null });
    const activity = db.select().from(activities).where(eq(activities.name, 'Airport Access Control Workshop')).get()!;
    expect(activity).toMatchObject({ completionDate: '2017-04-07', completionPrecision: 'day', commencementDate: null });
    expect(donorNamesOf('Airport Access Control Workshop')).toEqual(['United States']);
  });

  it('the Belize port assessments run from 12 April to 31 December 2017, funded by Canada', () => {
    const activity = db.select().from(activities).where(eq(activities.name, 'Port Evaluations and Assessments')).get()!;
    expect(activity).toMatchObject({ commencementDate: '2017-04-12', completionDate: '2017-12-31', isOngoing: false });
    expect(donorNamesOf('Port Evaluations and Assessments')).toEqual(['Canada']);
  });

  it('a sheet repeated in several reports is one record naming every file', () => {
    const network = db.select().from(programs).where(eq(programs.name, 'Inter-American Network for Police Development and Professionalization')).get()!;
    expect(network.sources?.split(', ')).toHaveLength(4);
    const names = db.select({ name: activities.name }).from(activities).all().map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('states the Police Network targets: 340 officers on site and 200,000 on the virtual platform', () => {
    const targets = db
      .select({ name: schema.indicators.name, target: schema.indicators.target })
      .from(schema.indicators)
      .innerJoin(activities, eq(schema.indicators.activityId, activities.id))
      .where(eq(activities.name, 'Inter-American Network for Police Development and Professionalization'))
      .all()
      .map((i) => i.target)
      .sort((a, b) => a - b);
    expect(targets).toEqual([340, 200000]);
  });

  it('every program, activity and event names the source file it came from', () => {
    const sourceFile = /^\d{3}_[0-9a-f]{16}\.txt$/;
    for (const table of [programs, activities, events]) {
      for (const row of db.select({ sources: table.sources }).from(table).all()) {
        expect(row.sources?.split(', ').every((s) => sourceFile.test(s))).toBe(true);
      }
    }
  });
});

describe('demo accounts', () => {
  it('has one account per role and donor accounts for Canada and the United States', async () => {
    const accounts = db
      .select({ email: users.email, role: users.role, donor: donors.name, hash: users.passwordHash })
      .from(users)
      .leftJoin(donors, eq(users.donorId, donors.id))
      .orderBy(asc(users.id))
      .all();
    expect(accounts.map(({ email, role, donor }) => ({ email, role, donor }))).toEqual(
      demoAccounts.map(({ email, role }, i) => ({ email, role, donor: [null, null, null, 'Canada', 'United States'][i] })),
    );
    expect(await verifyPassword(DEMO_PASSWORD, accounts[0]!.hash)).toBe(true);
    expect(accounts[0]!.hash).not.toContain(DEMO_PASSWORD);
  });
});

describe('seeding', () => {
  // Everything but the moment of seeding and the salted password hash must be identical.
  const volatile = new Set(['createdAt', 'updatedAt', 'occurredAt', 'passwordHash']);

  function dump(database: Db) {
    const tables = Object.values(schema).filter((value) => is(value, SQLiteTable));
    return Object.fromEntries(
      tables.map((table) => {
        const columns = Object.fromEntries(Object.entries(getTableColumns(table)).filter(([name]) => !volatile.has(name)));
        return [getTableName(table), database.select(columns).from(table).orderBy(...Object.values(columns).map((c) => asc(c))).all()];
      }),
    );
  }

  it('maps every program to a DAC sector for the IATI file', () => {
    const rows = db.select({ name: schema.programs.name, sector: schema.programs.dacSector }).from(schema.programs).all();
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => r.sector !== null && /^\d{5}$/.test(r.sector))).toBe(true);
  });

  it('twice gives the same database', async () => {
    const file = tempDatabaseFile();
    await buildDemoDatabase(file);
    const again = openDatabase(file);
    const first = dump(db);
    expect(Object.keys(first)).toHaveLength(23);
    expect(dump(again)).toEqual(first);
  });
});
