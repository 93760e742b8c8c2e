import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mapConcurrently } from '@/test/concurrency';
import { HOSTILE_MARKER, hostileValueClasses } from '@/test/hostile-values';
import { storageStateOf } from '../support/accounts';
import { databaseFingerprint } from '../support/database';
import { ensureImportBatch, pagePatterns, samplePath } from '../support/routes';
import { builtActions, patternOfPageEntry, postAction } from '../support/server-actions';
import { inTabs } from '../support/tabs';

// Every class of bad value (test/hostile-values.ts) reaches every URL parameter and path segment
// of every page and every field of every server action, once: it must never yield a 500, never
// change the database (unless the action accepted it as valid text), and never come back as
// markup. The random mixes of the same values run in the unit tests (lib/hostile-input.test.ts),
// where they are cheap; here each request costs a render, so each class is sent once.

test.use({ storageState: storageStateOf('admin') });
test.beforeAll(ensureImportBatch);

/** Requests in flight at once against the one test server: enough to overlap its waits. */
const IN_FLIGHT = 6;

const classes = Object.entries(hostileValueClasses);

/**
 * Node refuses a request head over 16 KiB (431) before the app sees it; a huge value is cut to
 * this length in URLs so that it reaches the page. Forms carry it whole.
 */
const HUGE_IN_URL = 4_000;
const inUrl = (value: string) => value.slice(0, HUGE_IN_URL);

/** Markup of ours in a page's HTML, not escaped: the hostile value was rendered as markup. */
const unescapedMarker = new RegExp(`<[a-z]+ ${HOSTILE_MARKER}=`, 'i');

/** Percent-encodes every byte, so that even a lone surrogate (which encodeURIComponent refuses) is sent. */
const encodeBytes = (value: string) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/**
 * One case per class; case i gives the j-th name the class (i + j) mod n, so every name meets every
 * class exactly once, in the company of other classes. '__hostile' stands for a name nobody expects.
 */
function rotatedCases(names: string[]): { label: string; values: Record<string, string> }[] {
  const all = ['__hostile', ...names];
  return classes.map(([label], i) => ({
    label,
    values: Object.fromEntries(all.map((name, j) => [name, classes[(i + j) % classes.length]![1]])),
  }));
}

/** The names of the URL parameters a page uses in its links and its GET forms. */
async function parametersOf(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => {
    const fromLinks = [...document.querySelectorAll('a[href^="/"], a[href^="?"]')].flatMap((a) => [
      ...new URL(a.getAttribute('href')!, location.href).searchParams.keys(),
    ]);
    const fromForms = [...document.querySelectorAll('form:not([action^="javascript"]) [name]')]
      .filter((field) => (field.closest('form')!.getAttribute('method') ?? 'get').toLowerCase() === 'get')
      .map((field) => field.getAttribute('name')!);
    return [...fromLinks, ...fromForms];
  });
  return [...new Set(names)].filter((name) => !name.startsWith('$ACTION') && name !== 'callbackUrl');
}

/** The names of the fields of the forms on a page (server action forms included). */
async function formFieldsOf(page: Page): Promise<string[]> {
  const names = await page.locator('form [name]').evaluateAll((fields) => fields.map((f) => f.getAttribute('name')!));
  return [...new Set(names)].filter((name) => !name.startsWith('$ACTION'));
}

/**
 * The values of the page's own form for an action, with every filled free-text field holding
 * markup: valid but for the markup, so an action that stores text accepts it and the pages must
 * then show it as text. Null when the action's form has no such field (archive, language, …).
 */
async function ownFormWithMarkup(page: Page, actionId: string, markup: string): Promise<Record<string, string> | null> {
  return page.evaluate(
    ({ actionId, markup }) => {
      const form = [...document.querySelectorAll('form')].find((f) =>
        [...f.querySelectorAll<HTMLInputElement>('input[name^="$ACTION_"]')].some((i) => i.name === `$ACTION_ID_${actionId}` || i.value.includes(`"id":"${actionId}"`)),
      );
      if (!form) return null;
      const values: Record<string, string> = {};
      let marked = 0;
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input[name], textarea[name], select[name]')) {
        if (field.name.startsWith('$ACTION') || field.name in values) continue;
        if (field instanceof HTMLInputElement && ['checkbox', 'radio'].includes(field.type) && !field.checked) continue;
        const freeText = (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text')) && field.value !== '' && !/^\d{4}-/.test(field.value);
        values[field.name] = freeText ? markup : field.value;
        if (freeText) marked++;
      }
      return marked ? values : null;
    },
    { actionId, markup },
  );
}

