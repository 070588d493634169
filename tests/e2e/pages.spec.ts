/**
 * Every page the site publishes (its sitemap), and the 404 page, opened ONCE for every per-page
 * check, served as a static host serves it (the build's _headers, gzip):
 *   - it loads cleanly: HTTP 200 (404 for a missing URL), one visible h1, a title, no console
 *     error, no uncaught script error, no failed request, no request to any other origin;
 *   - it is locked down: the security headers of public/_headers, a strict Content-Security-Policy
 *     (Astro's security.csp: scripts by hash or file only, default-src 'none', nothing loaded
 *     before it), and no policy violation, not even when its scripts run (the theme toggle);
 *   - axe finds no WCAG 2.2 A/AA violation, in the light and in the dark colour scheme (the site
 *     follows prefers-color-scheme, so both are what readers see).
 * And the sitemap lists every page the URL contract promises, and the policy really is enforced:
 * a script injected into a page does not run.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE, publishedCohortIds, publishedQuotes, sitemapPaths, sitePath, watchPage } from './support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = sitemapPaths();
const missing = sitePath('/no-such-page/');

test('the sitemap lists every page of the URL contract for the published content', () => {
  const quotes = publishedQuotes();
  const expected = [
    sitePath('/'),
    sitePath('/cohorts/'),
    ...publishedCohortIds().map((id) => sitePath(`/cohorts/${id}/`)),
    sitePath('/quotes/'),
    ...quotes.map((q) => sitePath(`/quotes/${q.id}/`)),
    sitePath('/speakers/'),
    ...[...new Set(quotes.map((q) => q.speakerId))].map((id) => sitePath(`/speakers/${id}/`)),
  ];
  expect(pages).toEqual(expect.arrayContaining(expected));
  expect(pages, 'the 404 page is not a page to index').not.toContain(sitePath('/404/'));
});

/** One line per failing node, so the report says what to fix and where. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}

/** Records securitypolicyviolation events from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

for (const path of [...pages, missing]) {
  const status = path === missing ? 404 : 200;
  test(`${path}: status ${status}, one h1, locked down, no console error or foreign request, no WCAG 2.2 A/AA violation in light or dark`, async ({ page }) => {
    // Every per-page check in one visit, two axe runs included: three times the usual time.
    test.slow();
    const problems = await watchPage(page, status === 404 ? { documentStatus: 404 } : {});
    const violations = await recordViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), `status of ${path}`).toBe(status);
    expect(response?.headers()['content-type']).toContain('text/html');

    // Headers from public/_headers, as a static host sends them.
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

    // The page's own policy: scripts by hash or file only, nothing loaded before it (Astro writes it at the end of <head>).
    const meta = await page.evaluate(() => {
      const tag = document.querySelector('meta[http-equiv="content-security-policy" i]');
      const loaded = [...document.head.querySelectorAll('script[src], link[rel="stylesheet"]')];
      return {
        content: tag?.getAttribute('content') ?? '',
        first: Boolean(tag && loaded.every((el) => tag.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)),
      };
    });
    const scriptSrc = meta.content.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha(256|384|512)-[A-Za-z0-9+/=]+')*$/);
    expect(meta.content).toContain("default-src 'none'");
    expect(meta.content).not.toContain('unsafe-inline');
    expect(meta.first, 'the CSP meta tag precedes every script file and stylesheet').toBe(true);

    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page).toHaveTitle(/\S/);

    expect(await axe(page), 'axe, light').toEqual([]);

    // Run what script the page has: the theme toggle, both ways.
    const toggle = page.locator('[data-theme-toggle]');
    if (await toggle.isVisible()) {
      await toggle.click();
      await toggle.click();
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page), 'axe, dark').toEqual([]);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    expect({ ...problems, cspViolations: await violations() }).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
      cspViolations: [],
    });
  });
}

test('the policy is enforced: an injected script, an inline event handler and a style attribute do nothing', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(BASE, { waitUntil: 'load' });
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const div = document.createElement('div');
    div.innerHTML = '<img src="x" onerror="window.__injected = true">';
    document.body.append(div);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(1, 2, 3)');
    document.body.append(styled);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      scriptRan: (window as unknown as { __injected?: boolean }).__injected ?? false,
      styleApplied: getComputedStyle(styled).color === 'rgb(1, 2, 3)',
    };
  });
  expect(outcome).toEqual({ scriptRan: false, styleApplied: false });
  const seen = await violations();
  expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(seen.some((v) => v.startsWith('style-src'))).toBe(true);
});
