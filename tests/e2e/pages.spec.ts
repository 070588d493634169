/**
 * Every page the site publishes (its sitemap) loads cleanly: HTTP 200, no console error, no
 * uncaught script error, no failed request, and no request to any other origin. And the sitemap
 * lists every page the URL contract promises for the content that is published.
 */
import { expect, test } from '@playwright/test';
import { publishedCohortIds, publishedQuotes, sitemapPaths, sitePath, watchPage } from './support/site';

const pages = sitemapPaths();

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

for (const path of pages) {
  test(`${path} loads: status 200, one h1, no console error, no request off the site`, async ({ page }) => {
    const problems = await watchPage(page);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), `status of ${path}`).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page).toHaveTitle(/\S/);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
  });
}