async function expectHarmlessPage(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url.slice(0, 300)).toBeLessThan(500);
  expect(response.status(), `${url.slice(0, 300)} never reached the app`).not.toBe(431);
  const html = await response.text();
  expect(unescapedMarker.test(html), `markup rendered from ${url.slice(0, 300)}`).toBe(false);
}

const appPages = () => pagePatterns().filter((p) => p !== '/login');

test('every class of bad value in every URL parameter and path segment of every page', async ({ page }) => {
  test.setTimeout(300_000);
  const urls: string[] = [];
  for (const pattern of appPages()) {
    const base = samplePath(pattern);
    await page.goto(base);
    const [path, sampleQuery] = base.split('?') as [string, string | undefined];
    for (const { values } of rotatedCases(await parametersOf(page))) {
      const query = new URLSearchParams(sampleQuery);
      for (const [name, value] of Object.entries(values)) query.set(name, inUrl(value));
      urls.push(`${path}?${query}`);
    }
    // Each segment on its own: a bad one ends the page before it reads any query.
    const segments = pattern.split('/').filter((s) => s.startsWith('['));
    for (const segment of segments) {
      for (const [, value] of classes) urls.push(pattern.replace(segment, encodeBytes(inUrl(value))).replace(/\[[^\]]+\]/g, '1'));
    }
  }
  await mapConcurrently(urls, IN_FLIGHT, (url) => expectHarmlessPage(page.request, url));
  console.info(`Hostile input: ${urls.length} page requests, ${classes.length} classes of bad value in every parameter and segment, none failed`);
});

test('every class of bad value in every field of every server action, and what they stored shown as text', async ({ page }) => {
  test.setTimeout(300_000);
  let cases = 0;
  let accepted = 0;
  for (const [key, built] of builtActions()) {
    const pageUrl = samplePath(patternOfPageEntry(built.pages[0]!));
    await page.goto(pageUrl);
    const forms = rotatedCases(await formFieldsOf(page));
    const ownForm = await ownFormWithMarkup(page, built.id, hostileValueClasses.htmlScript);
    if (ownForm) forms.push({ label: 'own form with markup in its text', values: ownForm });
    const call = async ({ label, values }: (typeof forms)[number]) => {
      const response = await postAction(page.request, pageUrl, built.id, values);
      const body = await response.text();
      expect(response.status(), `${key} (${label} first)`).toBeLessThan(500);
      // Accepted: a success state, or the redirect to the record an action makes once it saved.
      return body.includes('"status":"success"') || response.headers()['x-action-redirect'] !== undefined;
    };
    // All of an action's cases at once; if any was accepted, the database may rightly have
    // changed, so the refused ones are sent again one by one to see that each changed nothing.
    const before = databaseFingerprint();
    const outcomes = await mapConcurrently(forms, IN_FLIGHT, call);
    const acceptedHere = outcomes.filter(Boolean).length;
    if (acceptedHere === 0) expect(databaseFingerprint(), `${key} changed the database on a refusal`).toBe(before);
    else {
      for (const form of forms.filter((_, i) => !outcomes[i])) {
        const beforeOne = databaseFingerprint();
        expect(await call(form), `${key} (${form.label} first) was refused before`).toBe(false);
        expect(databaseFingerprint(), `${key} (${form.label} first) changed the database on a refusal`).toBe(beforeOne);
      }
    }
    accepted += acceptedHere;
    cases += forms.length;
  }
  console.info(`Hostile input: ${cases} server action calls with bad fields (${accepted} accepted as valid text), no 500, no change on refusal`);

  // Whatever was accepted as valid text is shown as text on every page, never as markup; the
  // pages load in parallel tabs.
  const urls = appPages().flatMap((pattern) => [samplePath(pattern), `${pattern.replace(/\[[^\]]+\]/g, '1')}?archived=1`]);
  await inTabs(page.context(), 3, urls, async (tab, url) => {
    await tab.goto(url);
    await expect(tab.locator(`[${HOSTILE_MARKER}]`), url).toHaveCount(0);
  });
});
