/**
 * Nothing needs JavaScript to be read: with scripts off every page still shows its heading and
 * content, the quotes are all there, and a quote's deep link still lands on it (CSS :target).
 */
import { expect, test } from '@playwright/test';
import { publishedQuotes, sitemapPaths, sitePath, squash } from './support/site';

test.use({ javaScriptEnabled: false });

const quotes = publishedQuotes();

for (const path of sitemapPaths()) {
  test(`${path} reads without JavaScript`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    expect(squash((await page.locator('main').innerText()).replace(/\p{P}/gu, '')).length).toBeGreaterThan(40);
  });
}

test('every quote shows on /quotes/ and in its cohort page without JavaScript', async ({ page }) => {
  await page.goto(sitePath('/quotes/'));
  const listing = squash((await page.locator('main').textContent()) ?? '');
  for (const quote of quotes) expect(listing, `${quote.id} on /quotes/`).toContain(squash(quote.text));

  for (const quote of quotes) {
    await page.goto('about:blank'); // open each link afresh, as a reader following a shared link does
    await page.goto(sitePath(`/cohorts/${quote.cohortId}/`) + `#quote-${quote.id}`);
    const target = page.locator(`[id="quote-${quote.id}"]`);
    await expect(target).toBeVisible();
    await expect(target).toBeInViewport();
    expect(squash((await target.textContent()) ?? '')).toContain(squash(quote.text));
  }
});
