#!/usr/bin/env node
/**
 * `npm test`: the whole suite in one command, the same locally and in CI (.ci/run calls it).
 *   1. dependencies: `npm ci` when node_modules is missing or stale;
 *   2. Chromium: Playwright's own, else the system one, else Debian's via apt-get (as root);
 *   3. one build of the site (into dist/, or RECAP_DIST);
 *   4. types: `npm run typecheck` (astro check, TypeScript strict), counted as one check;
 *   5. unit tests: `npm run test:unit` (Vitest);
 *   6. browser tests: `npm run test:e2e` (Playwright against that build).
 * Both runners also write JSON reports; the counts are added up and the last line printed is
 * "N passed, N failed". A suite that ran no tests, or failed outside any test (a file that does
 * not load, a server that does not start), counts as one failure, so nothing broken reads as green.
 * The summary is also written to test-results/summary.json.
 *
 *   npm test                          # everything
 *   npm test -- --skip-build          # reuse the build already in dist/ (or RECAP_DIST)
 *   npm test -- --update-screenshots  # after an intended design change: build, then write the
 *                                     # screenshot baselines that differ (tests/e2e/visual.spec.ts)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureDeps, ROOT } from './ensure-deps.mjs';
import { buildSite, distDir, run, seconds } from './steps.mjs';

const reports = join(ROOT, 'test-results');
const unitReport = join(reports, 'unit.json');
const e2eReport = join(reports, 'e2e.json');
const skipBuild = process.argv.includes('--skip-build');
const updateScreenshots = process.argv.includes('--update-screenshots');

/** @type {{ name: string, passed: number, failed: number, skipped: number, flaky?: number, note?: string, time: string }[]} */
const suites = [];
/** @type {Record<string, string>} */
const timings = {};

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from Vitest's JSON reporter (Jest-compatible shape). */
function countVitest(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: `no report (exit ${exitCode}): Vitest did not run` };
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that fails to load has no failing test in it, only a failed file.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  failed += brokenFiles;
  let note = brokenFiles ? `${brokenFiles} test file(s) failed to run` : undefined;
  if (passed + failed === 0) return { passed, failed: 1, skipped, note: 'ran no tests' };
  if (failed === 0 && exitCode !== 0) return { passed, failed: 1, skipped, note: `exited ${exitCode} with no failing test` };
  return { passed, failed, skipped, note };
}

/** Counts from Playwright's JSON reporter. */
function countPlaywright(report, exitCode) {
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0, note: `no report (exit ${exitCode}): Playwright did not run` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const globalErrors = (report.errors ?? []).length;
  const passed = expected + flaky;
  let failed = unexpected;
  const notes = [];
  if (flaky) notes.push(`${flaky} passed only on retry`);
  if (globalErrors && unexpected === 0) {
    failed += globalErrors;
    notes.push(`${globalErrors} error(s) outside tests`);
  }
  if (passed + failed === 0) return { passed, failed: 1, skipped, flaky, note: 'ran no tests' };
  if (failed === 0 && exitCode !== 0) return { passed, failed: 1, skipped, flaky, note: `exited ${exitCode} with no failing test` };
  return { passed, failed, skipped, flaky, note: notes.join('; ') || undefined };
}

function hasScript(name) {
  const pkg = readJson(join(ROOT, 'package.json'));
  return Boolean(pkg?.scripts?.[name]);
}

/** `npm run test:e2e -- ...args` against the build in `dist` with `chromium`; its JSON report replaces the last. */
function runE2e(chromium, dist, args = []) {
  rmSync(e2eReport, { force: true });
  return run('npm', ['run', 'test:e2e', ...(args.length ? ['--', ...args] : [])], {
    CHROMIUM_PATH: chromium,
    RECAP_DIST: dist,
    PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport,
  });
}

async function main() {
  const total = performance.now();
  mkdirSync(reports, { recursive: true });
  let start = performance.now();

  console.log('\n== 1/6 dependencies');
  ensureDeps();
  timings.install = seconds(start);

  console.log('\n== 2/6 Chromium');
  start = performance.now();
  const chromium = ensureChromium();
  console.log(`chromium: ${chromium.path} (${chromium.source})`);
  timings.chromium = seconds(start);

  const dist = distDir();
  console.log(`\n== 3/6 build into ${dist}`);
  start = performance.now();
  if (skipBuild && existsSync(join(dist, 'index.html'))) console.log('build: skipped (--skip-build)');
  else await buildSite(dist);
  timings.build = seconds(start);

  if (updateScreenshots) {
    console.log('\n== screenshots: writing the baselines that differ (tests/e2e/visual.spec.ts-snapshots/)');
    start = performance.now();
    const code = await runE2e(chromium.path, dist, ['tests/e2e/visual.spec.ts', '--update-snapshots=changed']);
    suites.push({ name: 'shots', ...countPlaywright(readJson(e2eReport), code), time: seconds(start) });
    timings.screenshots = seconds(start);
    timings.total = seconds(total);
    return;
  }

  console.log('\n== 4/6 types (npm run typecheck)');
  start = performance.now();
  const typeCode = await run('npm', ['run', 'typecheck']);
  suites.push({ name: 'types', passed: typeCode === 0 ? 1 : 0, failed: typeCode === 0 ? 0 : 1, skipped: 0, time: seconds(start) });
  timings.types = seconds(start);

  console.log('\n== 5/6 unit tests (npm run test:unit)');
  start = performance.now();
  if (!hasScript('test:unit')) {
    suites.push({ name: 'unit', passed: 0, failed: 1, skipped: 0, note: 'package.json has no test:unit script', time: '0s' });
  } else {
    rmSync(unitReport, { force: true });
    const code = await run('npm', ['run', 'test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
    suites.push({ name: 'unit', ...countVitest(readJson(unitReport), code), time: seconds(start) });
  }
  timings.unit = seconds(start);

  console.log('\n== 6/6 browser tests (npm run test:e2e)');
  start = performance.now();
  const e2eCode = await runE2e(chromium.path, dist);
  suites.push({ name: 'e2e', ...countPlaywright(readJson(e2eReport), e2eCode), time: seconds(start) });
  timings.e2e = seconds(start);
  timings.total = seconds(total);
}

let setupError = null;
try {
  await main();
} catch (error) {
  setupError = error instanceof Error ? error.message : String(error);
  console.error(`\n${setupError}`);
}

const passed = suites.reduce((n, s) => n + s.passed, 0);
let failed = suites.reduce((n, s) => n + s.failed, 0);
if (setupError) failed += 1; // the run stopped before its tests could report

console.log('\n== Summary');
for (const s of suites) {
  const extra = [s.skipped ? `${s.skipped} skipped` : '', s.note ?? ''].filter(Boolean).join('; ');
  console.log(`  ${s.name.padEnd(5)} ${s.passed} passed, ${s.failed} failed${extra ? ` (${extra})` : ''}  [${s.time}]`);
}
if (setupError) console.log(`  setup failed before all tests ran: ${setupError.split('\n')[0]}`);
console.log(`  times: ${Object.entries(timings).map(([k, v]) => `${k} ${v}`).join(', ')}`);
writeFileSync(join(reports, 'summary.json'), `${JSON.stringify({ passed, failed, suites, timings, setupError }, null, 2)}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
