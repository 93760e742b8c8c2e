import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';

// bcrypt with cost 12: a slow hash, about a quarter of a second per check on this hardware.
const COST = 12;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so both answers take the same time.
const UNKNOWN_ACCOUNT_HASH = bcrypt.hashSync('no account has this password', COST);

export async function burnPasswordCheck(password: string): Promise<false> {
  await bcrypt.compare(password, UNKNOWN_ACCOUNT_HASH);
  return false;
}

/** A one-time password for a new or reset account: 24 URL-safe characters, 144 bits. */
export function generatePassword(): string {
  return crypto.randomBytes(18).toString('base64url');
}
