import { toStoredDate } from '@/lib/partial-date';
import type { Db } from './client';
import { writeAudit } from './audit';
import { rebuildDonorFigures } from './donor-figures';
import { rebuildEventFigures } from './event-figures';
import { demoProgramSectors } from './reference-data/dac-sectors';
import { memberStateRecords } from './reference-data/member-states';
import { orgUnitRecords } from './reference-data/org-units';
import { sectorRecords } from './reference-data/sectors';
import {
  activities,
  activityCountries,
  activityDonors,
  donors,
  eventSectors,
  events,
  indicatorEvents,
  indicatorMeasurements,
  indicators,
  memberStates,
  orgUnits,
  programs,
  sectors,
  users,
  type Role,
} from './schema';
import * as seedData from './seed-data';
import type { SeedActivity, SeedDate } from './seed-data/types';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** ISO code of the donor country the account is linked to, for donor accounts. */
  donorCountry?: string;
}

/** The demo accounts; they exist only in the demo database. Their password is in the README. */
export const demoAccounts: DemoAccount[] = [
  { email: 'admin@demo.dps-results.org', name: 'Ana Administradora', role: 'admin' },
  { email: 'editor@demo.dps-results.org', name: 'Eduardo Editor', role: 'editor' },
  { email: 'viewer@demo.dps-results.org', name: 'Valeria Viewer', role: 'viewer' },
  { email: 'canada@demo.dps-results.org', name: 'Claire Canada', role: 'donor', donorCountry: 'CA' },
  { email: 'usa@demo.dps-results.org', name: 'Sam States', role: 'donor', donorCountry: 'US' },
];

export const DEMO_PASSWORD = 'dps-results-demo';

const start = (value: SeedDate | null) => (value === null ? null : toStoredDate(value, 'start'));
const end = (value: SeedDate | null) => (value === null ? null : toStoredDate(value, 'end'));
const joinNotes = (notes: string[]) => (notes.length ? notes.join('\n') : null);

