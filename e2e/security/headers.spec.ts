import { expect, test, type Response } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { ensureImportBatch, pagePatterns, samplePath } from '../support/routes';
import { inTabs } from '../support/tabs';

function expectSecurityHeaders(response: Response | null) {
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  const scripts = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scripts).not.toContain('unsafe-inline');
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
}

test.beforeAll(ensureImportBatch);

test.describe('every page', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('carries a nonce-based Content-Security-Policy and the security headers, and runs without a CSP violation', async ({ context }) => {
    test.setTimeout(180_000);
    const violations: string[] = [];
    const patterns = pagePatterns().filter((pattern) => pattern !== '/login');
    expect(patterns.length).toBeGreaterThan(20);
    // The pages load in a few tabs at once; a browser is needed only to see CSP violations.
    context.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(`${message.page()?.url()}: ${message.text()}`);
    });
    const nonces = await inTabs(context, 3, patterns, async (tab, pattern) => {
      const response = await tab.goto(samplePath(pattern));
      expect(response?.status(), pattern).toBe(200);
      expectSecurityHeaders(response);
      // Next.js put the nonce on its own scripts.
      await expect(tab.locator('script[nonce]').first()).toBeAttached();
      return /'nonce-([^']+)'/.exec(response!.headers()['content-security-policy']!)![1]!;
    });
    expect(new Set(nonces).size).toBe(patterns.length);
    expect(violations).toEqual([]);
  });
});

test('the sign-in page and static files carry the headers too', async ({ page, request }) => {
  const response = await page.goto('/login');
  expectSecurityHeaders(response);
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});
