/**
 * axe finds no WCAG 2.2 A/AA violation on any page of the sitemap, in the light and in the dark
 * colour scheme (the site follows prefers-color-scheme, so both are what readers see), nor on
 * the 404 page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, sitePath } from './support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...sitemapPaths(), sitePath('/no-such-page/')];

/** One line per failing node, so the report says what to fix and where. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}

async function audit(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return describe(results.violations);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`${path} has no WCAG 2.2 A/AA violation (${colorScheme})`, async ({ page }) => {
        expect(await audit(page, path)).toEqual([]);
      });
    }
  });
}
