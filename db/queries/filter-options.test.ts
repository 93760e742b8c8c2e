import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { activities, activityDonors, donors, programs } from '../schema';
import type { Viewer } from '../viewer';
import { listFilterOptions } from './filter-options';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const staff: Viewer = { id: 1, role: 'viewer', donorId: null };
const sorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/** The expected choices, worked out in plain code from the rows: programs and donors of the live activities given. */
function expectedChoices(activityIds: number[]) {
  const live = db.select().from(activities).all().filter((a) => a.archivedAt === null && activityIds.includes(a.id));
  const links = db.select().from(activityDonors).all().filter((link) => live.some((a) => a.id === link.activityId));
  const liveDonors = new Set(db.select().from(donors).all().filter((d) => d.archivedAt === null).map((d) => d.id));
  const livePrograms = new Set(db.select().from(programs).all().filter((p) => p.archivedAt === null).map((p) => p.id));
  return {
    programs: sorted(live.map((a) => a.programId).filter((id) => livePrograms.has(id))),
    donors: sorted(links.map((link) => link.donorId).filter((id) => liveDonors.has(id))),
  };
}

const choicesOf = (viewer: Viewer) => {
  const options = listFilterOptions(db, { viewer });
  return { programs: sorted(options.programs.map((p) => p.id)), donors: sorted(options.donors.map((d) => d.id)) };
};

describe('filter choices', () => {
  it('offer staff the programs and donors of every live activity', () => {
    db.update(activities).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(activities.id, 1)).run();
    const all = db.select({ id: activities.id }).from(activities).all().map((a) => a.id);
    expect(choicesOf(staff)).toEqual(expectedChoices(all));
  });

  it("offer a donor only the programs and co-funders of its own portfolio", () => {
    const canada = db.select({ id: donors.id }).from(donors).where(eq(donors.name, 'Canada')).get()!;
    const funded = db.select({ id: activityDonors.activityId }).from(activityDonors).where(eq(activityDonors.donorId, canada.id)).all().map((row) => row.id);
    const choices = choicesOf({ id: 9, role: 'donor', donorId: canada.id });
    expect(choices).toEqual(expectedChoices(funded));
    expect(choices.donors).toContain(canada.id);
    expect(choices.programs.length).toBeLessThan(choicesOf(staff).programs.length);
  });

  it('offer an account without a donor nothing', () => {
    expect(choicesOf({ id: 9, role: 'donor', donorId: null })).toEqual({ programs: [], donors: [] });
  });
});
