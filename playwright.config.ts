/**
 * Browser tests against the BUILT site (dist/, or RECAP_DIST), served as a static host serves it
 * (scripts/quality/serve-site.ts: _headers, gzip) under BASE_PATH on a free local port. `npm test` builds first; `npm run test:e2e` alone expects a build.
 *
 * Chromium: CHROMIUM_PATH, else Playwright's own browser, else the system one (Debian's
 * /usr/bin/chromium); see scripts/chromium.mjs. Playwright cannot download browsers here.
 *
 * Projects: "desktop" (1280x800) runs every test; "phone" (390x844, touch, mobile viewport) runs
 * the tests tagged @phone, the ones whose outcome depends on the screen (deep links landing on
 * a quote). Reports: list on the terminal, JSON for scripts/test.mjs's closing count.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './scripts/chromium.mjs';
import { normaliseBase } from './scripts/serve.mjs';

const dist = resolve(process.env.RECAP_DIST ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  throw new Error(`No built site in ${dist}. Run \`npm test\` (builds, then tests) or \`npm run build\` first.`);
}

const chromium = findChromium();
if (!chromium) throw new Error(NO_CHROMIUM_HELP);

/** A free TCP port, chosen once: workers load this file again and inherit E2E_PORT from the runner. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
process.env.E2E_PORT ||= String(await freePort());
const port = Number(process.env.E2E_PORT);
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // The fixture sites (a renamed quote...), built once per run and shared with Vitest.
  globalSetup: './tests/setup/builds.ts',
  outputDir: 'test-results/e2e-artifacts',
  // Screenshot baselines (visual.spec.ts) beside their spec, one name per picture: no project or
  // platform suffix, since every run (here and CI) uses Debian's Chromium on Linux.
  snapshotPathTemplate: '{testDir}/{testFilePath}-snapshots/{arg}{ext}',
  expect: {
    // A layout regression moves, resizes or recolours far more than 1% of a page; anti-aliasing does not.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `${origin}${base}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      grep: /@phone/,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    // As a static host serves it: the build's _headers applied, text gzipped.
    command: `node scripts/quality/serve-site.ts --dir "${dist}" --port ${port} --base "${base}"`,
    url: `${origin}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
