import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { openDemoDatabase } from '@/test/temp-database';
import { authenticate, createSignInThrottles, SignInLocked } from './sign-in';
import { accountThrottlePolicy, addressThrottlePolicy, SignInThrottle } from './sign-in-throttle';

let db: Db;
beforeAll(() => {
  db = openDemoDatabase();
});

describe('authenticate', () => {
  it('signs a demo account in, whatever the case of its email, and never returns the hash', async () => {
    const account = await authenticate(db, { email: '  Canada@Demo.DPS-Results.org ', password: DEMO_PASSWORD });
    expect(account).toMatchObject({ email: 'canada@demo.dps-results.org', role: 'donor' });
    expect(account?.donorId).toEqual(expect.any(Number));
    expect(Object.keys(account ?? {})).not.toContain('passwordHash');
  });

  it.each([
    ['a wrong password', { email: 'viewer@demo.dps-results.org', password: 'wrong-password' }],
    ['an unknown account', { email: 'nobody@example.org', password: DEMO_PASSWORD }],
    ['no input', undefined],
    ['wrong types', { email: 42, password: ['x'] }],
    ['an empty password', { email: 'viewer@demo.dps-results.org', password: '' }],
    ['SQL in the email', { email: "' OR 1=1 --", password: DEMO_PASSWORD }],
    ['a huge password', { email: 'viewer@demo.dps-results.org', password: 'x'.repeat(1_000_000) }],
  ])('refuses %s with the same silent null', async (_case, input) => {
    expect(await authenticate(db, input)).toBeNull();
  });

  it('refuses a deactivated account even with the right password', async () => {
    db.update(users).set({ isActive: false }).where(eq(users.email, 'editor@demo.dps-results.org')).run();
    expect(await authenticate(db, { email: 'editor@demo.dps-results.org', password: DEMO_PASSWORD })).toBeNull();
  });

  it('records a successful sign-in on the account and in the audit log, and a failed one nowhere', async () => {
    const admin = db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@demo.dps-results.org')).get()!;
    const signIns = () => db.select().from(auditEvents).where(and(eq(auditEvents.action, 'sign_in'), eq(auditEvents.userId, admin.id))).all();
    await authenticate(db, { email: 'admin@demo.dps-results.org', password: 'wrong-password' });
    expect(signIns()).toHaveLength(0);

    const account = await authenticate(db, { email: 'admin@demo.dps-results.org', password: DEMO_PASSWORD });
    const row = db.select({ at: users.lastSignInAt }).from(users).where(eq(users.email, 'admin@demo.dps-results.org')).get();
    expect(row?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(signIns()).toMatchObject([{ userId: account?.id, entityType: 'user', entityId: String(account?.id) }]);
  });
});

describe('repeated failed sign-ins', () => {
  const lockAudits = () => db.select().from(auditEvents).where(eq(auditEvents.action, 'sign_in_locked')).all();

  it('lock the account, even against the right password, with one audit event naming it', async () => {
    const throttles = createSignInThrottles();
    const viewer = db.select({ id: users.id }).from(users).where(eq(users.email, 'viewer@demo.dps-results.org')).get()!;
    const before = lockAudits().length;
    for (let i = 0; i < 10; i++) {
      expect(await authenticate(db, { email: 'viewer@demo.dps-results.org', password: `guess-${i}` }, { throttles })).toBeNull();
    }
    await expect(authenticate(db, { email: 'viewer@demo.dps-results.org', password: DEMO_PASSWORD }, { throttles })).rejects.toThrow(SignInLocked);
    expect(lockAudits().slice(before)).toMatchObject([{ userId: viewer.id, entityType: 'user', entityId: String(viewer.id) }]);
  });

  it('lock an address that guesses across accounts, not the accounts on other addresses', async () => {
    // The address policy with smaller numbers, so that the test makes few (slow) bcrypt checks.
    const throttles = {
      account: new SignInThrottle(accountThrottlePolicy),
      address: new SignInThrottle({ ...addressThrottlePolicy, freeFailures: 2, lockAfter: 5, delayStepMs: 1 }),
    };
    for (let i = 0; i < 5; i++) {
      await authenticate(db, { email: `someone${i}@example.org`, password: 'guess' }, { throttles, address: '203.0.113.7' });
    }
    await expect(authenticate(db, { email: 'admin@demo.dps-results.org', password: DEMO_PASSWORD }, { throttles, address: '203.0.113.7' })).rejects.toThrow(SignInLocked);
    expect(await authenticate(db, { email: 'admin@demo.dps-results.org', password: DEMO_PASSWORD }, { throttles, address: '203.0.113.8' })).toMatchObject({ role: 'admin' });
    expect(lockAudits().at(-1)).toMatchObject({ userId: null, entityType: 'address', entityId: '203.0.113.7' });
  });
});
