/**
 * New URLs are recorded by the build itself, with no manual step: a build outside CI adds them
 * to published-urls.json (never removing one), a CI build lists them without writing, and a
 * missing URL fails both. Runs the integration's build hook on a made-up build, so no site is built.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import urlManifest, { addedUrlsMessage, urlMode, type UrlMode } from '../../src/integrations/url-manifest';

let dir = '';
let saved: Record<string, string | undefined> = {};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'recap-url-record-'));
  mkdirSync(join(dir, 'content'));
  mkdirSync(join(dir, 'dist'));
  saved = { RECAP_URLS: process.env.RECAP_URLS, RECAP_CONTENT_DIR: process.env.RECAP_CONTENT_DIR, RECAP_URL_MANIFEST: process.env.RECAP_URL_MANIFEST };
  process.env.RECAP_CONTENT_DIR = join(dir, 'content');
  delete process.env.RECAP_URL_MANIFEST;
});
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

const manifest = () => join(dir, 'published-urls.json');
const recorded = () => JSON.parse(readFileSync(manifest(), 'utf8')).urls as string[];

/** Runs the integration on a build whose pages are `paths`, in `mode`; returns what it logged. */
async function build(paths: string[], mode: UrlMode) {
  process.env.RECAP_URLS = mode;
  const integration = urlManifest();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${dir}/`), base: '/' } });
  const outDir = pathToFileURL(`${join(dir, 'dist')}/`);
  const assets = new Map([['/[page]', paths.map((p) => new URL(`.${p}index.html`, outDir))]]);
  const lines: string[] = [];
  const logger = { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) };
  await hooks['astro:build:done']!({ dir: outDir, assets, logger });
  return lines;
}

describe('the build records new URLs', () => {
  it('adds new pages to the record outside CI, keeping every URL recorded before', async () => {
    writeFileSync(manifest(), JSON.stringify({ urls: ['/', '/quotes/a/'] }));
    const lines = await build(['/', '/quotes/a/', '/quotes/b/'], 'record');
    expect(recorded()).toEqual(['/', '/quotes/a/', '/quotes/b/']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^info Recorded 1 new URL in \S*published-urls\.json \(commit it with your content\): \/quotes\/b\/$/);
  });

  it('creates the record when there is none yet', async () => {
    await build(['/', '/quotes/a/'], 'record');
    expect(recorded()).toEqual(['/', '/quotes/a/']);
  });

  it('in CI lists new pages without writing anything, and warns about nothing', async () => {
    writeFileSync(manifest(), JSON.stringify({ urls: ['/'] }));
    const before = readFileSync(manifest(), 'utf8');
    const lines = await build(['/', '/quotes/b/'], 'check');
    expect(readFileSync(manifest(), 'utf8')).toBe(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^info 1 new URL not in .*published-urls\.json yet, recorded when this is published: \/quotes\/b\/$/);
  });

  it.each(['record', 'check'] as const)('fails in %s mode when a recorded URL disappeared, and records nothing', async (mode) => {
    writeFileSync(manifest(), JSON.stringify({ urls: ['/', '/quotes/a/'] }));
    const before = readFileSync(manifest(), 'utf8');
    await expect(build(['/', '/quotes/b/'], mode)).rejects.toThrow(/1 published URL has disappeared[\s\S]*- \/quotes\/a\/[\s\S]*formerIds: \[a\]/);
    expect(readFileSync(manifest(), 'utf8')).toBe(before);
  });

  it('npm run urls:update (update mode) records removals on purpose', async () => {
    writeFileSync(manifest(), JSON.stringify({ urls: ['/', '/quotes/a/'] }));
    await build(['/', '/quotes/b/'], 'update');
    expect(recorded()).toEqual(['/', '/quotes/b/']);
  });
});

describe('addedUrlsMessage', () => {
  it('names the first twelve new URLs and counts the rest, so a big first build prints one readable line', () => {
    const urls = Array.from({ length: 2262 }, (_, i) => `/quotes/q${i}/`);
    const line = addedUrlsMessage(urls, 'published-urls.json', 'check');
    expect(line).toBe(`2262 new URLs not in published-urls.json yet, recorded when this is published: ${urls.slice(0, 12).join(', ')} and 2250 more`);
    expect(addedUrlsMessage(urls.slice(0, 12), 'published-urls.json', 'record')).toBe(`Recorded 12 new URLs in published-urls.json (commit it with your content): ${urls.slice(0, 12).join(', ')}`);
  });
});

describe('urlMode', () => {
  it('records outside CI, checks in CI, and follows RECAP_URLS when set', () => {
    expect(urlMode({})).toBe('record');
    expect(urlMode({ CI: 'true' })).toBe('check');
    expect(urlMode({ CI: 'false' })).toBe('record');
    expect(urlMode({ CI: 'true', RECAP_URLS: 'record' })).toBe('record');
    expect(urlMode({ RECAP_URLS: 'off' })).toBe('off');
    expect(() => urlMode({ RECAP_URLS: 'yes' })).toThrow('RECAP_URLS: expected record, check, update or off, found "yes"');
  });
});
