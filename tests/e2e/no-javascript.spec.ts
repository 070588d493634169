/**
 * Nothing needs JavaScript to be read: the quotes are all there with scripts off, and a quote's
 * deep link still lands on it (CSS :target). That every page shows its heading and content
 * without scripts is checked in the per-page visit (pages.spec.ts).
 */
import { expect, test } from './support/reader';
import { publishedQuotes, sitePath, squash } from './support/site';

test.use({ javaScriptEnabled: false });

const quotes = publishedQuotes();

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
