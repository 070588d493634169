/**
 * Build benchmark: how long the site takes to build as it grows, against a bare Astro floor.
 *
 * For each size (50 and 200 cohorts of 10 quotes, with statistics and speakers in proportion;
 * see bench-content.ts) it writes synthetic content to a temporary folder and builds
 *   - ours:  a copy of this project (src/, public/, astro.config.mjs...; node_modules linked)
 *            with RECAP_CONTENT_DIR pointing at that content; social cards (src/pages/[...locale]/og/)
 *            are left out of the copy unless --cards is given, since they are drawn once and
 *            cached, and are timed on their own line with --cards;
 *   - floor: a bare Astro + MDX site generated on the spot that loads the same content (all
 *            five collections, without schemas) and has one plain page per entry that ours
 *            gives a page (each cohort's MDX rendered with placeholder components, each quote
 *            and speaker as a page, plus the four listings and a 404), in the same three locales
 *            (English unprefixed, /ru/, /kk/, with Astro's i18n config), so both builds read the
 *            same files and produce the same number of pages;
 * each from a cold cache into a temporary output folder, and prints pages, seconds and pages per
 * second, our time divided by the floor's, and how our time grows from the smallest size to the
 * largest. The last line reads
 *   bench: pages=<n> seconds=<s> pages_per_s=<p> vs_floor=<ratio> growth_200_over_50=<g> vs_floor_paired=<r>
 * for the largest size. Goals: vs_floor <= 1.5 and growth close to 4 (linear). vs_floor_paired is
 * the median, over the runs, of our time over the floor's in the same run: a second reading of
 * the same ratio that a single lucky build cannot move.
 * Not a test: times depend on the machine; the figures go in the notes. Each build runs --runs
 * times (default 3), ours and the floor's alternating, and the fastest run counts: on a shared
 * machine interference only ever adds time, so the minimum is the steadiest figure.
 *
 *   npm run bench
 *   npm run bench -- --sizes 10,40 --runs 1 --cards --keep --no-warmup
 *
 * --cards also times ours with social cards (cold card cache); --keep leaves the temporary folder
 * (content, logs, outputs) for inspection; --no-warmup skips the untimed first build of each project.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticContent } from './bench-content.ts';
import { countOption, filesUnder, isMain, ROOT, runMain, table } from './site.ts';

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface BuildTiming {
  pages: number;
  seconds: number;
}

const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs `astro build` for the project in `root` into `outDir`; resolves with wall time and page count. */
export function timeBuild(root: string, outDir: string, env: Record<string, string>, logFile: string): Promise<BuildTiming> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(root, '.bench-cache'), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', root, '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => log.push(d));
    child.stderr.on('data', (d: Buffer) => log.push(d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(logFile, Buffer.concat(log));
      if (code !== 0) {
        const tail = Buffer.concat(log).toString('utf8').split('\n').slice(-25).join('\n');
        reject(new Error(`bench: astro build in ${root} failed (exit ${code}); log ${logFile}:\n${tail}`));
        return;
      }
      resolve({ seconds, pages: filesUnder(outDir, '.html').length });
    });
  });
}

