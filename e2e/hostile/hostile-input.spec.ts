import fc from 'fast-check';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { HOSTILE_MARKER, hostileValue } from '@/test/hostile-values';
import { storageStateOf } from '../support/accounts';
import { databaseFingerprint } from '../support/database';
import { ensureImportBatch, pagePatterns, samplePath } from '../support/routes';
import { builtActions, patternOfPageEntry, postAction } from '../support/server-actions';

// Property-based: for every URL parameter the pages use and every field of every server action,
// generated bad values must never yield a 500, never change the database (unless the action
// accepted them as valid text), and never come back as markup.

test.use({ storageState: storageStateOf('admin') });
test.beforeAll(ensureImportBatch);

const RUNS_PER_PAGE = Number(process.env.HOSTILE_RUNS ?? 12);
const RUNS_PER_ACTION = Number(process.env.HOSTILE_RUNS ?? 12);

/** Markup of ours in a page's HTML, not escaped: the hostile value was rendered as markup. */
const unescapedMarker = new RegExp(`<[a-z]+ ${HOSTILE_MARKER}=`, 'i');

/** Percent-encodes every byte, so that even a lone surrogate (which encodeURIComponent refuses) is sent. */
const encodeBytes = (value: string) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

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

async function expectHarmlessPage(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBeLessThan(500);
  const html = await response.text();
  expect(unescapedMarker.test(html), `markup rendered from ${url}`).toBe(false);
}

test('generated bad values in every URL parameter and path segment of every page', async ({ page }) => {
  test.setTimeout(600_000);
  let cases = 0;
  for (const pattern of pagePatterns().filter((p) => p !== '/login')) {
    const base = samplePath(pattern);
    await page.goto(base);
    const parameters = await parametersOf(page);
    const segments = pattern.split('/').filter((s) => s.startsWith('['));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('__hostile', ...parameters), hostileValue, { maxKeys: 4 }), fc.option(hostileValue), async (query, segment) => {
        const path = segment !== null && segments.length ? pattern.replace(segments[0]!, encodeBytes(segment)).replace(/\[[^\]]+\]/g, '1') : base.split('?')[0]!;
        const url = `${path}?${new URLSearchParams(query)}`;
        await expectHarmlessPage(page.request, url);
        cases++;
      }),
      { numRuns: RUNS_PER_PAGE },
    );
  }
  console.info(`Hostile input: ${cases} page requests with generated bad parameters, none failed`);
});

test('generated bad values in every field of every server action, and what they stored shown as text', async ({ page }) => {
  test.setTimeout(600_000);
  let cases = 0;
  let accepted = 0;
  for (const [key, built] of builtActions()) {
    const pageUrl = samplePath(patternOfPageEntry(built.pages[0]!));
    await page.goto(pageUrl);
    const fields = await formFieldsOf(page);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('__hostile', ...fields), hostileValue, { maxKeys: Math.max(1, fields.length) }), async (form) => {
        const before = databaseFingerprint();
        const response = await postAction(page.request, pageUrl, built.id, form);
        const body = await response.text();
        expect(response.status(), `${key} ${JSON.stringify(form).slice(0, 300)}`).toBeLessThan(500);
        if (body.includes('"status":"success"')) accepted++;
        else expect(databaseFingerprint(), `${key} changed the database on a refusal`).toBe(before);
        cases++;
      }),
      { numRuns: RUNS_PER_ACTION },
    );
  }
  console.info(`Hostile input: ${cases} server action calls with generated bad fields (${accepted} accepted as valid text), no 500, no change on refusal`);

  // Whatever was accepted as valid text is shown as text on every page, never as markup.
  for (const pattern of pagePatterns().filter((p) => p !== '/login')) {
    for (const url of [samplePath(pattern), `${pattern.replace(/\[[^\]]+\]/g, '1')}?archived=1`]) {
      await page.goto(url);
      await expect(page.locator(`[${HOSTILE_MARKER}]`), url).toHaveCount(0);
    }
  }
});
