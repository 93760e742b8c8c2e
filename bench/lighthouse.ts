// Lighthouse on one page, desktop profile, signed in, on Debian's Chromium (Playwright's browser
// download is not reachable here). Lighthouse runs as its own command under plain Node: it sends
// some of its functions to the page as source text, and in this process tsx would have rewritten
// them with helpers that do not exist in the page ("__name is not defined").
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import { chromiumLaunchOptions } from './first-load-js';

export interface LighthouseScores {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  /** First Contentful Paint, Largest Contentful Paint and Total Blocking Time, ms. */
  fcp: number;
  lcp: number;
  tbt: number;
  /** Cumulative Layout Shift, unitless. */
  cls: number;
  /** The audits that cost points, by id (e.g. color-contrast), so a score below the bar says why. */
  failing: string[];
}

const lighthouseCli = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');

async function auditOnce(url: string, cookie: string): Promise<LighthouseScores> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--preset=desktop',
      '--only-categories=performance,accessibility',
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      `--chrome-flags=${[...chromiumLaunchOptions.args, '--headless=new'].join(' ')}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromiumLaunchOptions.executablePath }, maxBuffer: 256 * 1024 * 1024 },
  );
  const { categories, audits, finalDisplayedUrl, runtimeError } = JSON.parse(stdout) as Result;
  if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.message}`);
  // Without the session the page would be the sign-in form, and its scores would be the wrong page's.
  if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} redirected to ${finalDisplayedUrl}`);
  const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const failing = [categories.performance, categories.accessibility]
    .flatMap((category) => category?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && typeof audits[ref.id]?.score === 'number' && audits[ref.id]!.score! < 1)
    .map((ref) => ref.id);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing,
  };
}

/**
 * Lighthouse's desktop audit of `url`, sent with the session `cookie` ("name=value"). Performance
 * varies from run to run, so it runs `runs` times and returns the run with the median
 * performance score, as Lighthouse's documentation advises.
 */
export async function runLighthouse(url: string, cookie: string, runs = 5): Promise<LighthouseScores> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Lighthouse runs must be a whole number from 1, not ${runs}`);
  const results: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) results.push(await auditOnce(url, cookie));
  results.sort((a, b) => a.performance - b.performance);
  return results[Math.floor(results.length / 2)]!;
}
