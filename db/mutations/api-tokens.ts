import { and, count, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { generateTokenSecret } from '@/lib/api/token-secret';
import { writeAudit } from '../audit';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { apiTokens } from '../schema';
import type { Viewer } from '../viewer';

/** More live tokens than anyone needs is a sign of tokens being lost, not used. */
export const MAX_LIVE_TOKENS = 20;

/**
 * Creates a personal access token for the actor. Returns the secret, which is shown once and
 * never stored: only its hash is.
 */
export function createApiToken(db: Db, params: { actor: Viewer; name: string }): { id: number; secret: string } {
  const { secret, hash, prefix } = generateTokenSecret();
  const id = db.transaction((tx) => {
    const live = and(eq(apiTokens.userId, params.actor.id), isNull(apiTokens.revokedAt));
    if (tx.select({ id: apiTokens.id }).from(apiTokens).where(and(live, eq(apiTokens.name, params.name))).get()) {
      throw new Refusal('duplicate', 'name');
    }
    if (tx.select({ n: count() }).from(apiTokens).where(live).get()!.n >= MAX_LIVE_TOKENS) throw new Refusal('invalid', 'name');
    const row = tx.insert(apiTokens).values({ userId: params.actor.id, name: params.name, secretHash: hash, prefix }).returning({ id: apiTokens.id }).get();
    writeAudit(tx, { userId: params.actor.id, action: 'create', entityType: 'api_token', entityId: row.id, after: { name: params.name, prefix } });
    return row.id;
  });
  return { id, secret };
}

/** Revokes one of the actor's own live tokens; anyone else's, or an unknown one, is not found. */
export function revokeApiToken(db: Db, params: { actor: Viewer; id: number }): void {
  db.transaction((tx) => {
    const token = tx
      .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, params.id), eq(apiTokens.userId, params.actor.id), isNull(apiTokens.revokedAt)))
      .get();
    if (!token) throw new Refusal('not_found');
    tx.update(apiTokens).set({ revokedAt: sql`CURRENT_TIMESTAMP` }).where(eq(apiTokens.id, token.id)).run();
    writeAudit(tx, { userId: params.actor.id, action: 'revoke', entityType: 'api_token', entityId: token.id, before: { name: token.name, prefix: token.prefix } });
  });
}

/** A time as CURRENT_TIMESTAMP writes it ('YYYY-MM-DD HH:MM:SS', UTC), so the two compare as text. */
const sqlTimestamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Notes that a token was used (at most once a minute, so reads rarely write). */
export function recordApiTokenUse(db: Db, id: number): void {
  db.update(apiTokens)
    .set({ lastUsedAt: sql`CURRENT_TIMESTAMP` })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sqlTimestamp(Date.now() - 60_000)))))
    .run();
}
