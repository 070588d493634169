/**
 * Vitest global setup: makes `getCollection` in unit tests see the current content.
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
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export default function setup(): void {
  const env = { ...process.env };
  // Unit tests read the real content; fixture tests set the variable for their own builds only.
  delete env.RECAP_CONTENT_DIR;
  execFileSync(process.execPath, [astroBin, 'sync'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(`${root}.astro`, { recursive: true });
  copyFileSync(`${root}node_modules/.astro/data-store.json`, `${root}.astro/data-store.json`);
}
