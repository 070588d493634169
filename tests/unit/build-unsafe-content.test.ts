/**
 * Content is data, never code, in the build and in the dev server. tests/fixtures/unsafe-content
 * holds what a hostile contributor might send (a story whose `export` writes a file, raw HTML,
 * javascript: links, an SVG portrait named .jpg, a portrait outside content/, YAML tags and an
 * alias bomb, impossible values, an unclosed tag), plus a symbolic link added here. The build
 * must refuse every file with its line and never run the story's code; the dev server must not
 * start on it, and must stop serving pages when such content is added while it runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, ROOT } from './helpers';

// Inside the project (as content always is), under .cache/ which git ignores.
const work = join(ROOT, `.cache/test-unsafe-${process.pid}`);
const content = `.cache/test-unsafe-${process.pid}/fixtures/unsafe-content/content`;
const marker = join(work, 'the-story-ran.txt');
const outDir = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture copied with its neighbour images/ (which the climbing portrait reaches), plus a symlink out of content/. */
function prepare(): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'fixtures'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/unsafe-content'), join(work, 'fixtures/unsafe-content'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/images'), join(work, 'fixtures/images'), { recursive: true });
  symlinkSync(join(ROOT, 'package.json'), join(ROOT, content, 'cohorts/2024-astana/quotes/linked.yaml'));
}

const astro = (args: string[]) => [join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args];
const env = (contentDir: string) => astroEnv({ RECAP_CONTENT_DIR: contentDir, RECAP_MARKER: marker, RECAP_URLS: 'off' });

describe('astro build with unsafe content', () => {
  it('refuses every unsafe file with its line, and runs none of its code', () => {
    prepare();
    const result = spawnSync(process.execPath, astro(['build', '--outDir', outDir]), { cwd: ROOT, env: env(content), encoding: 'utf8', timeout: 110_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    // Each problem names the file and line...
    const located = [
      'cohorts/2024-astana/index.mdx:4: startDate: expected a real calendar date',
      'cohorts/2024-astana/index.mdx:16: story: expected Markdown or a story component',
      'cohorts/2024-astana/index.mdx:17: story: expected Markdown or a story component',
      'cohorts/2024-astana/index.mdx:21: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a raw HTML element <script>',
      'cohorts/2024-astana/index.mdx:23: story:',
      'cohorts/2024-astana/index.mdx:25: story:',
      'cohorts/2024-astana/index.mdx:27: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "javascript:alert(1)"',
      'cohorts/2024-astana/index.mdx:29: story:',
      'cohorts/2024-astana/index.mdx:31: <Quote> prop "id":',
      'cohorts/2024-astana/quotes/linked.yaml: (file): expected a real file or folder inside content/',
      'cohorts/2024-astana/quotes/unsafe-quote.yaml:3: (YAML syntax): expected plain YAML',
      'cohorts/2024-astana/statistics/alias-bomb.yaml:1: (YAML syntax): expected plain YAML',
      'cohorts/2024-astana/statistics/fractional-count.yaml:3: value.value: expected a whole number of at least 0',
      'cohorts/2024-astana/statistics/negative-range.yaml:3: value.min: expected a whole number of at least 0',
      'cohorts/2025-almaty/index.mdx:19: <StatCallout>: expected a tag that ends with "/>", e.g. <StatCallout id="..." />, found <StatCallout> opened on line 19 and never closed',
      'speakers/climbing-portrait.yaml:5: portrait.src:',
      'speakers/svg-portrait.yaml:5: portrait.src:',
    ];
    for (const line of located) expect(output).toContain(`${content}/${line}`);
    // ...and says in plain words what is wrong.
    for (const words of ['found an import statement (stories cannot run code)', 'found an export statement (stories cannot run code)', 'which points outside the content folder', 'an SVG drawing (SVG can carry script; save it as JPEG, PNG, WebP or AVIF)']) {
      expect(output).toContain(words);
    }
    // The unclosed tag is one problem, not a cascade about the words that follow it.
    expect(output.match(/2025-almaty\/index\.mdx/g)).toHaveLength(1);
    expect(output).not.toContain('does not match collection schema');
    expect(existsSync(marker), 'the story ran code').toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 120_000);
});

/** Starts `astro dev` on `contentDir`; resolves with its URL once it serves, or with its output if it exits first. */
function startDev(contentDir: string, port: number) {
  const child = spawn(process.execPath, astro(['dev', '--port', String(port)]), { cwd: ROOT, env: env(contentDir), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => output, url: `http://localhost:${port}` };
}

describe('astro dev with unsafe content', () => {
  it('does not start, and says why in the checker\'s words', async () => {
    prepare();
    const dev = startDev(content, 4399);
    const code = await Promise.race([dev.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 90_000))]);
    if (code === 'still running') dev.child.kill();
    expect(code, dev.output()).not.toBe('still running');
    expect(dev.output()).toContain(`${content}/cohorts/2024-astana/index.mdx:16: story: expected Markdown or a story component`);
    expect(dev.output()).toContain('then start the preview again');
    expect(existsSync(marker), 'the story ran code').toBe(false);
  }, 100_000);

  it('stops serving pages while unsafe content is added as it runs, and comes back once it is gone', async () => {
    const dir = `.cache/test-unsafe-${process.pid}/dev-content`;
    rmSync(join(ROOT, dir), { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), join(ROOT, dir), { recursive: true });
    const dev = startDev(dir, 4398);
    try {
      const get = async (path: string) => {
        for (let i = 0; i < 120; i++) {
          try {
            return await fetch(`${dev.url}${path}`);
          } catch {
            await new Promise((resolve) => setTimeout(resolve, 1000));
          }
        }
        throw new Error(`the dev server did not answer:\n${dev.output()}`);
      };
      /** Asks for `path` until it answers with `status` (the watcher reports a change within a second or two). */
      const until = async (path: string, status: number) => {
        let response = await get(path);
        for (let i = 0; i < 30 && response.status !== status; i++) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          response = await get(path);
        }
        return response;
      };
      // A static file answers as soon as the server runs, without rendering a page.
      expect((await get('/favicon.svg')).status).toBe(200);

      const story = join(ROOT, dir, 'cohorts/2024-astana/index.mdx');
      const original = readFileSync(story, 'utf8');
      const line = original.trimEnd().split('\n').length + 2;
      writeFileSync(story, `${original.trimEnd()}\n\nexport const ran = (await import('node:fs')).writeFileSync(process.env.RECAP_MARKER, 'x')\n\n<script>alert(1)</script>\n`);
      const refused = await until('/cohorts/2024-astana/', 500);
      const page = await refused.text();
      expect(refused.status, page).toBe(500);
      expect(refused.headers.get('content-security-policy')).toMatch(/^default-src 'none';[^]*$/);
      expect(refused.headers.get('content-security-policy')).not.toContain('script-src');
      expect(page).toContain('The preview is paused: some content is unsafe');
      expect(page).toContain(`${dir}/cohorts/2024-astana/index.mdx:${line}: story: expected Markdown or a story component`);
      expect(page).toContain('found a raw HTML element &lt;script&gt;');
      expect((await get('/favicon.svg')).status, 'every request is refused, not only pages').toBe(500);
      expect(existsSync(marker), 'the story ran code').toBe(false);

      writeFileSync(story, original);
      expect((await until('/favicon.svg', 200)).status).toBe(200);
    } finally {
      dev.child.kill();
      await dev.exited;
    }
  }, 200_000);
});
