import 'server-only';
import { getAccount } from '@/auth';
import { db } from '@/db';
import { recordApiTokenUse } from '@/db/mutations/api-tokens';
import { getAccountForToken } from '@/db/queries/api-tokens';
import type { Account } from '@/db/queries/users';
import { hashTokenSecret, looksLikeTokenSecret } from './token-secret';

export type ApiCaller = { account: Account; tokenId: number | null };

/**
 * Who is calling the API: the owner of a Bearer token, or else the signed-in session. A request
 * that sends an Authorization header is judged by it alone (a bad token never falls back to the
 * session). The account is read again each time, so revoking a token or deactivating its owner
 * refuses the very next request. Null: not authenticated.
 */
export async function authenticateApiRequest(request: Request): Promise<ApiCaller | null> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const secret = /^Bearer +(\S+)$/i.exec(header.trim())?.[1];
    if (!secret || !looksLikeTokenSecret(secret)) return null;
    const found = getAccountForToken(db, hashTokenSecret(secret));
    if (!found) return null;
    recordApiTokenUse(db, found.tokenId);
    return found;
  }
  const account = await getAccount();
  return account && { account, tokenId: null };
}
