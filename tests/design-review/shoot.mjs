#!/usr/bin/env node
/**
 * The design review's pictures: the same twelve views of a built site, written here as
 * <prefix>-<view>.png, so a design change can be looked at side by side with what came before
 * (README.md in this folder lists them and what the review made of them). A record, not a test:
 * tests/e2e/visual.spec.ts is the check that fails on a layout regression.
 *
 *   npm run build && node scripts/run.mjs node tests/design-review/shoot.mjs dist after
 *   node scripts/run.mjs node tests/design-review/shoot.mjs /path/to/old/dist before
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const [distArg, prefix] = process.argv.slice(2);
if (!distArg || !['before', 'after'].includes(prefix ?? '')) {
  console.error('usage: shoot.mjs <built site folder> <before|after>');
  process.exit(2);
}
const dist = resolve(distArg);
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first`);

const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 };
const COHORT = 'cohorts/2024-astana/';

/** name -> what to open, on which screen, and how much of it to keep. */
const VIEWS = [
  { name: 'cohort-phone', path: COHORT, device: PHONE, fullPage: true },
  { name: 'cohort-desktop', path: COHORT, device: DESKTOP, fullPage: true },
  { name: 'cohort-dark-desktop', path: COHORT, device: DESKTOP, fullPage: true, dark: true },
  { name: 'cohort-quote-phone', path: `${COHORT}#quote-tomohiro-closing-ceremony`, device: PHONE },
  { name: 'cohort-statistics-phone', path: `${COHORT}#women-in-stem-in-kazakhstan`, device: PHONE },
  { name: 'quote-phone', path: 'quotes/clark-conversation-with-participants/', device: PHONE, fullPage: true },
  { name: 'speaker-desktop', path: 'speakers/helen-clark/', device: DESKTOP, fullPage: true },
  { name: 'home-desktop', path: '', device: DESKTOP, fullPage: true },
  { name: 'home-phone-200pct-text', path: '', device: PHONE, textSize: '200%' },
];
/** Quote cards as a messenger shows them, 300 px wide. */
const CARDS = ['clark-conversation-with-participants', 'tomohiro-closing-ceremony', 'suleimenova-mazhilis-visit'];

const { server, url } = await serve({ dir: dist });
const browser = await chromium.launch({ executablePath: findChromium()?.path, args: CHROMIUM_ARGS });
try {
  for (const view of VIEWS) {
    const context = await browser.newContext({ ...view.device, colorScheme: view.dark ? 'dark' : 'light' });
    const page = await context.newPage();
    await page.goto(url + view.path, { waitUntil: 'load' });
    if (view.textSize) await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size), view.textSize);
    // Every section laid out (the "before" site skipped off-screen ones) and every font in.
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('.render-later')) el.style.contentVisibility = 'visible';
      for (const img of document.images) img.loading = 'eager';
      await document.fonts.ready;
    });
    await page.waitForTimeout(300);
    const shot = await page.screenshot({ fullPage: Boolean(view.fullPage) });
    // A 256-colour palette keeps text and figures legible at a quarter of the bytes.
    await sharp(shot).png({ palette: true, compressionLevel: 9 }).toFile(join(HERE, `${prefix}-${view.name}.png`));
    await context.close();
    console.log(`${prefix}-${view.name}.png`);
  }
  for (const id of CARDS) {
    const card = join(dist, 'og', 'quotes', `${id}.png`);
    if (!existsSync(card)) continue;
    await sharp(card).resize({ width: 300 }).png({ palette: true, compressionLevel: 9 }).toFile(join(HERE, `${prefix}-card-${id}-300px.png`));
    console.log(`${prefix}-card-${id}-300px.png`);
  }
} finally {
  await browser.close();
  server.close();
}
