/**
 * Every page the site publishes (its sitemap), and the 404 page, opened ONCE for every per-page
 * check, served as a static host serves it (the build's _headers, gzip):
 *   - it loads cleanly: HTTP 200 (404 for a missing URL), one visible h1, a title, no console
 *     error, no uncaught script error, no failed request (lazy images included), no request to
 *     any other origin;
 *   - it is locked down: the security headers of public/_headers, a strict Content-Security-Policy
 *     (Astro's security.csp: scripts by hash or file only, default-src 'none', nothing loaded
 *     before it), and no policy violation, not even when its scripts run (the theme toggle);
 *   - axe finds no WCAG 2.2 A/AA violation in the light colour scheme, and none of its colour
 *     rules fails in the dark one (the site follows prefers-color-scheme, so both are what
 *     readers see; the dark theme changes colours only);
 *   - it reflows (WCAG 1.4.10, 1.4.4): no sideways scrolling at 320 px, nor at 360 px with text
 *     at 200%; links and buttons are at least 24 x 24 px (2.5.8);
 *   - printed, links show absolute URLs only for external links, and no permalink or share line;
 *   - it reads without JavaScript: heading and content are there with scripts off.
 * The checks that need another screen size or media resize or re-emulate the same document
 * rather than loading it again. And the sitemap lists every page the URL contract promises, and
 * the policy really is enforced: a script injected into a page does not run.
 */
import type { Page } from '@playwright/test';
import { splitLocalePath, t } from '../../src/i18n';
import { axeViolations, COLOUR_RULES, printed, printsNoRelativePath, reflowProblems, settled, smallTargets } from './support/checks';
import { expect, test } from './support/reader';
import { BASE, publishedCohortIds, publishedQuotes, sitemapPaths, sitePath, squash, watchPage } from './support/site';

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

/** Records securitypolicyviolation events from the first script on, until the returned recorder is disposed. */
async function recordViolations(page: Page): Promise<{ seen: () => Promise<string[]>; dispose: () => Promise<void> }> {
  const script = await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return {
    seen: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    dispose: () => script.dispose(),
  };
}

/** The words of the share and permalink lines in the page's language, which print must leave out. */
function shareWords(path: string): string[] {
  const { locale } = splitLocalePath(BASE === '/' ? path : `/${path.slice(BASE.length)}`);
  const words = t(locale);
  return [words.quote.permalink, words.share.copyLink, words.share.moreWays];
}

for (const path of [...pages, missing]) {
  const status = path === missing ? 404 : 200;
  test(`${path}: status ${status}, one h1, locked down, no console error or foreign request, no WCAG 2.2 A/AA violation in light or dark, reflows at 320 px and 200% text, 24 px targets, prints cleanly, reads without JavaScript`, async ({ page, tabs }) => {
    // Every per-page check in one visit: about three times a plain visit's time.
    test.slow();
    const { problems, stop } = watchPage(page, status === 404 ? { documentStatus: 404 } : {});
    const violations = await recordViolations(page);
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
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

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page).toHaveTitle(/\S/);

    expect(await axeViolations(page), 'axe, light').toEqual([]);
    expect(await smallTargets(page), 'links and buttons smaller than 24 x 24 px').toEqual([]);

    // Dark as a reader whose system is dark sees it: the system scheme turns dark with no stored
    // choice, and the page follows it (the theme snippet listens for the change; the stylesheet
    // follows prefers-color-scheme). Only colours change, so the same document is checked again
    // rather than loaded afresh; visual.spec.ts loads each page type in the dark scheme.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches && !document.documentElement.dataset.theme), 'the page follows a dark system scheme').toBe(true);
    expect(await axeViolations(page, COLOUR_RULES), 'axe, dark (its colour rules: the rest do not change with the scheme)').toEqual([]);
    const systemDark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    // Run what script the page has: the theme toggle, both ways, from the system's dark.
    const toggle = page.locator('[data-theme-toggle]');
    if (await toggle.isVisible()) {
      await expect(toggle, 'the toggle shows the system scheme').toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await settled(page);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "the toggle's dark is the system's dark").toBe(systemDark);
      // The next page opens with no stored choice, as a new reader's does.
      await page.evaluate(() => localStorage.removeItem('theme'));
    }

    // WCAG 1.4.10 and 1.4.4: the review saw every page grow to 628 px at 360 px with text at 200%.
    expect(await reflowProblems(page), 'sideways scrolling').toEqual([]);

    // Printed: no relative paths after links, no permalink or share lines.
    const print = await printed(page);
    for (const content of print.after) expect(printsNoRelativePath(content), `a printed link shows an absolute URL only, found ${content}`).toBe(true);
    for (const words of shareWords(path)) expect(print.text, 'printed text').not.toContain(words);

    // Everything the page loads, loads: lazy images too (made eager here), and what the foot of the page asks for.
    await page.evaluate(() => {
      for (const img of document.querySelectorAll('img')) img.loading = 'eager';
      window.scrollTo(0, document.body.scrollHeight);
    });
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    await page.evaluate(() => document.fonts.ready);

    const cspViolations = await violations.seen();
    stop();
    await violations.dispose();
    expect({ ...problems, cspViolations }).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
      cspViolations: [],
    });

    // Nothing needs JavaScript to be read: heading and content are there with scripts off.
    const noScript = await tabs.open(false);
    const plain = await noScript.goto(path);
    expect(plain?.status(), `status of ${path} without JavaScript`).toBe(status);
    await expect(noScript.locator('h1')).toBeVisible();
    expect(squash((await noScript.locator('main').innerText()).replace(/\p{P}/gu, '')).length, 'text without JavaScript').toBeGreaterThan(40);
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
  const seen = await violations.seen();
  expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(seen.some((v) => v.startsWith('style-src'))).toBe(true);
  await violations.dispose();
});