/** Loads the reference data and the demo data of the source reports into an empty, migrated database. */
export function seedDemoData(db: Db, params: { demoPasswordHash: string }): void {
  db.transaction((tx) => {
    tx.insert(memberStates).values(memberStateRecords).run();
    tx.insert(orgUnits).values([...orgUnitRecords]).run();
    tx.insert(sectors).values(sectorRecords).run();

    const unitIds = new Map(tx.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits).all().map((u) => [u.code, u.id]));

    const donorIds = new Map<string, number>();
    for (const donor of seedData.donors) {
      const { id } = tx
        .insert(donors)
        .values({ name: donor.name, nameEs: donor.nameEs, kind: donor.kind, countryCode: donor.countryCode })
        .returning({ id: donors.id })
        .get();
      donorIds.set(donor.key, id);
      seeded(tx, 'donor', id, { name: donor.name });
    }

    const programIds = new Map<string, number>();
    for (const program of seedData.programs) {
      const { id } = tx
        .insert(programs)
        .values({
          unitId: required(unitIds.get(program.unit), `unit ${program.unit}`),
          name: program.name,
          pillar: program.pillar,
          summary: program.summary,
          objectives: program.objectives,
          url: program.url,
          dacSector: demoProgramSectors[program.key] ?? null,
          sources: program.sources.join(', '),
          notes: joinNotes(program.notes),
        })
        .returning({ id: programs.id })
        .get();
      programIds.set(program.key, id);
      seeded(tx, 'program', id, { name: program.name, sources: program.sources });
    }

    for (const activity of seedData.activities) {
      insertActivity(tx, activity, {
        programId: required(programIds.get(activity.programKey), `program ${activity.programKey}`),
        donorIds,
      });
    }

    for (const account of demoAccounts) {
      const donorId = account.donorCountry ? donorIdForCountry(donorIds, account.donorCountry) : null;
      const { id } = tx
        .insert(users)
        .values({ email: account.email, name: account.name, role: account.role, donorId, passwordHash: params.demoPasswordHash })
        .returning({ id: users.id })
        .get();
      writeAudit(tx, { userId: null, action: 'create', entityType: 'user', entityId: id, after: { ...account, donorId } });
    }
    rebuildEventFigures(tx);
    rebuildDonorFigures(tx);
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The creation of a seeded record, by the system, so its history starts with its source. */
function seeded(tx: Tx, entityType: string, entityId: number, after: object): void {
  writeAudit(tx, { userId: null, action: 'create', entityType, entityId, after });
}

function insertActivity(tx: Tx, activity: SeedActivity, refs: { programId: number; donorIds: Map<string, number> }): void {
  const commencement = start(activity.commencement);
  const completion = end(activity.completion);
  const { id: activityId } = tx
    .insert(activities)
    .values({
      programId: refs.programId,
      name: activity.name,
      commencementDate: commencement?.date ?? null,
      commencementPrecision: commencement?.precision ?? null,
      completionDate: completion?.date ?? null,
      completionPrecision: completion?.precision ?? null,
      isOngoing: activity.isOngoing,
      targetBeneficiaries: activity.targetBeneficiaries,
      summary: activity.summary,
      objectives: activity.objectives,
      results: activity.results,
      additionalInfoUrl: activity.additionalInfoUrl,
      sources: activity.sources.join(', '),
      notes: joinNotes(activity.notes),
    })
    .returning({ id: activities.id })
    .get();
  seeded(tx, 'activity', activityId, { name: activity.name, sources: activity.sources });

  if (activity.countries.length) {
    tx.insert(activityCountries)
      .values(activity.countries.map((countryCode) => ({ activityId, countryCode })))
      .run();
  }
  if (activity.donors.length) {
    tx.insert(activityDonors)
      .values(
        activity.donors.map((d) => ({
          activityId,
          donorId: required(refs.donorIds.get(d.donorKey), `donor ${d.donorKey}`),
          amount: d.amount,
          currency: d.currency,
        })),
      )
      .run();
  }

  const eventIds = new Map<string, number>();
  for (const event of activity.events) {
    const startDate = start(event.start);
    const endDate = end(event.end);
    const { id } = tx
      .insert(events)
      .values({
        activityId,
        kind: event.kind,
        title: event.title,
        countryCode: event.country,
        startDate: startDate?.date ?? null,
        startPrecision: startDate?.precision ?? null,
        endDate: endDate?.date ?? null,
        endPrecision: endDate?.precision ?? null,
        venue: event.venue,
        modality: event.modality,
        women: event.women,
        men: event.men,
        notDisaggregated: event.notDisaggregated,
        isApproximate: event.isApproximate,
        sources: event.source,
        notes: joinNotes(event.notes),
      })
      .returning({ id: events.id })
      .get();
    eventIds.set(event.title, id);
    seeded(tx, 'event', id, { title: event.title, sources: [event.source] });
    if (event.sectors.length) {
      tx.insert(eventSectors)
        .values(event.sectors.map((sectorCode) => ({ eventId: id, sectorCode })))
        .run();
    }
  }

  for (const indicator of activity.indicators) {
    const { id: indicatorId } = tx
      .insert(indicators)
      .values({ activityId, name: indicator.name, target: indicator.target, sources: indicator.source })
      .returning({ id: indicators.id })
      .get();
    seeded(tx, 'indicator', indicatorId, { name: indicator.name, target: indicator.target, sources: [indicator.source] });
    for (const title of indicator.eventTitles) {
      const eventId = required(eventIds.get(title), `event "${title}" of ${activity.key}`);
      tx.insert(indicatorEvents).values({ indicatorId, eventId }).run();
    }
    for (const m of indicator.measurements) {
      tx.insert(indicatorMeasurements)
        .values({ indicatorId, value: m.value, measuredOn: toStoredDate(m.measuredOn, 'end').date, note: m.note })
        .run();
    }
  }
}

function donorIdForCountry(donorIds: Map<string, number>, countryCode: string): number {
  const donor = seedData.donors.find((d) => d.countryCode === countryCode && d.kind === 'member_state');
  return required(donor ? donorIds.get(donor.key) : undefined, `donor for country ${countryCode}`);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Seed data refers to a missing ${what}`);
  return value;
}
