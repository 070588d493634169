/**
 * Locked down: served the way a static host serves it (the build's _headers applied, gzip), no
 * page requests anything from another origin or triggers a Content-Security-Policy violation,
 * not even when its scripts run (theme toggle), and the policy really is enforced: a script
 * injected into the page does not run.
 */
import { expect, test, type Page } from '@playwright/test';
import { serveSite, type ServedSite } from '../../scripts/quality/serve-site.ts';
import { BASE, DIST, sitemapPaths, sitePath } from './support/site';

let site: ServedSite;
test.beforeAll(async () => {
  site = await serveSite(DIST, BASE);
});
test.afterAll(async () => {
  await site?.close();
});

interface Watch {
  foreignRequests: string[];
  consoleErrors: string[];
  violations: () => Promise<string[]>;
}

/** Records requests to other origins, console errors and securitypolicyviolation events. */
async function watch(page: Page): Promise<Watch> {
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== site.origin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    // The 404 page is served with status 404, which the browser logs against the document itself.
    const ownStatus = /status of 404/.test(message.text()) && message.location().url === page.url();
    if ((message.type() === 'error' && !ownStatus) || /content security policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return {
    foreignRequests,
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

const pages = [...sitemapPaths(), sitePath('/no-such-page/')];

for (const path of pages) {
  test(`${path}: strict CSP and security headers, no other origin, no CSP violation`, async ({ page }) => {
    const watched = await watch(page);
    const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    expect(response, 'a response').not.toBeNull();

    // Headers from public/_headers, as a static host sends them.
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

    // The page's own policy (Astro's security.csp): scripts by hash or file only, nothing
    // loaded before it that it would refuse (Astro writes it at the end of <head>).
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

    // Run what script the page has: the theme toggle, both ways.
    const toggle = page.locator('[data-theme-toggle]');
    if (await toggle.isVisible()) {
      await toggle.click();
      await toggle.click();
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    expect({ foreignRequests: watched.foreignRequests, consoleErrors: watched.consoleErrors, violations: await watched.violations() }).toEqual({
      foreignRequests: [],
      consoleErrors: [],
      violations: [],
    });
  });
}

test('the policy is enforced: an injected script, an inline event handler and a style attribute do nothing', async ({ page }) => {
  const watched = await watch(page);
  await page.goto(`${site.origin}${BASE}`, { waitUntil: 'load' });
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
  const violations = await watched.violations();
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
});
