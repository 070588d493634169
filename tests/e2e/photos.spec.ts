/**
 * Cohort photos in a browser, on the fixture with photos (tests/fixtures/two-cohorts: 2025-almaty
 * has a hero and three more), built by the global setup and served as a host serves it:
 *   - a 375 px phone at 2x is sent the 720 px AVIF hero, within its 40 KB budget, and nothing
 *     else until it scrolls; the other photos arrive as they near the viewport, each within 30 KB;
 *   - the page under the site's CSP refuses nothing;
 *   - screenshots of the first screen (hero) and the photo grid, at phone and desktop width,
 *     compared with the committed ones (tests/e2e/photos.spec.ts-snapshots/).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/reader';
import { useFixtureSite } from './support/fixture-site';

test.describe.configure({ mode: 'serial' });
const fixture = useFixtureSite('two-cohorts');

/** Every image response the page receives, with its transferred size. */
function recordImages(page: Page): { url: string; bytes: number }[] {
  const images: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'image') return;
    images.push({ url: new URL(response.url()).pathname, bytes: (await response.body()).length });
  });
  return images;
}

test('a 375 px phone is sent the hero at once within 40 KB, and the other photos only as it scrolls to them, each within 30 KB', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => void (/content security policy/i.test(m.text()) && refused.push(m.text())));
  const images = recordImages(page);
  await page.goto(`${fixture.url()}cohorts/2025-almaty/`, { waitUntil: 'networkidle' });
  const hero = page.locator('[data-photo="hero"] img');
  expect(await hero.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\/_astro\/hero\.[\w-]+\.avif$/);
  // Every file the photo figures offer (any format, any width): the responses that are photos.
  const offered = new Set(
    await page.locator('[data-photo] source, [data-photo] img').evaluateAll((els) =>
      els.flatMap((el) => [...(el.getAttribute('srcset') ?? '').split(','), el.getAttribute('src') ?? ''].map((c) => c.trim().split(' ')[0]!).filter(Boolean)),
    ),
  );
  const photos = () => images.filter((i) => offered.has(i.url));
  expect(photos().map((i) => i.url)).toEqual([expect.stringMatching(/\/_astro\/hero\.[\w-]+\.avif$/)]);
  console.log(`hero sent to a 375 px 2x phone: ${photos()[0]!.url} ${photos()[0]!.bytes} bytes`);
  expect(photos()[0]!.bytes).toBeLessThanOrEqual(40 * 1024);

  await page.locator('#photos').scrollIntoViewIfNeeded();
  const gallery = page.locator('[data-photo="gallery"] img');
  await expect(gallery).toHaveCount(3);
  for (const img of await gallery.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  const others = photos().slice(1);
  console.log(`other photos: ${others.map((i) => `${i.url} ${i.bytes}`).join(', ')}`);
  expect(others).toHaveLength(3);
  for (const other of others) expect(other.bytes, other.url).toBeLessThanOrEqual(30 * 1024);
  expect(refused).toEqual([]);
  await context.close();
});

test('the fixture cohort page with photos looks as it did: first screen and photo grid @phone', async ({ page }, testInfo) => {
  const size = testInfo.project.name; // phone or desktop: baselines are named per width
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`${fixture.url()}cohorts/2025-almaty/`);
  await page.locator('[data-photo="hero"] img').evaluate((img: HTMLImageElement) => img.decode());
  await expect(page).toHaveScreenshot(`cohort-hero-${size}.png`);
  const grid = page.locator('section[aria-labelledby="photos"]');
  await grid.scrollIntoViewIfNeeded();
  for (const img of await grid.locator('img').all()) {
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((el: HTMLImageElement) => el.decode());
  }
  await expect(grid).toHaveScreenshot(`cohort-photo-grid-${size}.png`);
});
