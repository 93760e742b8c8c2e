import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { apiTokens } from '../schema';
import type { Viewer } from '../viewer';
import { getActiveAccount } from './users';

/** The viewer's own tokens, newest first, without their hashes. */
export function listApiTokens(db: Db, params: { viewer: Viewer }) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, params.viewer.id))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .all();
}

export type ApiTokenListItem = ReturnType<typeof listApiTokens>[number];

/**
 * The account a token acts for, read again on every request: undefined when the token is unknown
 * or revoked, or its owner has been deactivated, so either takes effect at once.
 */
export function getAccountForToken(db: Db, secretHash: string) {
  const token = db
    .select({ id: apiTokens.id, userId: apiTokens.userId })
    .from(apiTokens)
    .where(and(eq(apiTokens.secretHash, secretHash), isNull(apiTokens.revokedAt)))
    .get();
  if (!token) return undefined;
  const account = getActiveAccount(db, token.userId);
  return account && { account, tokenId: token.id };
}
