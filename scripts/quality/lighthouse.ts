/**
 * Lighthouse (mobile preset: emulated mid-range phone, simulated slow 4G) on the built home page,
 * a cohort page and a quote page in every language, served locally as a static host would (gzip,
 * _headers), with the machine's Chromium. Prints the four category scores for each page; the target is 100.
 *
 * Performance varies from run to run (total blocking time most), so each page is run --runs
 * times (default 3) and the median run is reported, picked the way Lighthouse's own
 * computeMedianRun does (closest to the median first contentful paint and time to interactive);
 * the last column lists every run's performance score.
 *
 *   npm run lighthouse                          # dist/ (or RECAP_DIST)
 *   npm run lighthouse -- --runs 5                # dist/, 5 runs a page
 *   npm run lighthouse -- /tmp/quality-dist --min 90 --json /tmp/lh --runs 5
 *
 * Options: --min N fails (exit 1) when any score of a median run is below N (default: report
 * only); --runs N runs per page; --json DIR writes each median run's full report as JSON;
 * --details prints the audits that cost points; --no-warmup skips the unscored first run that
 * absorbs the fresh browser's start-up work.
 * Chromium: CHROMIUM_PATH, else the one scripts/chromium.mjs finds (/usr/bin/chromium).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { serveSite } from './serve-site.ts';
import { countOption, filesUnder, isMain, runMain, siteOptions, table, urlForFile } from './site.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * The pages Lighthouse visits: home, the first cohort and the first quote in the build, in each
 * language the build has (English unprefixed, then every /<locale>/ with its own home page).
 */
export function samplePages(dist: string, base: string): { name: string; path: string }[] {
  const pages = filesUnder(dist, 'index.html').map((file) => urlForFile(dist, file, base));
  const prefixes = ['', ...pages.map((p) => p.slice(base.length).match(/^([a-z]{2})\/$/)?.[1]).filter((l): l is string => !!l).map((l) => `${l}/`)];
  return prefixes.flatMap((prefix) => {
    const first = (section: string) => pages.find((p) => new RegExp(`^${base}${prefix}${section}/[^/]+/$`).test(p));
    const cohort = first('cohorts');
    const quote = first('quotes');
    if (!cohort || !quote) throw new Error(`lighthouse: the build in ${dist} has no cohort or no quote page under ${base}${prefix}`);
    const lang = prefix ? `${prefix.slice(0, -1)} ` : '';
    return [
      { name: `${lang}home`, path: `${base}${prefix}` },
      { name: `${lang}cohort`, path: cohort },
      { name: `${lang}quote`, path: quote },
    ];
  });
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { dist, base, rest } = siteOptions(process.argv.slice(2), ['--min', '--json', '--runs']);
    const flag = (name: string) => {
      const i = rest.indexOf(name);
      return i >= 0 ? rest[i + 1] : undefined;
    };
    const min = flag('--min') === undefined ? undefined : Number(flag('--min'));
    const jsonDir = flag('--json');
    const details = rest.includes('--details');
    const runs = countOption('lighthouse', rest, '--runs', 3, 'runs per page');

    const chromePath = (findChromium() as { path: string } | null)?.path;
    if (!chromePath) throw new Error('lighthouse: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)');
    const pages = samplePages(dist, base);
    const site = await serveSite(dist, base);
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--disable-dev-shm-usage'],
    });
    const rows: string[][] = [];
    const failures: string[] = [];
    try {
      // The first run in a fresh browser pays for its start-up work on the main thread, which
      // Lighthouse would count as the home page's blocking time: warm up on it, unscored.
      if (!rest.includes('--no-warmup')) {
        await lighthouse(`${site.origin}${pages[0]!.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      }
      for (const page of pages) {
        const url = `${site.origin}${page.path}`;
        const all: Lhr[] = [];
        for (let run = 1; run <= runs; run++) {
          // A busy machine sometimes spoils a trace (NO_NAVSTART, NO_FCP): try such a run again.
          for (let attempt = 1; ; attempt++) {
            const result = await lighthouse(url, {
              port: chrome.port,
              output: 'json',
              logLevel: process.env.LH_LOG === 'info' ? 'info' : 'error',
              onlyCategories: [...CATEGORIES],
            });
            if (!result) throw new Error(`lighthouse: no result for ${url}`);
            if (!result.lhr.runtimeError) {
              all.push(result.lhr);
              break;
            }
            const problem = `${page.name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`;
            if (attempt === 3) throw new Error(`lighthouse: ${problem}`);
            console.log(`lighthouse: ${problem}; trying again`);
          }
        }
        const lhr = computeMedianRun(all);
        const scoreOf = (r: Lhr, c: Category) => Math.round((r.categories[c]?.score ?? 0) * 100);
        const scores = CATEGORIES.map((c) => scoreOf(lhr, c));
        rows.push([`${page.name} ${page.path}`, ...scores.map(String), all.map((r) => scoreOf(r, 'performance')).join(' ')]);
        scores.forEach((score, i) => {
          if (min !== undefined && score < min) failures.push(`${page.name}: ${CATEGORIES[i]} ${score} < ${min}`);
        });
        if (jsonDir) {
          mkdirSync(resolve(jsonDir), { recursive: true });
          writeFileSync(join(resolve(jsonDir), `${page.name}.json`), JSON.stringify(lhr, null, 2));
        }
        if (details) {
          const audits = Object.values(lhr.audits) as Audit[];
          const lost = audits.filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode));
          for (const a of lost) console.log(`  ${page.name}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
        }
      }
    } finally {
      chrome.kill();
      await site.close();
    }
    console.log(table(['page (Lighthouse mobile, median run)', 'performance', 'accessibility', 'best practices', 'SEO', 'performance, every run'], rows));
    if (failures.length) {
      console.log(`lighthouse: below ${min}: ${failures.join('; ')}`);
      return 1;
    }
    return 0;
  });
}
