import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashTokenSecret, looksLikeTokenSecret } from '@/lib/api/token-secret';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { getAccountForToken, listApiTokens } from '../queries/api-tokens';
import { apiTokens, auditEvents } from '../schema';
import type { Viewer } from '../viewer';
import { createApiToken, MAX_LIVE_TOKENS, revokeApiToken } from './api-tokens';

let db: Db;
const viewer: Viewer = { id: 3, role: 'viewer', donorId: null };
const other: Viewer = { id: 4, role: 'donor', donorId: 1 };

beforeEach(() => {
  db = openDemoDatabase();
});

describe('personal access tokens', () => {
  it('store only a hash and a short prefix of a secret shown once', () => {
    const { id, secret } = createApiToken(db, { actor: viewer, name: 'Power BI' });
    expect(looksLikeTokenSecret(secret)).toBe(true);
    const row = db.select().from(apiTokens).where(eq(apiTokens.id, id)).get()!;
    expect(row.secretHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(10));
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect(getAccountForToken(db, hashTokenSecret(secret))?.account.id).toBe(viewer.id);
    const [listed] = listApiTokens(db, { viewer });
    expect(listed).toMatchObject({ id, name: 'Power BI', revokedAt: null, lastUsedAt: null });
    expect(Object.keys(listed!)).not.toContain('secretHash');
  });

  it('are audited when created and revoked, and revoked ones find no account', () => {
    const { id, secret } = createApiToken(db, { actor: viewer, name: 'Excel' });
    revokeApiToken(db, { actor: viewer, id });
    expect(getAccountForToken(db, hashTokenSecret(secret))).toBeUndefined();
    const audit = db.select({ action: auditEvents.action, userId: auditEvents.userId }).from(auditEvents).where(eq(auditEvents.entityType, 'api_token')).all();
    expect(audit).toEqual([
      { action: 'create', userId: viewer.id },
      { action: 'revoke', userId: viewer.id },
    ]);
  });

  it("refuse another account's token, a second revocation, duplicate live names and too many tokens", () => {
    const { id } = createApiToken(db, { actor: viewer, name: 'Mine' });
    expect(() => revokeApiToken(db, { actor: other, id })).toThrow('not_found');
    expect(() => createApiToken(db, { actor: viewer, name: 'Mine' })).toThrow('duplicate');
    revokeApiToken(db, { actor: viewer, id });
    expect(() => revokeApiToken(db, { actor: viewer, id })).toThrow('not_found');
    createApiToken(db, { actor: viewer, name: 'Mine' });
    for (let i = 1; i < MAX_LIVE_TOKENS; i++) createApiToken(db, { actor: viewer, name: `t${i}` });
    expect(() => createApiToken(db, { actor: viewer, name: 'one too many' })).toThrow('invalid');
    expect(listApiTokens(db, { viewer: other })).toEqual([]);
  });
});
