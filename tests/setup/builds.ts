/**
 * The fixture sites the tests read, each built once per run and shared by Vitest and
 * Playwright (both name this file as a global setup): a build is reused while nothing it is
 * made from has changed (src/, public/, the fixture's content, the config, the lock file), so a
 * second runner, or a second `npm test` with no change, builds nothing.
 *
 * Builds go to .cache/test-builds/<name>/, with <name>.json beside it recording the inputs'
 * stamp, the exit status and the output, so a test of a failing build can show why.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Each fixture site: its content folder and the URL-manifest mode its build runs with. */
export const FIXTURE_SITES = {
  // Several cohorts and a draft; a throwaway content set has no record of published URLs to keep.
  'two-cohorts': { content: 'tests/fixtures/two-cohorts/content', urls: 'off' },
  // A published quote renamed with formerIds: checks the fixture's own published-urls.json.
  'renamed-quote': { content: 'tests/fixtures/renamed-quote/content', urls: 'check' },
} as const;
export type FixtureSite = keyof typeof FIXTURE_SITES;

/**
 * The environment for an `astro` child process: the caller's, without what Vitest adds
 * (NODE_ENV=test, MODE, DEV, PROD, SSR, SITE, BASE_URL...), which would otherwise leak into the
 * child's import.meta.env and, for one, make a production build show drafts.
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'BASE_URL', 'ASSETS_PREFIX', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Where a fixture site is built. */
export function fixtureDist(name: FixtureSite): string {
  return join(ROOT, '.cache', 'test-builds', name);
}

export interface FixtureBuild {
  dist: string;
  status: number | null;
  output: string;
}

function stampOf(paths: string[]): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const path of paths) visit(join(ROOT, path));
  return hash.update(process.env.BASE_PATH ?? '/').digest('hex');
}

/** The build of fixture site `name`, made now unless an up-to-date one exists. */
export function buildFixture(name: FixtureSite): FixtureBuild {
  const { content, urls } = FIXTURE_SITES[name];
  const dist = fixtureDist(name);
  const record = `${dist}.json`;
  const fixtureRoot = content.replace(/\/content$/, '');
  const stamp = stampOf(['src', 'public', fixtureRoot, 'astro.config.mjs', 'package-lock.json']);
  if (existsSync(record)) {
    const saved = JSON.parse(readFileSync(record, 'utf8')) as FixtureBuild & { stamp: string };
    if (saved.stamp === stamp && (saved.status !== 0 || existsSync(join(dist, 'index.html')))) return { dist, status: saved.status, output: saved.output };
  }
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: ROOT,
    env: astroEnv({ RECAP_CONTENT_DIR: content, RECAP_URLS: urls }),
    encoding: 'utf8',
    timeout: 300_000,
  });
  const build = { dist, status: result.status, output: `${result.stdout}\n${result.stderr}` };
  writeFileSync(record, JSON.stringify({ ...build, stamp }));
  return build;
}

/** Global setup for both runners: every fixture site built (or found up to date) before any test. */
export default function setup(): void {
  for (const name of Object.keys(FIXTURE_SITES) as FixtureSite[]) {
    const started = performance.now();
    const { status } = buildFixture(name);
    console.log(`fixture site ${name}: ${status === 0 ? 'ready' : `build failed (exit ${status})`} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  }
}
