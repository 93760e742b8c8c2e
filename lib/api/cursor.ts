import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InvalidParameters } from './problem';

// The opaque cursor of a list: the next page's number and a fingerprint of the query it belongs
// to, base64url-encoded. The same filters, sort and limit must come with it; a cursor never
// widens what the query selects (every page goes through the viewer's scope again).

const cursorSchema = z.object({ p: z.number().int().min(2).max(1_000_000), q: z.string().length(16) });

/** The query's own parameters, in a stable order, without the cursor. */
export function queryFingerprint(params: URLSearchParams): string {
  const entries = [...params.entries()].filter(([key]) => key !== 'cursor').sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
}

export function encodeCursor(page: number, params: URLSearchParams): string {
  return Buffer.from(JSON.stringify({ p: page, q: queryFingerprint(params) })).toString('base64url');
}

/** The page a cursor points to; 1 without a cursor. */
export function decodeCursor(params: URLSearchParams): number {
  const raw = params.get('cursor');
  if (raw === null) return 1;
  const invalid = (detail: string) => new InvalidParameters([{ parameter: 'cursor', detail }]);
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) throw invalid('The cursor is not one this API issued.');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid('The cursor is not one this API issued.');
  }
  const cursor = cursorSchema.safeParse(decoded);
  if (!cursor.success) throw invalid('The cursor is not one this API issued.');
  if (cursor.data.q !== queryFingerprint(params)) throw invalid('The cursor belongs to another query: send it with the same filters, sort and limit.');
  return cursor.data.p;
}
