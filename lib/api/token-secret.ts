import { createHash, randomBytes } from 'node:crypto';

// A personal access token's secret: "dps_" and 32 random bytes. Only its SHA-256 is stored; a
// request's token is found by hashing what it sends, so the secret never needs to be compared.

const TOKEN_PREFIX = 'dps_';
/** How many characters of the secret the token list shows, to tell tokens apart. */
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 6;

export function generateTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, DISPLAY_LENGTH) };
}

export const hashTokenSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether a string can be a token at all (checked before any lookup). */
export const looksLikeTokenSecret = (value: string) => /^dps_[A-Za-z0-9_-]{43}$/.test(value);
