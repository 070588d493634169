/**
 * The preview's error page: with `astro dev` running on a copy of the content, a dangling
 * speaker id and then a YAML indentation mistake each turn the home page and the cohort page
 * into a plain HTML page (status 500, no script) naming the broken file, and both pages come
 * back by themselves once the file is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPage, isPageRequest } from '../../src/integrations/dev-errors';
import { astroEnv, ROOT } from './helpers';

const copy = join(ROOT, '.cache', 'fixtures', 'dev-errors');
const content = join(copy, 'content');
const quoteFile = join(content, 'cohorts/2024-astana/quotes/clark-conversation-with-participants.yaml');
const speakerFile = join(content, 'speakers/helen-clark.yaml');
const PAGES = ['/', '/cohorts/2024-astana/'];

let server: ChildProcess | undefined;
let origin = '';
let log = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

async function get(path: string) {
  const response = await fetch(origin + path, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}

/** Fetches every page until `ok` holds for all of them (the server notices a save within seconds). */
async function until(ok: (page: { status: number; html: string }) => boolean, what: string) {
  const deadline = Date.now() + 90_000;
  let last: { status: number; html: string }[] = [];
  while (Date.now() < deadline) {
    try {
      last = await Promise.all(PAGES.map(get));
      if (last.every(ok)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: not reached in 90 s. Last: ${last.map((p) => `${p.status} ${p.html.slice(0, 300)}`).join(' | ')}\n${log.slice(-2000)}`);
}

const healthy = (p: { status: number; html: string }) => p.status === 200 && !p.html.includes('The content has');
const broken = (file: string) => (p: { status: number; html: string }) => p.status === 500 && p.html.includes(file);

beforeAll(async () => {
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: astroEnv({ RECAP_CONTENT_DIR: content }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  await until(healthy, 'the preview to start');
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(copy, { recursive: true, force: true });
});

describe('the preview with broken content', () => {
  it('shows a dangling speaker id on every page, then recovers when it is fixed', async () => {
    const good = readFileSync(quoteFile, 'utf8');
    writeFileSync(quoteFile, good.replace('speaker: helen-clark', 'speaker: helen-clarke'));
    const pages = await until(broken('clark-conversation-with-participants.yaml'), 'the error page');
    for (const { html } of pages) {
      expect(html).toMatch(/clark-conversation-with-participants\.yaml:1: speaker: expected [^<]*found &quot;helen-clarke&quot;/);
      expect(html).not.toContain('<script');
    }
    writeFileSync(quoteFile, good);
    await until(healthy, 'recovery after the fix');
  }, 200_000);

  it('shows a YAML indentation mistake instead of the last good content, then recovers', async () => {
    const good = readFileSync(speakerFile, 'utf8');
    writeFileSync(speakerFile, good.replace('  - title: Chair\n    organisation: eiti', '  - title: Chair\n   organisation: eiti'));
    const pages = await until(broken('speakers/helen-clark.yaml'), 'the error page');
    for (const { html } of pages) expect(html).toMatch(/speakers\/helen-clark\.yaml:\d+: \(YAML syntax\): expected valid YAML/);
    writeFileSync(speakerFile, good);
    await until(healthy, 'recovery after the fix');
  }, 200_000);
});

describe('errorPage and isPageRequest', () => {
  it('escapes what the content says and reloads itself without script', () => {
    const html = errorPage(
      { problems: [{ file: 'content/a.yaml', line: 2, field: 'name', expected: 'text', found: '<b>' }] } as never,
      '/x/',
    );
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
    expect(html).toContain('content/a.yaml:2: name: expected text, found &lt;b&gt;');
    expect(html).not.toContain('<script');
  });

  it('answers pages only, never scripts, styles or Vite modules', () => {
    expect(isPageRequest('GET', '/', 'text/html')).toBe(true);
    expect(isPageRequest('GET', '/cohorts/2024-astana/', 'text/html,*/*')).toBe(true);
    expect(isPageRequest('GET', '/_astro/x.css', 'text/css')).toBe(false);
    expect(isPageRequest('GET', '/@vite/client', '*/*')).toBe(false);
    expect(isPageRequest('GET', '/src/styles/global.css', '*/*')).toBe(false);
    expect(isPageRequest('GET', '/og/quotes/a.png', 'image/png')).toBe(false);
    expect(isPageRequest('POST', '/', 'text/html')).toBe(false);
  });
});
