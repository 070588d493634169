/**
 * Links that last: the manifest of published URLs, the moves content declares with formerIds,
 * and a build that fails when a published URL disappears without a declared move.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  builtPages,
  compareUrls,
  dropFromSitemap,
  manifestPathFor,
  missingUrlsMessage,
  MOVED_ROUTE,
  readManifest,
  writeManifest,
} from '../../src/integrations/url-manifest';
import { findMoves } from '../../src/lib/site/redirects';
import { ROOT } from './helpers';

const temp = mkdtempSync(join(tmpdir(), 'recap-urls-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the URL manifest', () => {
  it('sits beside the content folder, so every content set (and fixture) has its own', () => {
    expect(manifestPathFor('/repo/content', '')).toBe('/repo/published-urls.json');
    expect(manifestPathFor('/repo/tests/fixtures/renamed-quote/content', '')).toBe('/repo/tests/fixtures/renamed-quote/published-urls.json');
    expect(manifestPathFor('/repo/content', '/elsewhere/urls.json')).toBe('/elsewhere/urls.json');
  });

  it('lists what disappeared and what is new', () => {
    expect(compareUrls(['/', '/quotes/a/', '/quotes/b/'], ['/', '/quotes/b/', '/quotes/c/'])).toEqual({ missing: ['/quotes/a/'], added: ['/quotes/c/'] });
  });

  it('explains a disappeared URL with both ways out: declare the move, or record the removal', () => {
    const message = missingUrlsMessage(['/quotes/wawiernia-opening-ceremony/'], 'published-urls.json');
    expect(message).toMatchInlineSnapshot(`
      "1 published URL has disappeared from the build (recorded in published-urls.json):
        - /quotes/wawiernia-opening-ceremony/
      Links people have shared must keep working. To fix:
        - If a quote, speaker or cohort was renamed, declare its old id in the renamed file, e.g. in content/cohorts/<cohort>/quotes/<new-id>.yaml:
            formerIds: [wawiernia-opening-ceremony]
          and the old URL will redirect to the new one.
        - If a page was removed on purpose, record it with \`npm run urls:update\` and commit the manifest."
    `);
  });

  it('round-trips sorted and de-duplicated, and rejects a file that is not a list of site paths', () => {
    const file = join(temp, 'urls.json');
    writeManifest(file, ['/quotes/b/', '/', '/quotes/b/']);
    expect(readManifest(file).urls).toEqual(['/', '/quotes/b/']);
    writeFileSync(file, JSON.stringify({ urls: ['quotes/b'] }));
    expect(() => readManifest(file)).toThrow(/urls: expected a list of site paths/);
  });

  it('lists the pages of a build from the files Astro reports per route, without reading them: redirects are the pages of [...moved], 404 and endpoints are not URLs', () => {
    // Nothing exists at this folder: the pages are known from what astro:build:done reports.
    const out = pathToFileURL(join(temp, 'never-written-dist/'));
    const files = (...paths: string[]) => paths.map((p) => new URL(p, out));
    const assets = new Map([
      ['/', files('index.html')],
      ['/404', files('404.html')],
      ['/quotes/[quote]', files('quotes/new/index.html', 'quotes/%C3%A9t%C3%A9/index.html')],
      [MOVED_ROUTE, files('quotes/old/index.html')],
      ['/og/quotes/[quote].png', files('og/quotes/new.png')],
    ]);
    expect(existsSync(fileURLToPath(out))).toBe(false);
    expect(builtPages(out, assets)).toEqual([
      { path: '/', redirect: false },
      { path: '/quotes/été/', redirect: false },
      { path: '/quotes/new/', redirect: false },
      { path: '/quotes/old/', redirect: true },
    ]);
  });

  it('knows redirect pages by the route of src/pages/[...moved].astro', () => {
    expect(existsSync(join(ROOT, 'src/pages', `${MOVED_ROUTE}.astro`))).toBe(true);
  });

  it('takes redirect pages out of the sitemap', () => {
    const xml = '<urlset><url><loc>https://x.org/quotes/new/</loc></url><url><loc>https://x.org/quotes/old/</loc></url></urlset>';
    expect(dropFromSitemap(xml, (loc) => loc.endsWith('/old/'))).toBe('<urlset><url><loc>https://x.org/quotes/new/</loc></url></urlset>');
  });

  it('the committed manifest records the first cohort and its quotes', () => {
    const { urls } = readManifest(join(ROOT, 'published-urls.json'));
    expect(urls).toContain('/cohorts/2024-astana/');
    expect(urls).toContain('/quotes/clark-conversation-with-participants/');
  });
});

describe('moves declared with formerIds', () => {
  const quote = (id: string, formerIds: string[]) => ({ id, formerIds, cohort: { id: '2024-astana' }, speaker: { displayName: 'Helen Clark' } });

  it('turns each former id into a move from the old URL to the current one', () => {
    const { moves, problems } = findMoves({
      quotes: [quote('clark-opening', ['clark-conversation'])],
      speakers: [{ id: 'helen-clark', formerIds: ['h-clark'], displayName: 'Helen Clark' }],
      cohorts: [{ id: '2024-astana', formerIds: ['astana'], title: 'Astana 2024' }],
    });
    expect(problems).toEqual([]);
    expect(moves.map((m) => `${m.from} -> ${m.to}`)).toEqual([
      '/cohorts/astana/ -> /cohorts/2024-astana/',
      '/quotes/clark-conversation/ -> /quotes/clark-opening/',
      '/speakers/h-clark/ -> /speakers/helen-clark/',
    ]);
  });

  it('refuses a former id that is its own id, a current id, or claimed twice, naming the file', () => {
    const { problems } = findMoves({
      quotes: [quote('a', ['a']), quote('b', ['a', 'old']), quote('c', ['old'])],
      speakers: [],
      cohorts: [],
    });
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.expected}, found ${p.found}`)).toEqual([
      'content/cohorts/2024-astana/quotes/a.yaml: formerIds: ids this quote had before, not its current id, found "a"',
      'content/cohorts/2024-astana/quotes/b.yaml: formerIds: an old id that no current quote uses, found "a", the id of content/cohorts/2024-astana/quotes/a.yaml',
      'content/cohorts/2024-astana/quotes/c.yaml: formerIds: an old id that only one quote claims, found "old", also claimed by content/cohorts/2024-astana/quotes/b.yaml',
    ]);
  });
});

describe('a build where a published quote was renamed without declaring it', () => {
  // The renamed-quote fixture with its formerIds line taken out: the old URL is simply gone.
  const copy = join(ROOT, '.cache', 'fixtures', 'renamed-quote-undeclared');
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails, listing the missing URL and how to declare the move', () => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(ROOT, 'tests/fixtures/renamed-quote'), copy, { recursive: true });
    const renamed = join(copy, 'content/cohorts/2024-astana/quotes/wawiernia-opening-remarks.yaml');
    writeFileSync(renamed, readFileSync(renamed, 'utf8').replace(/^formerIds:.*\n/m, ''));

    const outDir = join(temp, 'undeclared-dist');
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, RECAP_CONTENT_DIR: join(copy, 'content'), RECAP_URLS: 'record', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('1 published URL has disappeared from the build');
    expect(output).toContain('  - /quotes/wawiernia-opening-ceremony/');
    expect(output).toContain('formerIds: [wawiernia-opening-ceremony]');
  }, 180_000);
});
