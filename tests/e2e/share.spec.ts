/**
 * Sharing one quote: the copy button puts the permalink on the clipboard and says so, the native
 * share sheet gets the permalink, links are pre-filled, everything degrades to a selectable link
 * without JavaScript, every page's og:image is a 1200x630 PNG, and a renamed quote's old URL
 * lands on its new page.
 */
import { expect, test, type Page } from '@playwright/test';
import { serveFixtureSite } from './support/fixture-site';
import { publishedQuotes, sitemapPaths, sitePath, squash } from './support/site';

const quotes = publishedQuotes();

/** The page's canonical URL: the absolute permalink that is shared. */
async function canonical(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(href, 'canonical link').toMatch(/^https?:\/\//);
  return href!;
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii'), 'PNG signature').toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('copy link', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });

  test('on a quote page, the keyboard copies the permalink and a live region says so', async ({ page }) => {
    const quote = quotes[0]!;
    await page.goto(sitePath(`/quotes/${quote.id}/`));
    const permalink = await canonical(page);
    expect(new URL(permalink).pathname).toBe(sitePath(`/quotes/${quote.id}/`));

    const controls = page.getByRole('group', { name: /^Share this quote by / });
    const copy = controls.getByRole('button', { name: 'Copy link' });
    await expect(copy).toBeVisible();
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(controls.getByRole('status')).toHaveText('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
  });

  test('on the cohort page, each quote copies its own permalink', async ({ page }) => {
    const cohortId = quotes[0]!.cohortId;
    await page.goto(sitePath(`/cohorts/${cohortId}/`));
    const origin = new URL(await canonical(page)).origin;
    for (const quote of quotes.filter((q) => q.cohortId === cohortId)) {
      const block = page.locator(`[id="quote-${quote.id}"]`);
      await block.getByRole('button', { name: 'Copy link' }).click();
      await expect(block.getByRole('status')).toHaveText('Link copied to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${sitePath(`/quotes/${quote.id}/`)}`);
    }
  });
});

test.describe('native share', () => {
  test('is offered where navigator.share exists and shares the permalink', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    const quote = quotes[0]!;
    await page.goto(sitePath(`/quotes/${quote.id}/`));
    const share = page.getByRole('group', { name: /^Share this quote by / }).getByRole('button', { name: 'Share…' });
    await expect(share).toBeVisible();
    await share.click();
    const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
    expect(shared?.url).toBe(await canonical(page));
    expect(shared?.text).toContain('—');
  });

  test('is hidden where navigator.share does not exist', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto(sitePath(`/quotes/${quotes[0]!.id}/`));
    const controls = page.getByRole('group', { name: /^Share this quote by / });
    await expect(controls.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(controls.locator('[data-share-native]')).toBeHidden();
  });
});

test.describe('share links', () => {
  test('Telegram, WhatsApp, LinkedIn, X and e-mail carry the permalink and the quote', async ({ page }) => {
    const quote = quotes[0]!;
    await page.goto(sitePath(`/quotes/${quote.id}/`));
    const permalink = await canonical(page);
    const controls = page.getByRole('group', { name: /^Share this quote by / });
    const links = controls.getByRole('link');
    await expect(links).toHaveCount(5);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => new URL(h).protocol)).toEqual(['https:', 'https:', 'https:', 'https:', 'mailto:']);
    for (const href of hrefs) expect(decodeURIComponent(href)).toContain(permalink);
    const firstWords = quote.text.split(/\s+/).slice(0, 4).join(' ');
    expect(decodeURIComponent(hrefs[0]!)).toContain(firstWords);
    await expect(controls.getByRole('link', { name: 'Share on Telegram (opens in a new tab)' })).toBeVisible();
  });
});

test.describe('quotes in a story', () => {
  test("link to their own page for every way to share, instead of repeating the five links", async ({ page }) => {
    const cohortId = quotes[0]!.cohortId;
    await page.goto(sitePath(`/cohorts/${cohortId}/`));
    for (const quote of quotes.filter((q) => q.cohortId === cohortId)) {
      const controls = page.locator(`[id="quote-${quote.id}"]`).getByRole('group', { name: /^Share this quote by / });
      await expect(controls.locator('[data-share-link]')).toHaveCount(0);
      const more = controls.getByRole('link', { name: /^More ways to share this quote by / });
      await expect(more).toHaveAttribute('href', sitePath(`/quotes/${quote.id}/#share`));
    }
    await page.locator(`[id="quote-${quotes.find((q) => q.cohortId === cohortId)!.id}"]`).getByRole('link', { name: /^More ways to share/ }).click();
    await expect(page.locator('#share').getByRole('group', { name: /^Share this quote by / }).getByRole('link')).toHaveCount(5);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the buttons stay hidden and the permalink is shown, selectable, with the links', async ({ page }) => {
    const quote = quotes[0]!;
    await page.goto(sitePath(`/quotes/${quote.id}/`));
    const permalink = await canonical(page);
    const controls = page.getByRole('group', { name: /^Share this quote by / });
    await expect(controls.locator('[data-share-copy]')).toBeHidden();
    await expect(controls.locator('[data-share-native]')).toBeHidden();
    const field = controls.getByRole('textbox', { name: /Permalink/ });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(permalink);
    await expect(field).toHaveAttribute('readonly', '');
    await expect(controls.getByRole('link')).toHaveCount(5);
  });
});

