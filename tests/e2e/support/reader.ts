/**
 * Playwright's `test` with one tab per worker, reused from test to test as a reader moves from
 * page to page, instead of a new browser context for every test. On this two-core machine a
 * context with its first page costs about 0.45 CPU-seconds and its first load another 0.4 (fonts
 * and styles fetched again), against 0.1 for a page opened in a tab that has them; the browser
 * tests are CPU-bound, so that is time off every run.
 *
 * `page` is that tab: the project's screen (viewport, density, touch) with JavaScript on, or a
 * second tab with JavaScript off where a spec says `test.use({ javaScriptEnabled: false })`.
 * Every test starts it at the project's viewport, in the light scheme with no media emulated,
 * with no cookies or stored data for the page it was left on. A failing test ends its worker, so
 * nothing of a failure reaches the next test. What a tab would carry over is not used here:
 * permissions and routes never, init scripts only disposed by the test that adds them
 * (pages.spec.ts); tests that need them take `browser` or `context` and make their own
 * (share.spec.ts).
 * The HTTP cache is shared; a test about a first visit empties it with `emptyCache`.
 */
import { test as base, type Page } from '@playwright/test';

interface Tabs {
  open: (javaScript: boolean) => Promise<Page>;
}

export const test = base.extend<object, { tabs: Tabs }>({
  tabs: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, baseURL, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const pages = new Map<boolean, Promise<Page>>();
      await use({
        open: (javaScript) => {
          if (!pages.has(javaScript)) {
            const context = browser.newContext({ viewport, baseURL, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled: javaScript });
            pages.set(javaScript, context.then((c) => c.newPage()));
          }
          return pages.get(javaScript)!;
        },
      });
      for (const page of pages.values()) await (await page).context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ tabs, javaScriptEnabled, viewport }, use) => {
    const page = await tabs.open(javaScriptEnabled !== false);
    // A new context's media: none emulated (page.pdf() prints with print styles), a light scheme, motion allowed.
    await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
    if (viewport) await page.setViewportSize(viewport);
    await use(page);
    // What the next test must not find: stored data of the page this one ended on.
    if (/^https?:/.test(page.url()) && javaScriptEnabled !== false) {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    await page.context().clearCookies();
  },
});

/** Empties the browser's HTTP cache, so the next load is a first visit's (fonts, styles, images fetched). */
export async function emptyCache(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.detach();
}

export { expect } from '@playwright/test';
