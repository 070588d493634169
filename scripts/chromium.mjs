#!/usr/bin/env node
/**
 * Finds a headless-capable Chromium for the browser tests, installing Debian's when it can.
 * Order: CHROMIUM_PATH if set; Playwright's own browser if `npx playwright install chromium`
 * put one there; /usr/bin/chromium (Debian) or another system Chromium; otherwise, as root
 * with apt-get available, `apt-get update && apt-get install -y chromium`. Playwright cannot
 * download browsers on our build machines, so the Debian package is the usual answer.
 *
 *   node scripts/chromium.mjs           # prints the path, or explains how to get one (exit 1)
 *   node scripts/chromium.mjs --ensure  # installs Debian's chromium first when none is found
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Command-line flags every launch uses: no sandbox as root in containers, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium Playwright downloaded for itself, if it is on disk. */
function playwrightsOwnChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium to launch, or null when none is installed.
 * @returns {{ path: string, source: string } | null}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`chromium: CHROMIUM_PATH=${fromEnv} is not an executable file`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const own = playwrightsOwnChromium();
  if (own) return { path: own, source: "Playwright's own browser" };
  for (const candidate of SYSTEM_CANDIDATES) {
    if (isExecutable(candidate)) return { path: candidate, source: 'system package' };
  }
  return null;
}

/** What to tell a person who has no Chromium and whom we cannot install one for. */
export const NO_CHROMIUM_HELP = [
  'No Chromium found for the browser tests. Any one of these fixes it:',
  '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
  '  - where Playwright can download browsers: npx playwright install chromium',
  '  - point CHROMIUM_PATH at an installed Chromium or Chrome binary',
].join('\n');

/**
 * Finds Chromium, installing Debian's package when none is found and we are root with apt-get.
 * @returns {{ path: string, source: string }}
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) throw new Error(NO_CHROMIUM_HELP);
  console.log('chromium: none found; installing Debian\'s chromium with apt-get (once)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`chromium: apt-get ${args.join(' ')} failed (exit ${result.status}).\n${NO_CHROMIUM_HELP}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error(`chromium: apt-get installed chromium but no binary was found.\n${NO_CHROMIUM_HELP}`);
  return installed;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const found = process.argv.includes('--ensure') ? ensureChromium() : findChromium();
    if (!found) throw new Error(NO_CHROMIUM_HELP);
    console.log(found.path);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
