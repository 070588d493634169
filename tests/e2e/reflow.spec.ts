/**
 * WCAG 1.4.10 reflow and 1.4.4 resize text: no page scrolls sideways at 320 px, nor at 360 px
 * with text at 200% (the review saw every page grow to 628 px as the header would not wrap).
 * Interactive targets are at least 24 x 24 px (2.5.8). Printing shows no relative paths and no
 * permalink or share lines. Every page comes from the built sitemap.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, sitePath } from './support/site';

const pages = sitemapPaths();

async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')}`);
    return [`scrollWidth ${root.scrollWidth} > ${root.clientWidth}`, ...wide.slice(0, 5)];
  });
}

for (const [width, textSize] of [
  [320, '100%'],
  [360, '200%'],
] as const) {
  test(`no page scrolls sideways at ${width} px with text at ${textSize}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const path of pages) {
      await page.goto(path);
      await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size, 'important'), textSize);
      await page.evaluate(() => document.fonts.ready);
      expect(await overflow(page), `${path} at ${width} px, text ${textSize}`).toEqual([]);
    }
  });
}

test('links and buttons are at least 24 x 24 px', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main a[href], main button, header a[href], header button, footer a[href]')]
        .filter((el) => el.offsetParent !== null && !el.closest('p, li.inline-text, dd, blockquote, figcaption span.text-muted'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ el, box }) => `${el.textContent?.trim().slice(0, 30)} (${Math.round(box.width)}x${Math.round(box.height)})`),
    );
    expect(small, `${path}: targets smaller than 24 x 24 px`).toEqual([]);
  }
});

test('the printed cohort page shows no relative paths and no permalink or share lines', async ({ page }) => {
  const cohort = pages.find((p) => /\/cohorts\/[^/]+\/$/.test(p));
  test.skip(!cohort, 'no cohort in the build');
  await page.goto(cohort!);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const visible = (el: Element) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    const after = [...document.querySelectorAll('main a[href]')].filter(visible).map((a) => getComputedStyle(a, '::after').content);
    return { after, text: document.querySelector('main')!.innerText };
  });
  for (const content of printed.after) {
    if (content === 'none' || content === 'normal' || content === '""') continue;
    expect(content, 'a printed link shows an absolute URL only').toMatch(/^"\s*\(https?:\/\//);
  }
  expect(printed.text).not.toMatch(/Permalink|Copy link|More ways to share/i);
});
