/**
 * Vitest global setup: makes `getCollection` in unit tests see the unit-test content,
 * tests/fixtures/unit-site/content (vitest.config.ts points RECAP_CONTENT_DIR at it), so tests
 * that pin quotes and totals never break when an editor adds or corrects content.
 *
 * `astro sync` writes the content layer's store to node_modules/.astro/data-store.json (the
 * build cache), but under Vitest `astro:content` reads .astro/data-store.json (the dev store).
 * Syncing and copying before every run keeps the tests on fresh content rather than whatever a
 * dev server last left behind.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The content unit tests read. */
export const UNIT_CONTENT = 'tests/fixtures/unit-site/content';
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export default function setup(): void {
  execFileSync(process.execPath, [astroBin, 'sync'], { cwd: root, env: { ...process.env, RECAP_CONTENT_DIR: UNIT_CONTENT }, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(`${root}.astro`, { recursive: true });
  // astro.config.mjs gives another content folder its own cache folder.
  copyFileSync(`${root}node_modules/.astro/content-sets/${UNIT_CONTENT.replace(/[^a-zA-Z0-9]+/g, '-')}/data-store.json`, `${root}.astro/data-store.json`);
}
