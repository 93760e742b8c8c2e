import 'server-only';
import type { Account } from '@/db/queries/users';
import { authenticateApiRequest } from './authenticate';
import { InvalidParameters, NotFound, problemResponse } from './problem';
import { apiRateLimiter } from './rate-limit';

export interface ApiContext {
  account: Account;
  /** The query string. */
  params: URLSearchParams;
  /** The dynamic segments of the path, e.g. { id: '3' }. */
  path: Record<string, string>;
  request: Request;
}

/**
 * A GET handler of the read API: authenticates (token or session), applies the rate limit, runs
 * the handler and answers JSON, or a problem document for whatever went wrong. The API has no
 * other method, so a token can never write: anything but GET gets 405 from Next itself.
 */
export function apiGet(handler: (context: ApiContext) => unknown | Response | Promise<unknown | Response>) {
  return async (request: Request, route?: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const caller = await authenticateApiRequest(request);
    if (!caller) {
      return problemResponse('unauthorized', 'Send a valid personal access token as "Authorization: Bearer <token>", or sign in.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="dps-results"' },
      });
    }
    const key = caller.tokenId === null ? `user:${caller.account.id}` : `token:${caller.tokenId}`;
    const rate = apiRateLimiter().take(key);
    const rateHeaders = { 'RateLimit-Limit': String(rate.limit), 'RateLimit-Remaining': String(rate.remaining), 'RateLimit-Reset': String(rate.resetSeconds) };
    if (!rate.allowed) {
      return problemResponse('rate-limited', `At most ${rate.limit} requests per window; try again in ${rate.resetSeconds} s.`, {
        headers: { ...rateHeaders, 'Retry-After': String(rate.resetSeconds) },
      });
    }
    try {
      const result = await handler({ account: caller.account, params: new URL(request.url).searchParams, path: (await route?.params) ?? {}, request });
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(rateHeaders)) result.headers.set(name, value);
        return result;
      }
      return Response.json(result, { headers: { 'Cache-Control': 'no-store', ...rateHeaders } });
    } catch (error) {
      if (error instanceof InvalidParameters) return problemResponse('invalid-parameters', 'Some parameters are not valid.', { errors: error.errors, headers: rateHeaders });
      if (error instanceof NotFound) return problemResponse('not-found', 'There is no such record, or it is not yours to see.', { headers: rateHeaders });
      console.error(error);
      return problemResponse('server-error', 'The request could not be answered.', { headers: rateHeaders });
    }
  };
}
