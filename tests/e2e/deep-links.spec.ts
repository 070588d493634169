/**
 * Sharing a quote is a product promise: /cohorts/<cohort>/#quote-<id> opens the cohort page on
 * that quote, at phone and desktop widths, in place 150 ms after `load` in fresh tabs, and the
 * quote is visibly marked. Every /quotes/<id>/ page links to that anchor. The quotes come from
 * the content folder; /quotes/ must list them all.
 */
import type { Locator, Page } from '@playwright/test';
import { emptyCache, expect, test } from './support/reader';
import { publishedQuotes, sitePath, squash } from './support/site';

const quotes = publishedQuotes();

test('/quotes/ lists every published quote, each linking to its own page', async ({ page }) => {
  await page.goto(sitePath('/quotes/'));
  const linked = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const quotePages = new Set(linked.filter((p) => /\/quotes\/[^/]+\/$/.test(p)));
  expect([...quotePages].sort()).toEqual(quotes.map((q) => sitePath(`/quotes/${q.id}/`)).sort());
  const text = squash((await page.locator('main').textContent()) ?? '');
  for (const quote of quotes) expect(text, `text of ${quote.id}`).toContain(squash(quote.text));
});

/** Everything that makes a quote look marked, in computed styles of it and its descendants. */
async function markStyles(quote: Locator): Promise<string> {
  return quote.evaluate((el) => {
    const props = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'background-image', 'border-color', 'border-width'];
    const of = (node: Element, pseudo?: string) => {
      const style = getComputedStyle(node, pseudo);
      return props.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    };
    return [el, ...el.querySelectorAll('*')].map((node) => `${of(node)}|${of(node, '::before')}|${of(node, '::after')}`).join('\n');
  });
}

/** Whether the top of the element is on screen and not covered (by a sticky header, say). */
async function topIsUncovered(quote: Locator): Promise<boolean> {
  return quote.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    const y = rect.top + Math.min(24, rect.height / 2);
    if (rect.top < -1 || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(rect.left + rect.width / 2, y);
    return hit !== null && el.contains(hit);
  });
}

/** A picture of the quote and a margin around it (outlines and shadows are drawn outside the box), in CSS pixels: a mark is several pixels wide at any density. */
async function picture(page: Page, quote: Locator): Promise<Buffer> {
  await quote.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const box = await quote.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('the quote has no box on screen');
  const x = Math.max(0, box.x - 16);
  const y = Math.max(0, box.y - 16);
  const clip = { x, y, width: Math.min(viewport.width - x, box.width + 32), height: Math.min(viewport.height - y, box.height + 32) };
  return page.screenshot({ clip, animations: 'disabled', scale: 'css' });
}

/**
 * Opens `hash` on the cohort page afresh (a new document, as when following a shared link) and
 * says where the quote `anchor` sits 150 ms after `load`: a shared link lands at once. The review
 * saw the page open at the top and glide for a second (smooth scrolling applied to the initial
 * jump), and content-visibility estimates move the target after the jump. In place means its top
 * is where its scroll margin puts it (or the page is scrolled to its end, for a quote near the foot).
 */
async function landing(page: Page, cohortId: string, anchor: string): Promise<string | null> {
  await page.goto('about:blank');
  await page.goto(sitePath(`/cohorts/${cohortId}/`) + `#${anchor}`, { waitUntil: 'load' });
  await page.waitForTimeout(150);
  const where = await page.locator(`[id="${anchor}"]`).evaluate((el) => {
    const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
    const atEnd = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
    return { top: el.getBoundingClientRect().top, margin, atEnd };
  });
  const off = Math.abs(where.top - where.margin);
  return off <= 4 || (where.atEnd && where.top >= 0) ? null : `quote top at ${where.top.toFixed(0)} px, expected ${where.margin} px`;
}

for (const cohortId of [...new Set(quotes.map((q) => q.cohortId))]) {
  const link = `${sitePath('/quotes/')}#cohort-${cohortId}`;
  test(`${link} lands on the cohort's quotes, clear of the header`, { tag: '@phone' }, async ({ page }) => {
    await page.goto(link);
    const heading = page.locator(`[id="cohort-${cohortId}"]`);
    await expect(heading).toBeInViewport();
    await expect.poll(() => topIsUncovered(heading), { message: 'the heading is visible, not under a header' }).toBe(true);
    expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
  });
}

/** The quotes whose landing is tried four times in fresh tabs rather than once ("every time"). */
const REPEATED = new Set(quotes.slice(0, 3).map((q) => q.id));

for (const quote of quotes) {
  const anchor = `quote-${quote.id}`;
  const deepLink = sitePath(`/cohorts/${quote.cohortId}/`) + `#${anchor}`;
  const tries = REPEATED.has(quote.id) ? 4 : 1;

  test(`${deepLink} lands on the quote at once${tries > 1 ? ', every time,' : ''} and marks it`, { tag: '@phone' }, async ({ page }) => {
    // The first landing is a first visit, as a shared link opened on a new phone is: nothing cached.
    await emptyCache(page);
    for (let attempt = 2; attempt <= tries; attempt++) expect(await landing(page, quote.cohortId, anchor), `attempt ${attempt} of ${tries}`).toBeNull();
    // The last fresh tab stays open for everything else.
    expect(await landing(page, quote.cohortId, anchor), `attempt 1 of ${tries}`).toBeNull();
    await page.evaluate(() => document.fonts.ready);
    const target = page.locator(`[id="${anchor}"]`);
    await expect(target, `an element with id="${anchor}" on the cohort page`).toHaveCount(1);
    await expect(target).toBeInViewport();
    await expect.poll(() => topIsUncovered(target), { message: 'the top of the quote is visible, not under a header' }).toBe(true);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(squash((await target.textContent()) ?? '')).toContain(squash(quote.text));
    const marked = await markStyles(target);
    const markedPicture = await picture(page, target);

    // The same quote once the page's fragment points elsewhere (:target is the only mark).
    await page.evaluate(() => {
      location.hash = '';
    });
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(false);
    expect(marked, 'the targeted quote is styled differently from an unmarked one').not.toBe(await markStyles(target));
    expect(markedPicture.equals(await picture(page, target)), 'the mark is visible: the quote looks different when targeted').toBe(false);
  });

  test(`/quotes/${quote.id}/ shows the quote and links to it in context`, async ({ page }) => {
    await page.goto(sitePath(`/quotes/${quote.id}/`));
    const main = page.locator('main');
    expect(squash((await main.textContent()) ?? '')).toContain(squash(quote.text));
    const inContext = main.locator(`a[href="${deepLink}"]`);
    await expect(inContext.first(), `a link to ${deepLink}`).toBeVisible();
    await inContext.first().click();
    await expect(page).toHaveURL((url) => url.pathname + url.hash === deepLink);
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });
}
