/**
 * A URL that does not exist answers with the site's own 404 page (status 404, as a static host
 * serves dist/404.html) that says so and leads back to the programme, with no console error.
 */
import { expect, test } from './support/reader';
import { sitePath, watchPage } from './support/site';

for (const missing of ['/no-such-page/', '/quotes/no-such-quote/', '/cohorts/1999-nowhere/']) {
  test(`${missing} shows the not-found page with status 404 and a way home`, async ({ page }) => {
    const { problems, stop } = watchPage(page, { documentStatus: 404 });
    const response = await page.goto(sitePath(missing));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toBeVisible();
    const saysSo = /not (here|found)|404|can.?t find|doesn.?t exist|no (such )?page|missing/i;
    expect(`${await page.title()} ${await page.locator('h1').textContent()}`, 'the title or heading says the page is not there').toMatch(saysSo);

    const home = page.locator(`main a[href="${sitePath('/')}"]`).first();
    await expect(home, 'a link back to the home page inside <main>').toBeVisible();
    // Everything the 404 page asks for, the favicon too (fetched after load), before leaving it:
    // leaving cuts off what is still loading, which would read as a failed request.
    await page.waitForLoadState('networkidle');
    await home.click();
    await expect(page).toHaveURL((url) => url.pathname === sitePath('/'));
    await expect(page.locator('h1')).toBeVisible();
    stop();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
  });
}