test.describe('social cards', () => {
  test('every quote page has complete link-preview meta with an absolute canonical URL', async ({ page }) => {
    for (const quote of quotes) {
      await page.goto(sitePath(`/quotes/${quote.id}/`));
      const permalink = await canonical(page);
      const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      expect(await meta('og:url')).toBe(permalink);
      expect(await meta('og:title')).toBeTruthy();
      const description = (await meta('og:description'))!;
      // The quote itself, shortened at a word boundary when long.
      const full = `“${squash(quote.text)}”`;
      if (description !== full) {
        expect(description).toMatch(/…$/);
        const kept = description.slice(0, -1);
        expect(full.startsWith(kept), description).toBe(true);
        expect(full[kept.length], description).toMatch(/[\s,;:.–-]/);
      }
      expect(description.length).toBeLessThanOrEqual(200);
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('630');
      // The alt text quotes what the card shows: the highlight or whole sentences of the quote.
      const shown = /“(.+?)(?: …)?”/.exec((await meta('og:image:alt')) ?? '')?.[1] ?? '';
      expect(shown.length).toBeGreaterThan(0);
      expect(squash(quote.text)).toContain(squash(shown.replace(/…$/, '')));
      expect(await meta('twitter:card')).toBe('summary_large_image');
    }
  });

  test("every page's og:image is served as a 1200x630 PNG", async ({ request }) => {
    test.slow(); // every page of every locale, one after another
    const pages = sitemapPaths();
    for (const quote of quotes) expect(pages).toContain(sitePath(`/quotes/${quote.id}/`));
    for (const path of pages) {
      // The served HTML is enough here (no script writes these tags), and far quicker than a browser page per URL.
      const html = await (await request.get(path)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? null;
      expect(image, `og:image on ${path}`).toMatch(/^https?:\/\/.+\.png$/);
      // The card URL is absolute on the published origin; fetch the same path from the test server.
      const response = await request.get(new URL(image!).pathname);
      expect(response.status(), image!).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body()), image!).toEqual({ width: 1200, height: 630 });
    }
  });
});

test.describe('structured data and scripts', () => {
  test("every page's JSON-LD parses, and a quote page leads with its Quotation", async ({ request }) => {
    test.slow(); // every page of every locale, one after another
    for (const path of sitemapPaths()) {
      const html = await (await request.get(path)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      for (const block of blocks) expect(() => JSON.parse(block), `JSON-LD on ${path}`).not.toThrow();
      const quote = quotes.find((q) => path === sitePath(`/quotes/${q.id}/`));
      if (quote) {
        const first = JSON.parse(blocks[0]!)['@graph'][0];
        expect(first['@type']).toBe('Quotation');
        expect(first.text).toBe(quote.text);
      }
    }
  });

  test('pages without share controls load no share script', async ({ request }) => {
    test.slow(); // every page of every locale, one after another
    for (const path of sitemapPaths()) {
      const html = await (await request.get(path)).text();
      if (/\sdata-share[\s>]/.test(html)) continue;
      const sources = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1]!, `http://x${path}`).pathname);
      for (const src of sources) expect(await (await request.get(src)).text(), `${src} on ${path}`).not.toContain('data-share');
    }
  });
});

test.describe('a renamed quote', () => {
  // tests/fixtures/renamed-quote (a quote renamed, its old id in formerIds), built by the global setup.
  test.describe.configure({ mode: 'serial' });
  const site = serveFixtureSite('renamed-quote');

  test('its old URL lands on the new page, #fragment kept: the redirect script runs under the page CSP', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) refused.push(message.text());
    });
    // Only the script keeps the fragment (the meta refresh drops it), so landing with it proves the policy allowed the script.
    await page.goto(`${site()}quotes/wawiernia-opening-ceremony/#share`);
    await expect(page).toHaveURL(`${site()}quotes/wawiernia-opening-remarks/#share`);
    await expect(page.locator('h1')).toContainText('Katarzyna Wawiernia');
    expect(refused).toEqual([]);
  });

  test('its old URL lands on the new page without JavaScript too (meta refresh)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site()}quotes/wawiernia-opening-ceremony/`);
    await expect(page).toHaveURL(`${site()}quotes/wawiernia-opening-remarks/`);
    await context.close();
  });
});
