/**
 * The page-weight budgets (scripts/quality/budgets.ts) catch what they promise to catch, on small
 * hand-made build folders: a heavy page, a script on a page without share controls, too many
 * font preloads, fonts that are not subsetted woff2, files a page loads that are not built.
 */
import { rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTree } from './helpers';
import { BUDGETS, checkBudgets, cssLength, fontFaces, gzipSize, pickCandidate, slotWidth, staticImports } from '../../scripts/quality/budgets.ts';

let dist: string;

const build = (files: Record<string, string | Buffer>): string => (dist = tempTree('quality-budgets-', files));

afterEach(() => rmSync(dist, { recursive: true, force: true }));

const page = (head: string, body = '<main><h1>Hi</h1></main>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

/** Base64 of random bytes: gzip keeps about three quarters of it, so budgets are crossed for sure. */
function incompressible(chars: number): string {
  return randomBytes(chars).toString('base64').slice(0, chars);
}

describe('budgets', () => {
  it('passes a light page and reports its weights', () => {
    const report = checkBudgets(
      build({ 'index.html': page('<link rel="stylesheet" href="/_astro/a.css">'), '_astro/a.css': 'body{color:red}' }),
      '/',
    );
    expect(report.violations).toEqual([]);
    expect(report.weights).toHaveLength(1);
    expect(report.weights[0]).toMatchObject({ url: '/', js: 0, cssFiles: ['/_astro/a.css'], jsFiles: [] });
    expect(report.weights[0]!.css).toBe(gzipSize('body{color:red}'));
  });

  it('names the page and the budget when HTML, CSS and the total are too heavy', () => {
    const report = checkBudgets(
      build({
        'index.html': page('<link rel="stylesheet" href="/_astro/big.css">', `<main><h1>x</h1><p>${incompressible(20_000)}</p></main>`),
        'quotes/index.html': page(''),
        '_astro/big.css': `/*${incompressible(16_000)}*/`,
      }),
      '/',
    );
    const messages = report.violations.map((v) => `${v.page}: ${v.message}`);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^\/: HTML is \d+\.\d KB gzipped, over the 12\.0 KB budget$/);
    expect(messages[1]).toMatch(/^\/: CSS is .* over the 10\.0 KB budget$/);
    expect(messages[2]).toMatch(/^\/: HTML \+ CSS \+ JS is .* over the 20\.0 KB budget$/);
  });

  it('counts a script and the chunks it imports, and allows scripts only with share controls', () => {
    const files = {
      'index.html': page('<script type="module" src="/_astro/share.js"></script>'),
      'quotes/x/index.html': page('<script type="module" src="/_astro/share.js"></script>', '<main><h1>q</h1><div data-share></div></main>'),
      '_astro/share.js': 'import{a}from"./chunk.js";a();',
      '_astro/chunk.js': 'export const a=()=>1;',
    };
    const report = checkBudgets(build(files), '/');
    const quote = report.weights.find((w) => w.url === '/quotes/x/')!;
    expect(quote.jsFiles.sort()).toEqual(['/_astro/chunk.js', '/_astro/share.js']);
    expect(quote.js).toBe(gzipSize(files['_astro/share.js']) + gzipSize(files['_astro/chunk.js']));
    expect(report.violations.map((v) => v.page)).toEqual(['/']);
    expect(report.violations[0]!.message).toContain('but has no share controls');
  });

  it('flags JavaScript over 2 KB, inline scripts included, but not JSON-LD', () => {
    const inline = `<script>${incompressible(4000)}</script>`;
    const ld = `<script type="application/ld+json">{"a":"${incompressible(4000)}"}</script>`;
    const report = checkBudgets(build({ 'index.html': page(inline), 'ld/index.html': page(ld) }), '/');
    expect(report.violations.map((v) => [v.page, v.message.split(' is ')[0]])).toEqual([['/', 'JavaScript']]);
    expect(report.weights.find((w) => w.url === '/ld/')!.js).toBe(0);
    expect(BUDGETS.js).toBe(2048);
  });

  it('allows at most two font preloads, same-origin woff2 only', () => {
    const preload = (href: string) => `<link rel="preload" as="font" type="font/woff2" href="${href}" crossorigin>`;
    const report = checkBudgets(
      build({
        'index.html': page(['/_astro/a.woff2', '/_astro/b.woff2', '/_astro/c.woff2'].map(preload).join('')),
        'two/index.html': page(preload('https://fonts.example.com/x.woff2') + preload('/_astro/d.ttf')),
        '_astro/a.woff2': 'x',
        '_astro/b.woff2': 'x',
        '_astro/c.woff2': 'x',
        '_astro/d.ttf': 'x',
      }),
      '/',
    );
    expect(report.violations.map((v) => `${v.page} ${v.message}`)).toEqual([
      '/ preloads 3 fonts, at most 2 allowed',
      '/two/ preloads a font from another origin: https://fonts.example.com/x.woff2',
      '/two/ preloads /_astro/d.ttf, which is not woff2',
      '/_astro/d.ttf font file in a format other than woff2 (.ttf)',
    ]);
  });

  it('requires every @font-face to be a unicode-range subset of local woff2 files', () => {
    const css = [
      "@font-face{font-family:'Onest Variable';src:url(/_astro/onest-latin.woff2) format('woff2-variations');unicode-range:U+0000-00FF}",
      "@font-face{font-family:Whole;src:url(/_astro/whole.woff2) format('woff2')}",
      "@font-face{font-family:Old;src:url(/_astro/old.woff) format('woff');unicode-range:U+0000-00FF}",
      "@font-face{font-family:Gone;src:url(/_astro/gone.woff2);unicode-range:U+0000-00FF}",
    ].join('');
    const report = checkBudgets(
      build({
        'index.html': page('<link rel="stylesheet" href="/_astro/f.css">'),
        '_astro/f.css': css,
        '_astro/onest-latin.woff2': 'x',
        '_astro/whole.woff2': 'x',
        '_astro/old.woff': 'x',
      }),
      '/',
    );
    expect(report.violations.map((v) => v.message)).toEqual([
      'loads /_astro/gone.woff2, which is not in the build',
      '@font-face "Whole" has no unicode-range: ship subsets, not whole fonts',
      '@font-face "Old" uses /_astro/old.woff, not woff2',
      '@font-face "Gone" points at /_astro/gone.woff2, which is not in the build',
      'font file in a format other than woff2 (.woff)',
    ]);
    expect(report.fonts.map((f) => f.path)).toEqual(['/_astro/onest-latin.woff2', '/_astro/whole.woff2']);
  });

  it('reports a stylesheet or script the page loads that the build does not have', () => {
    const report = checkBudgets(build({ 'index.html': page('<link rel="stylesheet" href="/_astro/missing.css">') }), '/');
    expect(report.violations.map((v) => v.message)).toEqual(['loads /_astro/missing.css, which is not in the build']);
  });

  it('resolves files under a base path', () => {
    const report = checkBudgets(
      build({ 'index.html': page('<link rel="stylesheet" href="/recap/_astro/a.css">'), '_astro/a.css': 'a{}' }),
      '/recap/',
    );
    expect(report.violations).toEqual([]);
    expect(report.weights[0]!.url).toBe('/recap/');
  });
});

