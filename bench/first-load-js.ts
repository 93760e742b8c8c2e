// First-load JavaScript of every page route: the gzip size of the scripts a browser downloads
// when it opens the route cold.
//
// Measured in Chromium rather than read from the build's manifests: Next 16's Turbopack build no
// longer prints sizes, and its manifests list chunks per segment (root layout, group layout,
// error and not-found boundaries, page) with rules about which of them a first visit loads that
// are internal to Next and change between versions. Loading the page and summing what the
// browser actually fetched measures what users pay, whatever those rules are. The app's links
// do not prefetch (components/ui/link.tsx), so each figure is the route's own cost and not that
// of the links on it.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from '@playwright/test';

export interface RouteWeight {
  /** The route as declared, e.g. /activities/[id]. */
  route: string;
  /** The address measured, or null when the database has no record to fill the route's parameters. */
  url: string | null;
  scripts: number;
  /** Bytes of JavaScript, gzip level 9 (what `next build` used to print). */
  jsGzip: number;
  /** Bytes of the HTML document, gzip level 9: the server-rendered page and its RSC payload. */
  htmlGzip: number;
}

export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

interface PageRoute {
  route: string;
  /** Pages outside the signed-in shell (the sign-in page) are measured signed out. */
  isSignedOut: boolean;
}

/** Every page route of the build in `.next`, from its route manifest (route handlers and Next's own error pages left out). */
export function pageRoutes(distDir = path.join(process.cwd(), '.next')): PageRoute[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([entry, route]) => entry.endsWith('/page') && !route.startsWith('/_'))
    .map(([entry, route]) => ({ route, isSignedOut: entry.startsWith('/(auth)/') }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** Opens `url` in a fresh context and weighs the document and every script it loads. */
async function weigh(browser: Browser, url: string, cookie: string | null): Promise<Omit<RouteWeight, 'route' | 'url'>> {
  const context = await browser.newContext();
  try {
    if (cookie) {
      const [name, ...value] = cookie.split('=');
      await context.addCookies([{ name: name!, value: value.join('='), url }]);
    }
    const page = await context.newPage();
    const pending: Promise<number>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() === 'script' && response.ok()) pending.push(response.body().then(gzipBytes));
    };
    page.on('response', onResponse);
    const document = await page.goto(url, { waitUntil: 'networkidle' });
    // What the page fetches after the network went idle is not the first load; its body could
    // also still be arriving when the context closes.
    page.off('response', onResponse);
    if (!document?.ok()) throw new Error(`${url} answered ${document?.status()}`);
    if (new URL(page.url()).pathname !== new URL(url).pathname) throw new Error(`${url} redirected to ${page.url()}`);
    const sizes = await Promise.all(pending);
    return { scripts: sizes.length, jsGzip: sizes.reduce((a, b) => a + b, 0), htmlGzip: gzipBytes(await document.body()) };
  } finally {
    await context.close();
  }
}

/**
 * Loads every page route of the build on the running server at `base`, signed in with `cookie`
 * (an account that may open every page, e.g. an administrator). `urlFor` turns a route into the
 * address to open, filling its parameters (null: no record to show, the route is listed unmeasured).
 */
export async function measureFirstLoadJs({ base, cookie, urlFor }: {
  base: string;
  cookie: string;
  urlFor: (route: string) => string | null;
}): Promise<RouteWeight[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const weights: RouteWeight[] = [];
    for (const { route, isSignedOut } of pageRoutes()) {
      const address = urlFor(route);
      if (address === null) {
        weights.push({ route, url: null, scripts: 0, jsGzip: 0, htmlGzip: 0 });
        continue;
      }
      weights.push({ route, url: address, ...(await weigh(browser, base + address, isSignedOut ? null : cookie)) });
    }
    return weights;
  } finally {
    await browser.close();
  }
}
