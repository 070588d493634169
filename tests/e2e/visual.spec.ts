/**
 * A visual check of the design: each page type, at phone (390 px) and desktop (1366 px) width,
 * in the light and the dark scheme, compared with a committed screenshot, so that a layout
 * regression fails a test. Differences up to 1% of the pixels pass (anti-aliasing); a moved,
 * resized, recoloured or missing block does not.
 *
 * The pages come from the two-cohorts fixture site (tests/fixtures/two-cohorts, built once by
 * the global setup), not from content/: an editor adding a quote changes the live pages, and
 * that must never fail a test. Only a change to the design (src/, public/) or to the fixture
 * does. Baselines live in visual.spec.ts-snapshots/ next to this file, one PNG per page type,
 * width and scheme, named without a platform suffix (CI runs the same Debian Chromium).
 *
 * After an intended design change, write new baselines and commit them:
 *   npm test -- --update-screenshots
 * (it builds, then runs this spec with Playwright's --update-snapshots=changed), and look at
 * the changed PNGs in the diff before committing.
 *
 * Deterministic: fonts loaded, animations and transitions finished (Playwright's
 * `animations: 'disabled'`), caret hidden, every lazily loaded image loaded, and each scheme
 * from a fresh load (switching an open page leaves unrendered cards mid-transition).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/reader';
import { settled } from './support/checks';
import { useFixtureSite } from './support/fixture-site';

/** Each page type once, English, plus a Kazakh cohort page (Cyrillic, longer words). */
const PAGES = [
  { name: 'home', path: '' },
  { name: 'cohort', path: 'cohorts/2025-almaty/' },
  { name: 'quote', path: 'quotes/almaty-clark-return/' },
  { name: 'speaker', path: 'speakers/dana-example/' },
  { name: 'quotes', path: 'quotes/' },
  { name: 'speakers', path: 'speakers/' },
  { name: 'not-found', path: 'no-such-page/' },
  { name: 'kk-cohort', path: 'kk/cohorts/2025-almaty/' },
] as const;

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 768 },
] as const;

const fixture = useFixtureSite('two-cohorts');

/** The page ready to be pictured: fonts in, lazy images loaded, transitions over, at the top. */
async function ready(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll('img')) img.loading = 'eager';
    await Promise.all([...document.images].map((img) => (img.complete ? undefined : new Promise((done) => img.addEventListener('load', done, { once: true })))));
    window.scrollTo(0, 0);
  });
  await settled(page);
}

for (const { name, path } of PAGES) {
  test(`${name} (/${path}) looks as designed at phone and desktop width, light and dark`, async ({ page }) => {
    test.slow(); // four full-page pictures, each taken until two in a row agree
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize(WIDTHS[1]);
      await page.goto(`${fixture.url()}${path}`, { waitUntil: 'load' });
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        await ready(page);
        await expect(page, `${name} at ${size.width} px, ${scheme}`).toHaveScreenshot(`${name}-${size.name}-${scheme}.png`, { fullPage: true, timeout: 30_000 });
      }
    }
  });
}
