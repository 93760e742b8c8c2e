import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { readPdf } from '@/test/pdf-text';
import { queryTestDatabase } from '../support/database';

// Signed in as each demo donor, a crawler follows every kind of link from the dashboard (pages,
// sorted and filtered table views, exports) and fails if a page or a file shows any activity or event
// outside that donor's portfolio, or links to one.

const MAX_PAGES = 250;

interface Portfolio {
  foreignNames: string[];
  foreignLinks: RegExp;
  ownCountries: string[];
}

function portfolioOf(donor: string): Portfolio {
  const inScope = queryTestDatabase<{ id: number }>(
    'SELECT ad.activity_id AS id FROM activity_donors ad JOIN donors d ON d.id = ad.donor_id WHERE d.name = ?',
    donor,
  ).map((row) => row.id);
  const scopeList = inScope.length ? inScope.join(',') : '0';
  const activities = queryTestDatabase<{ id: number; name: string }>(`SELECT id, name FROM activities WHERE id NOT IN (${scopeList})`);
  const events = queryTestDatabase<{ id: number; title: string }>(`SELECT id, title FROM events WHERE activity_id NOT IN (${scopeList})`);
  const ownNames = queryTestDatabase<{ name: string }>(
    `SELECT name FROM activities WHERE id IN (${scopeList}) UNION SELECT title FROM events WHERE activity_id IN (${scopeList})`,
  ).map((row) => row.name);
  // A foreign name that is part of one of the donor's own names cannot tell a leak.
  const foreignNames = [...activities.map((a) => a.name), ...events.map((e) => e.title)].filter((name) => !ownNames.some((own) => own.includes(name)));
  const ids = (list: { id: number }[]) => list.map((row) => row.id).join('|') || 'none';
  const foreignLinks = new RegExp(`^/(activities/(${ids(activities)})|events/(${ids(events)}))(/|$|\\?)`);
  const ownCountries = queryTestDatabase<{ code: string }>(
    `SELECT DISTINCT country_code AS code FROM activity_countries WHERE activity_id IN (${scopeList})`,
  ).map((row) => row.code);
  return { foreignNames, foreignLinks, ownCountries };
}

/**
 * What makes two links worth crawling apart: the route and which parameters it is given, plus the
 * format of a file. The donor scope is in each query's filter, not in the record or values asked
 * for, so one of the donor's own activities or events, one country it does not fund, one sorted or
 * filtered view of a table and one export per table and format stand for the rest. Each country the
 * donor funds is visited, and every link of every page visited is checked for a foreign target.
 */
function crawlKey(link: string, ownCountries: string[]): string {
  const url = new URL(link, 'http://crawl');
  const route = url.pathname
    .replace(/\/\d+(?=\/|$)/g, '/[id]')
    .replace(/\/countries\/([A-Z]{2})(?=\/|$)/, (whole, code: string) => (ownCountries.includes(code) ? whole : '/countries/[code]'));
  const parameters = [...new Set(url.searchParams.keys())].sort().join('&');
  return `${route}?${parameters}#${url.searchParams.get('format') ?? ''}`;
}

/** Exports, the read API, and the reports' PDFs: read as files, not opened as pages. */
const isFile = (link: string) => link.startsWith('/api/') || /\/pdf(\?|$)|\.(xml|json)(\?|$)/.test(link);

/** The same-origin links of the page, without sign-out and next-auth's endpoints. */
async function linksOf(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  return hrefs.filter((href) => !href.startsWith('/api/auth'));
}

for (const donor of ['Canada', 'United States'] as const) {
  test(`the ${donor} donor never sees an activity, event or link outside its portfolio`, async ({ browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ storageState: storageStateOf(donor === 'Canada' ? 'canada' : 'usa') });
    const page = await context.newPage();
    const { foreignNames, foreignLinks, ownCountries } = portfolioOf(donor);
    const crawlKeyOf = (link: string) => crawlKey(link, ownCountries);
    expect(foreignNames.length).toBeGreaterThan(5);

    const queue = ['/'];
    const seen = new Set(queue.map(crawlKeyOf));
    const leaks: string[] = [];
    let pages = 0;
    let files = 0;
    while (queue.length && pages + files < MAX_PAGES) {
      const url = queue.shift()!;
      let text: string;
      if (isFile(url)) {
        const response = await context.request.get(url);
        expect(response.status(), url).toBeLessThan(400);
        const body = await response.body();
        text = response.headers()['content-type']?.includes('pdf') ? (await readPdf(body)).text : body.toString('utf8');
        files++;
      } else {
        const response = await page.goto(url);
        expect(response?.status(), url).toBeLessThan(500);
        text = await page.locator('body').innerText();
        for (const link of await linksOf(page)) {
          if (foreignLinks.test(link)) leaks.push(`${url} links to ${link}`);
          if (!seen.has(crawlKeyOf(link))) {
            seen.add(crawlKeyOf(link));
            queue.push(link);
          }
        }
        pages++;
      }
      for (const name of foreignNames) if (text.includes(name)) leaks.push(`${url} shows "${name}"`);
    }
    expect(leaks).toEqual([]);
    expect(pages).toBeGreaterThan(10);
    console.info(`Donor isolation (${donor}): ${pages} pages and ${files} export files crawled, ${seen.size} distinct links, no leak`);
    await context.close();
  });
}
