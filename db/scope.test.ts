import { and, count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from './client';
import { activities, activityDonors, donors } from './schema';
import { activityScope, includesArchived } from './scope';
import type { Viewer } from './viewer';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const visible = (viewer: Viewer, includeArchived?: boolean) =>
  db.select({ n: count() }).from(activities).where(activityScope(viewer, { includeArchived })).get()!.n;

describe('activity scope with archived records', () => {
  it('shows archived activities to staff only when asked', () => {
    const viewer: Viewer = { id: 1, role: 'viewer', donorId: null };
    db.update(activities).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(activities.id, 1)).run();
    expect(visible(viewer)).toBe(12);
    expect(visible(viewer, true)).toBe(13);
  });

  it('never widens a donor scope, archived or not', () => {
    const canada = db.select({ id: donors.id }).from(donors).where(eq(donors.name, 'Canada')).get()!;
    const viewer: Viewer = { id: 9, role: 'donor', donorId: canada.id };
    const funded = db
      .select({ id: activityDonors.activityId })
      .from(activityDonors)
      .where(and(eq(activityDonors.donorId, canada.id)))
      .get()!;
    expect(visible(viewer)).toBe(3);
    expect(visible(viewer, true)).toBe(3);
    db.update(activities).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(activities.id, funded.id)).run();
    expect(visible(viewer, true)).toBe(2);
    expect(visible({ id: 9, role: 'donor', donorId: null }, true)).toBe(0);
    expect(includesArchived(viewer, true)).toBe(false);
  });
});