describe('photo budgets', () => {
  /** A figure as CohortPhoto.astro writes it: AVIF and WebP sources, a JPEG fallback, 360/720 px candidates. */
  const figure = (kind: string, name: string, img: string) =>
    `<figure data-photo="${kind}"><picture>` +
    `<source srcset="/_astro/${name}-360.avif 360w, /_astro/${name}-720.avif 720w" type="image/avif" sizes="(min-width: 40rem) 20rem, calc(100vw - 2rem)">` +
    `<source srcset="/_astro/${name}-360.webp 360w, /_astro/${name}-720.webp 720w" type="image/webp" sizes="(min-width: 40rem) 20rem, calc(100vw - 2rem)">` +
    `<img src="/_astro/${name}-720.jpg" srcset="/_astro/${name}-360.jpg 360w, /_astro/${name}-720.jpg 720w" sizes="(min-width: 40rem) 20rem, calc(100vw - 2rem)" width="720" height="480" alt="x" ${img}>` +
    `</picture><figcaption>Photo: x</figcaption></figure>`;
  const files = (name: string, avif: number) =>
    Object.fromEntries(
      ['360.avif', '720.avif', '360.webp', '720.webp', '360.jpg', '720.jpg'].map((f) => [`_astro/${name}-${f}`, randomBytes(f === '720.avif' ? avif : 1000)]),
    );

  it('reads the width a 375 px phone shows a photo at from sizes, and the candidate a 2x phone picks', () => {
    expect(cssLength('calc(100vw - 2rem)', 375)).toBe(343);
    expect(cssLength('41.5rem', 375)).toBe(664);
    expect(slotWidth('(min-width: 72rem) 41.5rem, (min-width: 64rem) calc(100vw - 30.5rem), (min-width: 40rem) calc(100vw - 3rem), calc(100vw - 2rem)', 375)).toBe(343);
    expect(slotWidth('(min-width: 72rem) 41.5rem, calc(100vw - 2rem)', 1280)).toBe(664);
    expect(pickCandidate('/a.avif 360w, /b.avif 720w, /c.avif 1080w', 686)).toEqual({ url: '/b.avif', width: 720 });
    expect(pickCandidate('/a.avif 360w, /b.avif 720w', 2000)).toEqual({ url: '/b.avif', width: 720 });
  });

  it('weighs each photo as a 375 px phone is sent it, outside the first visit, and passes light lazy photos', () => {
    const report = checkBudgets(
      build({
        'index.html': page('', `<main>${figure('hero', 'h', 'loading="eager" fetchpriority="high"')}${figure('gallery', 'g', 'loading="lazy" decoding="async"')}</main>`),
        ...files('h', 30_000),
        ...files('g', 20_000),
      }),
      '/',
    );
    expect(report.violations).toEqual([]);
    const [hero, other] = report.weights[0]!.photos;
    expect(hero).toMatchObject({ kind: 'hero', slot: 343, sent: 30_000 });
    expect(hero!.candidates.map((c) => `${c.type} ${c.url} ${c.bytes}`)).toEqual(['image/avif /_astro/h-720.avif 30000', 'image/webp /_astro/h-720.webp 1000', 'img /_astro/h-720.jpg 1000']);
    expect(other).toMatchObject({ kind: 'gallery', sent: 20_000 });
    expect(report.weights[0]!.firstVisit).toBe(report.weights[0]!.total);
  });

  it('names the photo when it is over its budget, loads early, or the hero is lazy', () => {
    const report = checkBudgets(
      build({
        'index.html': page('', `<main>${figure('hero', 'h', 'loading="lazy"')}${figure('gallery', 'g', 'loading="eager" fetchpriority="high"')}</main>`),
        ...files('h', 42_000),
        ...files('g', 31_000),
      }),
      '/',
    );
    expect(report.violations.map((v) => v.message)).toEqual([
      'the hero photo /_astro/h-720.jpg is 41.0 KB as sent to a 375 px phone (720 px image/avif), over the 40.0 KB hero budget',
      'the hero photo /_astro/h-720.jpg leads the page but is not loaded at once with high priority (loading="lazy", fetchpriority="")',
      'photo /_astro/g-720.jpg is 30.3 KB as sent to a 375 px phone (720 px image/avif), over the 30.0 KB photo budget',
      'photo /_astro/g-720.jpg is loaded before it nears the viewport (it needs loading="lazy")',
      'photo /_astro/g-720.jpg asks for high priority, which only the hero may',
    ]);
  });
});

describe('module and font parsing', () => {
  it('finds static imports and re-exports, not dynamic imports', () => {
    expect(staticImports('import{a as b}from"./a.js";import "./b.js";export*from"./c.js";const x=import("./lazy.js")')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });

  it('reads family, sources and unicode-range of each @font-face', () => {
    expect(fontFaces("@font-face{font-family:'A B';src:url('/a.woff2') format('woff2'),url(/a.woff);unicode-range:U+0-FF}")).toEqual([
      { family: 'A B', sources: ['/a.woff2', '/a.woff'], unicodeRange: 'U+0-FF' },
    ]);
  });
});
