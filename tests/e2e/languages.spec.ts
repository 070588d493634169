/**
 * The language switcher reaches the same page, and the same quote, in the other languages: with
 * JavaScript it carries the #quote anchor over; without, it still opens the same page.
 */
import { expect, test } from './support/reader';
import { publishedQuotes, sitePath } from './support/site';

const quote = publishedQuotes()[0]!;
const inStory = (prefix: string) => sitePath(`${prefix}/cohorts/${quote.cohortId}/`);

test('the switcher keeps the quote a reader is on when they change language', async ({ page }) => {
  await page.goto(`${inStory('')}#quote-${quote.id}`);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: /Қазақша/ }).click();
  await page.waitForURL(`**${inStory('/kk')}#quote-${quote.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  // The linked quote's badge is in the reader's language, not English.
  const badge = await page.locator(`[id="quote-${quote.id}"]`).evaluate((el) => getComputedStyle(el, '::before').content);
  expect(badge).toBe('"Сілтемедегі дәйексөз"');
  await page.getByRole('navigation', { name: 'Тіл' }).getByRole('link', { name: /Русский/ }).click();
  await page.waitForURL(`**${inStory('/ru')}#quote-${quote.id}`);
  await expect(page.locator(`[id="quote-${quote.id}"] blockquote`).first()).toHaveAttribute('lang', /^(en|ru|kk)$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switcher still opens the same page in the other language', async ({ page }) => {
    await page.goto(sitePath(`/quotes/${quote.id}/`));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: /Русский/ }).click();
    await expect(page).toHaveURL((url) => url.pathname === sitePath(`/ru/quotes/${quote.id}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});
