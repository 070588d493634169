/**
 * The internal link checker (scripts/quality/check-links.ts) finds links to pages that do not
 * exist, fragments with no element to land on, and sitemap entries with no page, and accepts
 * what resolves: folder URLs, base paths, absolute URLs on the site's own origin, srcset lists.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTree } from './helpers';
import { checkLinks, fragmentTargets, siteUrl, srcsetUrls } from '../../scripts/quality/check-links.ts';
import { siteOptions } from '../../scripts/quality/site.ts';

let dist: string;
const build = (files: Record<string, string>): string => (dist = tempTree('quality-links-', files));
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const SITE = 'https://recap.example.org';
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('check-links', () => {
  it('accepts links that resolve, with and without fragments', () => {
    const report = checkLinks(
      build({
        'index.html': page(
          '<a href="/cohorts/2024-astana/#quote-clark">q</a><a href="cohorts/">c</a><a href="#top">t</a><a href="https://other.example/">x</a>' +
            '<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="">',
          `<link rel="canonical" href="${SITE}/"><meta property="og:image" content="${SITE}/og/home.png">`,
        ),
        'cohorts/index.html': page('<h1 id="top">Cohorts</h1>'),
        'cohorts/2024-astana/index.html': page('<figure id="quote-clark">x</figure>'),
        'a.png': '',
        'a@2x.png': '',
        'og/home.png': '',
      }).replace(/$/, ''),
      '/',
      SITE,
    );
    expect(report.broken).toEqual([
      { page: '/', ref: '#top', where: 'a[href]', reason: 'no element with id="top" on /' },
    ]);
    expect(report.external).toBe(1);
  });

  it('names the page, the link and what is missing', () => {
    const report = checkLinks(
      build({
        'index.html': page('<h1 id="top">x</h1><a href="/quotes/">q</a><a href="/cohorts/x/#quote-gone">c</a><a href="#">nowhere</a>'),
        'cohorts/x/index.html': page('<p id="quote-here">x</p>'),
      }),
      '/',
      SITE,
    );
    expect(report.broken.map((b) => `${b.page} ${b.ref}: ${b.reason}`)).toEqual([
      '/ /quotes/: no page or file at /quotes/',
      '/ /cohorts/x/#quote-gone: no element with id="quote-gone" on /cohorts/x/',
      '/ #: bare "#" link (goes nowhere)',
    ]);
  });

  it('treats absolute URLs on the site origin as internal and checks them', () => {
    const report = checkLinks(build({ 'index.html': page('', `<meta property="og:image" content="${SITE}/og/missing.png">`) }), '/', SITE);
    expect(report.broken.map((b) => `${b.where}: ${b.reason}`)).toEqual(['meta[og:image]: no page or file at /og/missing.png']);
  });

  it('resolves links under a base path, and not outside it', () => {
    const report = checkLinks(
      build({
        'index.html': page('<a href="/recap/quotes/">in</a><a href="/quotes/">outside the base</a>'),
        'quotes/index.html': page('x'),
      }),
      '/recap/',
      SITE,
    );
    expect(report.broken.map((b) => b.ref)).toEqual(['/quotes/']);
  });

  it('checks every sitemap URL', () => {
    const report = checkLinks(
      build({
        'index.html': page('x'),
        'sitemap-0.xml': `<urlset><url><loc>${SITE}/</loc></url><url><loc>${SITE}/gone/</loc></url><url><loc>https://elsewhere.example/</loc></url></urlset>`,
      }),
      '/',
      SITE,
    );
    expect(report.broken.map((b) => `${b.where} ${b.ref}: ${b.reason}`)).toEqual([
      `sitemap <loc> ${SITE}/gone/: no page or file at /gone/`,
      `sitemap <loc> https://elsewhere.example/: not on the site's origin ${SITE}`,
    ]);
  });

  it("reads the site's origin from the home page's canonical URL", () => {
    expect(siteUrl(build({ 'index.html': page('', '<link rel="canonical" href="https://example.com/recap/">') }))).toBe('https://example.com');
  });
});

describe('link helpers', () => {
  it('splits a srcset into its URLs', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x,/c.png 640w')).toEqual(['/a.png', '/b.png', '/c.png']);
  });

  it('collects ids and named anchors as fragment targets', () => {
    expect([...fragmentTargets('<p id="a"></p><div class="x" id=\'b\'></div><a name="c"></a><i data-id="no"></i>')].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('quality commands read their arguments (scripts/quality/site.ts)', () => {
  it('never takes the value of a flag for the build folder: "--runs 3" alone means dist/ and 3 runs', () => {
    const folder = build({ 'index.html': page('') });
    process.env.RECAP_DIST = folder;
    try {
      expect(siteOptions(['--runs', '3'], ['--runs'])).toEqual({ dist: folder, base: '/', rest: ['--runs', '3'] });
      expect(siteOptions([folder, '--runs', '5', '--base', 'recap', '--details'], ['--runs'])).toEqual({ dist: folder, base: '/recap/', rest: ['--runs', '5', '--details'] });
    } finally {
      delete process.env.RECAP_DIST;
    }
  });
});