/** A copy of this project that builds from another content folder, with its own cold cache. */
export function copyProject(dest: string, { cards }: { cards: boolean }): void {
  mkdirSync(dest, { recursive: true });
  for (const entry of ['src', 'public', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dest, entry), { recursive: true });
  }
  if (!cards) rmSync(join(dest, 'src', 'pages', '[...locale]', 'og'), { recursive: true, force: true });
  cpSync(join(ROOT, 'astro.config.mjs'), join(dest, 'astro.config.project.mjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
  // The project's own config, with the content layer's cache inside this copy (cold per build).
  writeFileSync(
    join(dest, 'astro.config.mjs'),
    "import config from './astro.config.project.mjs';\nexport default { ...config, cacheDir: './.bench-cache/' };\n",
  );
}

/** The floor: a bare Astro + MDX site with one plain page per content entry. */
export function writeFloorProject(dest: string): void {
  const file = (path: string, text: string) => {
    mkdirSync(join(dest, path, '..'), { recursive: true });
    writeFileSync(join(dest, path), text);
  };
  mkdirSync(dest, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
  file('package.json', '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  file(
    'astro.config.mjs',
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], cacheDir: './.bench-cache/', devToolbar: { enabled: false }, trailingSlash: 'always',\n" +
      "  i18n: { locales: ['en', 'ru', 'kk'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } } };\n",
  );
  file(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const base = process.env.RECAP_CONTENT_DIR!;
export const collections = {
  cohorts: defineCollection({ loader: glob({ base, pattern: 'cohorts/*/index.mdx' }) }),
  quotes: defineCollection({ loader: glob({ base, pattern: 'cohorts/*/quotes/*.yaml' }) }),
  statistics: defineCollection({ loader: glob({ base, pattern: 'cohorts/*/statistics/*.yaml' }) }),
  speakers: defineCollection({ loader: glob({ base, pattern: 'speakers/*.yaml' }) }),
  organisations: defineCollection({ loader: glob({ base, pattern: 'organisations/*.yaml' }) }),
};
`,
  );
  file('src/components/Stub.astro', '<span>{Astro.props.id}</span>\n');
  // Every page once per locale: English unprefixed (locale undefined), then /ru/ and /kk/, as ours.
  const locales = "[undefined, 'ru', 'kk']";
  const page = (title: string, body: string) =>
    `<html lang={Astro.params.locale ?? 'en'}><head><meta charset="utf-8" /><title>${title}</title></head><body>${body}</body></html>\n`;
  const list = (collection: string, section: string) =>
    `---\nimport { getCollection } from 'astro:content';\nexport const getStaticPaths = () => ${locales}.map((locale) => ({ params: { locale } }));\n` +
    `const entries = await getCollection('${collection}');\n---\n` +
    page(section, `<ul>{entries.map((e) => <li><a href={\`/${section}/\${e.id}/\`}>{e.id}</a></li>)}</ul>`);
  const single = (collection: string, body: string, extra = '') =>
    `---\nimport { getCollection${extra ? ', render' : ''} } from 'astro:content';\n${extra ? "import Stub from '../../../components/Stub.astro';\n" : ''}` +
    `export async function getStaticPaths() {\n  const entries = await getCollection('${collection}');\n` +
    `  return ${locales}.flatMap((locale) => entries.map((entry) => ({ params: { locale, id: entry.id }, props: { entry } })));\n}\n` +
    `const { entry } = Astro.props;\n${extra}---\n` +
    page('{entry.id}', body);
  file('src/pages/[...locale]/index.astro', list('cohorts', 'cohorts'));
  file('src/pages/404.astro', page('Not found', '<p>Not found</p>'));
  file(
    'src/pages/[...locale]/404.astro',
    `---\nexport const getStaticPaths = () => ['ru', 'kk'].map((locale) => ({ params: { locale } }));\n---\n${page('Not found', '<p>Not found</p>')}`,
  );
  file('src/pages/[...locale]/cohorts/index.astro', list('cohorts', 'cohorts'));
  file('src/pages/[...locale]/quotes/index.astro', list('quotes', 'quotes'));
  file('src/pages/[...locale]/speakers/index.astro', list('speakers', 'speakers'));
  file(
    'src/pages/[...locale]/cohorts/[id].astro',
    single('cohorts', '<h1>{entry.data.title}</h1><Content components={{ Quote: Stub, StatCallout: Stub, SpeakerGallery: Stub }} />', 'const { Content } = await render(entry);\n'),
  );
  file('src/pages/[...locale]/quotes/[id].astro', single('quotes', '<blockquote>{entry.data.text}</blockquote><p>{entry.data.speaker}</p>'));
  file('src/pages/[...locale]/speakers/[id].astro', single('speakers', '<h1>{entry.data.name}</h1>'));
}

function parseArgs(argv: string[]) {
  let sizes = [50, 200];
  const i = argv.indexOf('--sizes');
  if (i >= 0) sizes = (argv[i + 1] ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (sizes.length < 1) throw new Error('bench: --sizes takes a comma-separated list of cohort counts, e.g. 50,200');
  return {
    runs: countOption('bench', argv, '--runs', 3, 'builds per measurement'),
    sizes: [...sizes].sort((a, b) => a - b),
    cards: argv.includes('--cards'),
    keep: argv.includes('--keep'),
    noWarmup: argv.includes('--no-warmup'),
  };
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { sizes, cards, keep, noWarmup, runs } = parseArgs(process.argv.slice(2));
    const work = mkdtempSync(join(tmpdir(), 'recap-bench-'));
    console.log(`bench: working in ${work}${keep ? ' (kept)' : ''}`);
    try {
      const ours = join(work, 'site');
      const floor = join(work, 'floor');
      copyProject(ours, { cards: false });
      writeFloorProject(floor);
      const oursWithCards = join(work, 'site-with-cards');
      if (cards) copyProject(oursWithCards, { cards: true });

      const envFor = (size: number) => ({
        RECAP_CONTENT_DIR: join(work, `content-${size}`, 'content'),
        RECAP_URLS: 'off',
        RECAP_OG_CACHE: join(work, `og-cache-${size}`),
      });
      for (const size of sizes) {
        const counts = writeSyntheticContent(envFor(size).RECAP_CONTENT_DIR, size, join(ROOT, 'content'));
        console.log(`bench: ${size} cohorts: ${counts.quotes} quotes, ${counts.statistics} statistics, ${counts.speakers} speakers`);
      }
      if (!noWarmup) {
        // The first build after a while pays for reading node_modules from disk; keep that out of the figures.
        console.log('bench: warming up (one untimed build of each project)');
        await timeBuild(ours, join(work, 'out-warmup-site'), envFor(sizes[0]!), join(work, 'warmup-site.log'));
        await timeBuild(floor, join(work, 'out-warmup-floor'), envFor(sizes[0]!), join(work, 'warmup-floor.log'));
      }

      const results: { size: number; ours: BuildTiming; floor: BuildTiming; paired: number; withCards?: BuildTiming }[] = [];
      for (const size of sizes) {
        const env = envFor(size);
        console.log(`bench: ${size} cohorts`);
        const oursRuns: BuildTiming[] = [];
        const floorRuns: BuildTiming[] = [];
        for (let run = 1; run <= runs; run++) {
          oursRuns.push(await timeBuild(ours, join(work, `out-site-${size}`), env, join(work, `site-${size}.log`)));
          floorRuns.push(await timeBuild(floor, join(work, `out-floor-${size}`), env, join(work, `floor-${size}.log`)));
          const [ot, ft] = [oursRuns.at(-1)!, floorRuns.at(-1)!];
          console.log(`bench:   run ${run}/${runs}: ours ${ot.pages} pages in ${fixed(ot.seconds)} s, floor ${ft.pages} pages in ${fixed(ft.seconds)} s`);
        }
        const fastest = (all: BuildTiming[]) => all.reduce((best, t) => (t.seconds < best.seconds ? t : best));
        const [o, f] = [fastest(oursRuns), fastest(floorRuns)];
        // The two builds of one run follow each other, so they share the machine's load of the moment:
        // the median of those ratios is steadier than fastest against fastest, which one lucky floor
        // build can move (floor builds of one size measured 14.6-37.2 s in one sitting here).
        const ratios = oursRuns.map((t, i) => t.seconds / floorRuns[i]!.seconds);
        const paired = median(ratios);
        console.log(`bench:   ours against the floor run by run: ${ratios.map((r) => fixed(r)).join(', ')}; median ${fixed(paired)}`);
        let c: BuildTiming | undefined;
        if (cards) {
          c = await timeBuild(oursWithCards, join(work, `out-cards-${size}`), env, join(work, `cards-${size}.log`));
          console.log(`bench:   ours with social cards (cold card cache) ${c.pages} pages in ${fixed(c.seconds)} s`);
        }
        results.push({ size, ours: o, floor: f, paired, withCards: c });
      }

      const rows = results.map((r) => [
        String(r.size),
        String(r.ours.pages),
        fixed(r.ours.seconds),
        fixed(r.ours.pages / r.ours.seconds, 1),
        String(r.floor.pages),
        fixed(r.floor.seconds),
        fixed(r.ours.seconds / r.floor.seconds),
        r.withCards ? fixed(r.withCards.seconds) : '-',
      ]);
      console.log('');
      console.log(table(['cohorts', 'pages', 'seconds', 'pages/s', 'floor pages', 'floor s', 'vs floor', 'with cards s'], rows));
      const first = results[0]!;
      const last = results.at(-1)!;
      const growth = last.ours.seconds / first.ours.seconds;
      console.log(
        `bench: content grows ${fixed(last.size / first.size, 1)}x; our build time grows ${fixed(growth)}x, the floor's ${fixed(last.floor.seconds / first.floor.seconds)}x`,
      );
      if (results.length > 1) {
        // Time per extra page between the smallest and largest size: flat per-page cost means linear growth
        // even when fixed start-up time keeps the whole-build ratio below the content's.
        const perPage = (t: (r: (typeof results)[number]) => BuildTiming) => (t(last).seconds - t(first).seconds) / (t(last).pages - t(first).pages);
        const [ourPage, floorPage] = [perPage((r) => r.ours), perPage((r) => r.floor)];
        console.log(
          `bench: each extra page costs ours ${fixed(ourPage * 1000)} ms, the floor ${fixed(floorPage * 1000)} ms; ` +
            `fixed start-up about ${fixed(first.ours.seconds - ourPage * first.ours.pages)} s ours, ${fixed(first.floor.seconds - floorPage * first.floor.pages)} s the floor's`,
        );
      }
      console.log(
        `bench: pages=${last.ours.pages} seconds=${fixed(last.ours.seconds)} pages_per_s=${fixed(last.ours.pages / last.ours.seconds, 1)} ` +
          `vs_floor=${fixed(last.ours.seconds / last.floor.seconds)} growth_${last.size}_over_${first.size}=${fixed(growth)} vs_floor_paired=${fixed(last.paired)}`,
      );
    } finally {
      if (!keep) rmSync(work, { recursive: true, force: true });
    }
  });
}
