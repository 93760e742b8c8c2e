import type { APIRequestContext, Page, Request } from '@playwright/test';

/** A server action request as a browser sent it: replayable with someone else's session. */
export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Submits a form by running `submit` and captures the server action POST it makes. */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const [request] = await Promise.all([page.waitForRequest((r: Request) => r.method() === 'POST' && 'next-action' in r.headers()), submit()]);
  await request.response(); // the allowed submission has been carried out before anything is replayed
  const headers = request.headers();
  return {
    url: request.url(),
    headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, accept: 'text/x-component' },
    body: request.postDataBuffer() ?? Buffer.alloc(0),
  };
}

/** Sends a captured action again from another session (e.g. a viewer's or a donor's). */
export function replayAction(request: APIRequestContext, action: CapturedAction) {
  return request.post(action.url, { headers: action.headers, data: action.body, maxRedirects: 0 });
}
