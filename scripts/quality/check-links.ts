/**
 * Every internal link of the built site resolves: each href/src/srcset a page prints that stays
 * on the site (relative, root-relative, or absolute on SITE_URL, as canonical and og: URLs are)
 * names a file in the build, and each "#fragment" names an element id on the target page.
 * The sitemap's URLs are checked the same way. Links to other origins are counted, not fetched
 * (the build has no network).
 *
 *   npm run check:links                          # dist/ (or RECAP_DIST)
 *   npm run check:links -- /tmp/quality-dist --base /recap/
 *
 * Exits 1 listing each broken link with the page it is on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileForUrlPath, filesUnder, isMain, readPages, runMain, siteOptions, type Page } from './site.ts';

export interface BrokenLink {
  page: string;
  /** The reference exactly as printed, e.g. "/cohorts/2024-astana/#quote-x". */
  ref: string;
  /** Which element and attribute printed it, e.g. "a[href]". */
  where: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  checked: number;
  external: number;
  broken: BrokenLink[];
}

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['form', 'action'],
];

/** <meta> tags whose content is a URL on the site. */
const URL_METAS = ['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image'];

/** The URLs in a srcset: "a.png 1x, b.png 2x" -> ["a.png", "b.png"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Ids (and legacy a[name] anchors) a page offers as fragment targets. */
export function fragmentTargets(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  for (const m of html.matchAll(/<a\s[^>]*\bname\s*=\s*"([^"]*)"/g)) ids.add(decodeEntities(m[1]!));
  return ids;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]!);
}

/** The references one page prints, with where each came from. */
export function pageReferences(html: string): { ref: string; where: string }[] {
  const root = parse(html, { comment: false });
  const refs: { ref: string; where: string }[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`${selector}[${attribute}]`)) {
      const value = el.getAttribute(attribute) ?? '';
      const values = attribute === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const ref of values) refs.push({ ref, where: `${selector}[${attribute}]` });
    }
  }
  for (const meta of root.querySelectorAll('meta') as HTMLElement[]) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    const content = meta.getAttribute('content');
    if (URL_METAS.includes(key) && content) refs.push({ ref: content.trim(), where: `meta[${key}]` });
  }
  return refs;
}

/**
 * Checks one reference from `pageUrl`. Returns a reason when it is broken, "external" for
 * another origin, undefined when it resolves.
 */
export function checkReference(
  ref: string,
  pageUrl: string,
  options: { dist: string; base: string; site: string; targets: (file: string) => Set<string> },
): string | 'external' | undefined {
  if (ref === '') return 'empty URL';
  if (ref === '#') return 'bare "#" link (goes nowhere)';
  if (/^(mailto|tel|sms|data):/i.test(ref)) return undefined;
  if (/^javascript:/i.test(ref)) return 'javascript: URL (breaks without script and under the CSP)';
  const pageOrigin = 'http://page.invalid';
  const url = new URL(ref, `${pageOrigin}${pageUrl}`);
  const siteOrigin = new URL(options.site).origin;
  if (url.origin !== pageOrigin && url.origin !== siteOrigin) return 'external';
  if (ref.startsWith('//')) return 'external';
  const file = fileForUrlPath(options.dist, options.base, url.pathname);
  if (!file) return `no page or file at ${url.pathname}`;
  if (url.hash && url.hash !== '#') {
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `fragment ${url.hash} is not valid percent-encoding`;
    }
    if (!file.endsWith('.html')) return `fragment ${url.hash} on a file that is not a page`;
    if (!options.targets(file).has(fragment)) return `no element with id="${fragment}" on ${url.pathname}`;
  }
  return undefined;
}

/** Checks every page (and the sitemap) of the build in `dist`. */
export function checkLinks(dist: string, base: string, site: string): LinkReport {
  const pages: Page[] = readPages(dist, base);
  const idCache = new Map<string, Set<string>>(pages.map((p) => [p.file, fragmentTargets(p.html)]));
  const targets = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = fragmentTargets(readFileSync(file, 'utf8'))));
    return ids;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  let external = 0;
  const options = { dist, base, site, targets };
  for (const page of pages) {
    for (const { ref, where } of pageReferences(page.html)) {
      const result = checkReference(ref, page.url, options);
      if (result === 'external') external++;
      else {
        checked++;
        if (result) broken.push({ page: page.url, ref, where, reason: result });
      }
    }
  }
  for (const sitemap of filesUnder(dist, '.xml').filter((f) => /sitemap[^/]*\.xml$/.test(f))) {
    const sitemapUrl = `${base}${sitemap.slice(dist.length + 1)}`;
    for (const m of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const ref = m[1]!.trim();
      checked++;
      const result = checkReference(ref, sitemapUrl, options);
      if (result === 'external') broken.push({ page: sitemapUrl, ref, where: 'sitemap <loc>', reason: `not on the site's origin ${site}` });
      else if (result) broken.push({ page: sitemapUrl, ref, where: 'sitemap <loc>', reason: result });
    }
  }
  return { pages: pages.length, checked, external, broken };
}

export function formatLinkReport(report: LinkReport): string {
  const head = `links: ${report.pages} pages, ${report.checked} internal links checked, ${report.external} to other origins (not fetched)`;
  if (report.broken.length === 0) return `${head}\nlinks: every internal link and #fragment resolves`;
  return [
    head,
    `links: ${report.broken.length} broken:`,
    ...report.broken.map((b) => `  - ${b.page}: ${b.where} "${b.ref}": ${b.reason}`),
  ].join('\n');
}

/**
 * The origin the site was built for: the home page's canonical URL, which Astro prints from
 * `site` (SITE_URL); absolute URLs on it are internal links.
 */
export function siteUrl(dist: string): string {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const canonical = parse(home).querySelector('link[rel="canonical"]')?.getAttribute('href');
  return canonical ? new URL(canonical).origin : (process.env.SITE_URL ?? 'http://localhost');
}

if (isMain(import.meta.url)) {
  runMain(() => {
    const { dist, base } = siteOptions();
    const report = checkLinks(dist, base, siteUrl(dist));
    console.log(formatLinkReport(report));
    return report.broken.length > 0 ? 1 : 0;
  });
}
