/**
 * Page-weight budgets, checked on every page of the built site, gzipped as a host serves them:
 *   HTML <= 12 KB, the CSS a page loads <= 10 KB, its JavaScript <= 2 KB, all three <= 20 KB,
 *   in every language (a Russian or Kazakh page has no allowance for its two-byte letters);
 *   a first visit (those three, the font files it downloads, the site icon) <= 50 KB, counting
 *   the fonts as if the page were in Russian or Kazakh too (their Cyrillic files included), so
 *   a translation cannot break it; a page without share controls loads no JavaScript file; fonts
 *   are self-hosted, subsetted woff2 (every @font-face has a unicode-range), at most two preloaded.
 * Photos of a cohort (figures marked data-photo) are not part of the first visit: they have their
 * own budget, weighed as a 375 px phone at 2 device pixels per CSS pixel is sent them (PHONE):
 * the hero at most 40 KB, each other photo at most 30 KB, every one but the hero lazy (fetched
 * only as it nears the viewport), the hero alone eager with high priority.
 * For comparison, Starlight's size-limit budgets are 7 KB HTML, 16.75 KB CSS and 27 KB JS.
 *
 *   npm run budgets                     # dist/ (or RECAP_DIST)
 *   npm run budgets -- /tmp/quality-dist --base /recap/
 *
 * Prints a table (one row per page) and exits 1 on any violation, naming page and budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { attr, fileForUrlPath, filesUnder, isExecutableScript, isMain, kb, readPages, runMain, siteOptions, table, type Page } from './site.ts';

/** The limits, in bytes after gzip. */
export const BUDGETS = {
  html: 12 * 1024,
  css: 10 * 1024,
  js: 2 * 1024,
  total: 20 * 1024,
  /** HTML, CSS, JS, font files and the site icon, as sent, on a first visit in any of the site's languages. */
  firstVisit: 50 * 1024,
  /** Font files a page may preload. */
  fontPreloads: 2,
  /** A cohort's hero photo as sent to PHONE, and each of its other photos (their own budget, outside the first visit). */
  heroPhoto: 40 * 1024,
  photo: 30 * 1024,
} as const;

/**
 * The phone photos are weighed for: 375 CSS px wide at 2 device pixels per CSS pixel, the most
 * common phone screen (iPhone SE to 15; Androids of 360-412 px are 2-3x; a 1x phone of that
 * width is no longer sold), so it is sent the candidate a real reader gets. A 3x phone gets the
 * next candidate up (the report lists it too); a 1x phone the one below.
 */
export const PHONE = { width: 375, dpr: 2 } as const;

/**
 * What marks share controls on a page (the `data-share` root of ShareControls.astro). A page without
 * one must not load a JavaScript file: reading needs no script.
 */
export const SHARE_CONTROLS_SELECTOR = '[data-share]';

export interface PageWeight {
  url: string;
  /** Gzipped bytes of the HTML document itself (inline scripts and styles included). */
  html: number;
  /** Gzipped bytes of stylesheets the page links plus its inline <style> blocks. */
  css: number;
  /** Gzipped bytes of script files (and their static imports) plus inline executable scripts. */
  js: number;
  /** html + linked CSS + linked JS: what the page costs to load, without counting inline code twice. */
  total: number;
  /** Script files the page loads, as URL paths. */
  jsFiles: string[];
  /** Stylesheet files the page loads, as URL paths. */
  cssFiles: string[];
  /** Preloaded fonts, as URL paths. */
  fontPreloads: string[];
  /** Font files the page downloads (preloaded, or a @font-face whose unicode-range its text uses), as URL paths. */
  fontFiles: string[];
  /** Their bytes as sent (woff2 is compressed already), and with the Cyrillic files a Russian or Kazakh page would add. */
  fonts: number;
  fontsAnyLanguage: number;
  /** Bytes of the site icon (<link rel="icon">), gzipped when it is text. */
  icon: number;
  /** total + fontsAnyLanguage + icon: the first visit to this page in its heaviest language. */
  firstVisit: number;
  hasShareControls: boolean;
  /** The cohort photos on the page (figures marked data-photo), outside the first visit: see PHOTO budgets. */
  photos: PhotoWeight[];
}

/** One photo as PHONE is sent it. */
export interface PhotoWeight {
  /** "hero" or "gallery" (data-photo), and the file its fallback <img> names. */
  kind: string;
  src: string;
  /** Its loading and fetchpriority attributes as written. */
  loading: string;
  fetchpriority: string;
  /** The width a 375 px phone shows it at, in CSS px (from `sizes`), and the candidate width it picks. */
  slot: number;
  /** Per format (the <source> types in order, then the fallback <img>): the candidate PHONE picks and its bytes. */
  candidates: { type: string; url: string; width: number; bytes: number }[];
  /** Bytes of what PHONE is sent: the first <source>, the format every current phone browser reads (AVIF). */
  sent: number;
}

export interface Violation {
  page: string;
  message: string;
}

/** Gzipped size at level 9, what size-limit and most CDNs' static compression report. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** A URL the page prints, as a path on the site, or undefined when it points to another origin. */
function sitePath(ref: string, pageUrl: string): string | undefined {
  const url = new URL(ref, `http://site.invalid${pageUrl}`);
  return url.origin === 'http://site.invalid' ? url.pathname : undefined;
}

/** Static imports of an ES module ("import x from './a.js'", "import './b.js'", "export * from"). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(re)) found.push(match[1]!);
  return found;
}

function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g)].map((m) => m[1]!);
}

/**
 * Files a page loads, followed through imports, with their gzipped sizes. `seen` keeps a file
 * from being counted twice when two entry points share a chunk.
 */
function collect(
  dist: string,
  base: string,
  startPaths: string[],
  follow: (text: string) => string[],
  problems: string[],
): { bytes: number; paths: string[] } {
  const seen = new Set<string>();
  let bytes = 0;
  const queue = [...startPaths];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = fileForUrlPath(dist, base, path);
    if (!file) {
      problems.push(`loads ${path}, which is not in the build`);
      continue;
    }
    const content = readFileSync(file);
    bytes += gzipSize(content);
    for (const ref of follow(content.toString('utf8'))) {
      const next = sitePath(ref, path);
      if (next) queue.push(next);
    }
  }
  return { bytes, paths: [...seen] };
}

function readText(dist: string, base: string, path: string): string {
  const file = fileForUrlPath(dist, base, path);
  return file ? readFileSync(file, 'utf8') : '';
}

const rels = (el: HTMLElement) => attr(el, 'rel').toLowerCase().split(/\s+/);

/** Letters a Russian or Kazakh version of any page shows: the font files that draw them count in every page's budget. */
export const OTHER_LANGUAGES_TEXT = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘҒҚҢӨҰҮҺІәғқңөұүһі«»№';

/** The code points a unicode-range descriptor covers, as a test: "U+20-7E, U+4??" -> (cp) => boolean. */
export function inUnicodeRange(range: string): (cp: number) => boolean {
  const spans = range.split(',').map((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return [1, 0] as const;
    if (m[1]!.includes('?')) return [parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'F'), 16)] as const;
    return [parseInt(m[1]!, 16), parseInt(m[2] ?? m[1]!, 16)] as const;
  });
  return (cp) => spans.some(([from, to]) => cp >= from && cp <= to);
}

function bytesOf(dist: string, base: string, path: string, problems: string[]): number {
  const file = fileForUrlPath(dist, base, path);
  if (!file) {
    problems.push(`loads ${path}, which is not in the build`);
    return 0;
  }
  const content = readFileSync(file);
  return /\.(svg|ico|css|js)$/i.test(path) ? gzipSize(content) : content.length;
}

/** A CSS length in `sizes` at a viewport `vw` px wide: px, rem (16 px), vw, and calc() sums of them. */
export function cssLength(length: string, vw: number): number {
  const expr = length.trim().replace(/^calc\((.*)\)$/, '$1');
  let total = 0;
  for (const m of expr.matchAll(/([+-])?\s*(\d*\.?\d+)(px|rem|em|vw)/g)) {
    const value = Number(m[2]) * (m[3] === 'vw' ? vw / 100 : m[3] === 'px' ? 1 : 16);
    total += m[1] === '-' ? -value : value;
  }
  return total;
}

/** The width `sizes` gives at a viewport `vw` px wide: the first entry whose (min-width) / (max-width) condition holds. */
export function slotWidth(sizes: string, vw: number): number {
  for (const entry of sizes.split(/,(?![^(]*\))/)) {
    const m = /^\s*(\((min|max)-width:\s*([^)]+)\))?\s*(.+)$/.exec(entry)!;
    if (m[1]) {
      const at = cssLength(m[3]!, vw);
      if (m[2] === 'min' ? vw < at : vw > at) continue;
    }
    return cssLength(m[4]!, vw);
  }
  return vw;
}

/** The candidate of a `w` srcset a browser picks for a slot needing `need` device pixels: the smallest at least that wide, else the widest. */
export function pickCandidate(srcset: string, need: number): { url: string; width: number } | undefined {
  const candidates = srcset
    .split(/,\s+/)
    .map((c) => /^(\S+)\s+(\d+)w$/.exec(c.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ url: m[1]!, width: Number(m[2]) }))
    .sort((a, b) => a.width - b.width);
  return candidates.find((c) => c.width >= need) ?? candidates.at(-1);
}

/** The cohort photos of a page as PHONE is sent them. */
export function weighPhotos(dist: string, base: string, root: HTMLElement, pageUrl: string, problems: string[] = []): PhotoWeight[] {
  return root.querySelectorAll('[data-photo]').flatMap((figure) => {
    const img = figure.querySelector('img');
    if (!img) return [];
    const sizes = attr(img, 'sizes');
    const slot = slotWidth(sizes, PHONE.width);
    const need = Math.ceil(slot * PHONE.dpr);
    const sets = [
      ...figure.querySelectorAll('picture source').map((s) => ({ type: attr(s, 'type'), srcset: attr(s, 'srcset') })),
      { type: 'img', srcset: attr(img, 'srcset') || `${attr(img, 'src')} ${attr(img, 'width')}w` },
    ];
    const candidates = sets.flatMap(({ type, srcset }) => {
      const pick = pickCandidate(srcset, need);
      const path = pick && sitePath(pick.url, pageUrl);
      if (!pick || !path) return [];
      return [{ type, url: path, width: pick.width, bytes: bytesOf(dist, base, path, problems) }];
    });
    return [
      {
        kind: attr(figure, 'data-photo'),
        src: sitePath(attr(img, 'src'), pageUrl) ?? attr(img, 'src'),
        loading: attr(img, 'loading'),
        fetchpriority: attr(img, 'fetchpriority'),
        slot,
        candidates,
        sent: candidates[0]?.bytes ?? 0,
      },
    ];
  });
}

/** The photo rules for one page: weight as sent to PHONE, the hero alone eager, every other photo lazy. */
export function photoViolations(weight: Pick<PageWeight, 'url' | 'photos'>): Violation[] {
  const out: Violation[] = [];
  for (const photo of weight.photos) {
    const hero = photo.kind === 'hero';
    const limit = hero ? BUDGETS.heroPhoto : BUDGETS.photo;
    const what = `${hero ? 'the hero photo' : 'photo'} ${photo.src}`;
    const sent = photo.candidates[0];
    if (sent && sent.bytes > limit) {
      out.push({ page: weight.url, message: `${what} is ${kb(sent.bytes)} as sent to a ${PHONE.width} px phone (${sent.width} px ${sent.type}), over the ${kb(limit)} ${hero ? 'hero' : 'photo'} budget` });
    }
    if (hero && (photo.loading === 'lazy' || photo.fetchpriority !== 'high')) {
      out.push({ page: weight.url, message: `${what} leads the page but is not loaded at once with high priority (loading="${photo.loading}", fetchpriority="${photo.fetchpriority}")` });
    }
    if (!hero && photo.loading !== 'lazy') {
      out.push({ page: weight.url, message: `${what} is loaded before it nears the viewport (it needs loading="lazy")` });
    }
    if (!hero && photo.fetchpriority === 'high') out.push({ page: weight.url, message: `${what} asks for high priority, which only the hero may` });
  }
  return out;
}

/** Weighs one page; problems it finds on the way (a missing file) go to `problems`. */
export function weighPage(dist: string, base: string, page: Page, problems: string[] = []): PageWeight {
  const root = parse(page.html, { comment: false });
  const links = root.querySelectorAll('link');
  const scripts = root.querySelectorAll('script');

  const cssStart = links
    .filter((l) => rels(l).includes('stylesheet'))
    .map((l) => sitePath(attr(l, 'href'), page.url))
    .filter((p): p is string => p !== undefined);
  const inlineCss = root
    .querySelectorAll('style')
    .map((s) => s.textContent)
    .filter((text) => text.trim() !== '');

  const executable = scripts.filter(isExecutableScript);
  const jsStart = [
    ...executable.filter((s) => s.hasAttribute('src')).map((s) => attr(s, 'src')),
    ...links.filter((l) => rels(l).includes('modulepreload')).map((l) => attr(l, 'href')),
  ]
    .map((ref) => sitePath(ref, page.url))
    .filter((p): p is string => p !== undefined);
  const inlineJs = executable.filter((s) => !s.hasAttribute('src')).map((s) => s.textContent).filter((t) => t.trim() !== '');

  const css = collect(dist, base, cssStart, cssImports, problems);
  const js = collect(dist, base, jsStart, staticImports, problems);
  const html = gzipSize(page.html);
  const inlineCssBytes = inlineCss.reduce((sum, text) => sum + gzipSize(text), 0);
  const inlineJsBytes = inlineJs.reduce((sum, text) => sum + gzipSize(text), 0);
  const total = html + css.bytes + js.bytes;

  // Fonts: a browser fetches a face's file when the page's text has a character in its
  // unicode-range (the site has one family, so every face is in use), and every preloaded file.
  const fontPreloads = links
    .filter((l) => rels(l).includes('preload') && attr(l, 'as') === 'font')
    .map((l) => sitePath(attr(l, 'href'), page.url) ?? attr(l, 'href'));
  const cssTexts = [...inlineCss.map((text) => ({ text, at: page.url })), ...css.paths.map((path) => ({ text: readText(dist, base, path), at: path }))];
  const faces = cssTexts.flatMap(({ text, at }) => fontFaces(text).map((face) => ({ ...face, sources: face.sources.map((s) => sitePath(s, at) ?? s) })));
  const pageText = [...new Set(Array.from(root.querySelector('body')?.textContent ?? ''))].map((c) => c.codePointAt(0)!);
  const otherText = Array.from(OTHER_LANGUAGES_TEXT).map((c) => c.codePointAt(0)!);
  const filesFor = (codePoints: number[]) =>
    new Set([
      ...fontPreloads,
      ...faces.filter((f) => f.sources.length > 0 && (!f.unicodeRange || codePoints.some(inUnicodeRange(f.unicodeRange)))).map((f) => f.sources[0]!).filter(Boolean),
    ]);
  const fontFiles = filesFor(pageText);
  const sizeOf = (paths: Set<string>, found: string[]) => [...paths].reduce((sum, path) => sum + (path.startsWith('/') ? bytesOf(dist, base, path, found) : 0), 0);
  const fonts = sizeOf(fontFiles, problems);
  // The same files again, plus the Cyrillic ones: a missing file is reported once, above.
  const fontsAnyLanguage = sizeOf(filesFor([...pageText, ...otherText]), []);
  const iconPath = links.filter((l) => rels(l).includes('icon')).map((l) => sitePath(attr(l, 'href'), page.url))[0];
  const icon = iconPath ? bytesOf(dist, base, iconPath, problems) : 0;

  return {
    url: page.url,
    html,
    css: css.bytes + inlineCssBytes,
    js: js.bytes + inlineJsBytes,
    total,
    jsFiles: js.paths,
    cssFiles: css.paths,
    fontPreloads,
    fontFiles: [...fontFiles],
    fonts,
    fontsAnyLanguage,
    icon,
    // Photos have their own budget (photoViolations), so a cohort's photos never crowd out its text.
    firstVisit: total + fontsAnyLanguage + icon,
    hasShareControls: root.querySelector(SHARE_CONTROLS_SELECTOR) !== null,
    photos: weighPhotos(dist, base, root, page.url, problems),
  };
}

/** The budget rules for one weighed page. */
export function pageViolations(weight: PageWeight): Violation[] {
  const out: Violation[] = [];
  const over = (what: string, bytes: number, limit: number) => {
    if (bytes > limit) out.push({ page: weight.url, message: `${what} is ${kb(bytes)} gzipped, over the ${kb(limit)} budget` });
  };
  over('HTML', weight.html, BUDGETS.html);
  over('CSS', weight.css, BUDGETS.css);
  over('JavaScript', weight.js, BUDGETS.js);
  over('HTML + CSS + JS', weight.total, BUDGETS.total);
  if (weight.firstVisit > BUDGETS.firstVisit) {
    out.push({
      page: weight.url,
      message: `a first visit is ${kb(weight.firstVisit)} (HTML, CSS, JS gzipped ${kb(weight.total)}, fonts ${kb(weight.fontsAnyLanguage)} with the Cyrillic files, icon ${kb(weight.icon)}), over the ${kb(BUDGETS.firstVisit)} budget`,
    });
  }
  if (weight.jsFiles.length > 0 && !weight.hasShareControls) {
    out.push({
      page: weight.url,
      message: `loads JavaScript (${weight.jsFiles.join(', ')}) but has no share controls (${SHARE_CONTROLS_SELECTOR}); reading must need no script`,
    });
  }
  if (weight.fontPreloads.length > BUDGETS.fontPreloads) {
    out.push({ page: weight.url, message: `preloads ${weight.fontPreloads.length} fonts, at most ${BUDGETS.fontPreloads} allowed` });
  }
  for (const font of weight.fontPreloads) {
    if (!font.startsWith('/')) out.push({ page: weight.url, message: `preloads a font from another origin: ${font}` });
    else if (!font.endsWith('.woff2')) out.push({ page: weight.url, message: `preloads ${font}, which is not woff2` });
  }
  out.push(...photoViolations(weight));
  return out;
}

/** One @font-face rule: where its files are and the unicode-range it is limited to ("" when it is not). */
export interface FontFace {
  family: string;
  sources: string[];
  unicodeRange: string;
}

/** The @font-face rules in a stylesheet. */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1]!;
    const family = /font-family\s*:\s*([^;]+)/.exec(body)?.[1]?.trim().replace(/^["']|["']$/g, '') ?? '(unnamed)';
    const src = /(?:^|;)\s*src\s*:\s*([^;]+)/.exec(body)?.[1] ?? '';
    const sources = [...src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((s) => s[1]!);
    return { family, sources, unicodeRange: /unicode-range\s*:\s*([^;]+)/.exec(body)?.[1]?.trim() ?? '' };
  });
}

/**
 * Site-wide font rules: every @font-face in the site's CSS points only at same-origin woff2
 * files that exist, and is a unicode-range subset; no other font format ships in the build.
 */
export function fontViolations(dist: string, base: string): { violations: Violation[]; fonts: { path: string; bytes: number }[] } {
  const violations: Violation[] = [];
  const fonts = new Map<string, number>();
  const stylesheets = [
    ...filesUnder(dist, '.css').map((file) => ({ at: `${base}${file.slice(dist.length + 1).split('\\').join('/')}`, css: readFileSync(file, 'utf8') })),
    // Astro's Fonts API writes the @font-face rules into each page's <head>.
    ...readPages(dist, base).flatMap((p) => parse(p.html).querySelectorAll('style').map((s) => ({ at: p.url, css: s.textContent }))),
  ];
  const seen = new Set<string>();
  for (const { at: cssPath, css } of stylesheets) {
    for (const face of fontFaces(css)) {
      // Each face once, however many pages repeat it; a local() fallback face downloads nothing.
      const key = `${face.family} ${face.sources.join(' ')}`;
      if (seen.has(key) || face.sources.length === 0) continue;
      seen.add(key);
      if (!face.unicodeRange) {
        violations.push({ page: cssPath, message: `@font-face "${face.family}" has no unicode-range: ship subsets, not whole fonts` });
      }
      for (const source of face.sources) {
        const path = sitePath(source, cssPath);
        if (!path) violations.push({ page: cssPath, message: `@font-face "${face.family}" loads ${source} from another origin` });
        else if (!path.endsWith('.woff2')) violations.push({ page: cssPath, message: `@font-face "${face.family}" uses ${source}, not woff2` });
        else {
          const file = fileForUrlPath(dist, base, path);
          if (!file) violations.push({ page: cssPath, message: `@font-face "${face.family}" points at ${path}, which is not in the build` });
          else fonts.set(path, readFileSync(file).length);
        }
      }
    }
  }
  for (const ext of ['.woff', '.ttf', '.otf', '.eot']) {
    for (const file of filesUnder(dist, ext)) {
      violations.push({ page: file.slice(dist.length), message: `font file in a format other than woff2 (${ext})` });
    }
  }
  return { violations, fonts: [...fonts].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => a.path.localeCompare(b.path)) };
}

export interface BudgetReport {
  weights: PageWeight[];
  violations: Violation[];
  fonts: { path: string; bytes: number }[];
}

/** Weighs every page of the build in `dist` and applies every budget. */
export function checkBudgets(dist: string, base: string): BudgetReport {
  const violations: Violation[] = [];
  const weights = readPages(dist, base).map((page) => {
    const problems: string[] = [];
    const weight = weighPage(dist, base, page, problems);
    violations.push(...problems.map((message) => ({ page: page.url, message })));
    violations.push(...pageViolations(weight));
    return weight;
  });
  const fonts = fontViolations(dist, base);
  violations.push(...fonts.violations);
  return { weights, violations, fonts: fonts.fonts };
}

/** The report as text: the table, the largest figure per column, then each violation. */
export function formatBudgetReport(report: BudgetReport): string {
  const { weights, violations, fonts } = report;
  const rows = weights.map((w) => [w.url, kb(w.html), kb(w.css), kb(w.js), kb(w.total), kb(w.fonts), kb(w.fontsAnyLanguage), kb(w.firstVisit)]);
  const max = (pick: (w: PageWeight) => number) => Math.max(0, ...weights.map(pick));
  const lines = [
    table(['page (gzipped)', 'HTML', 'CSS', 'JS', 'total', 'fonts', 'fonts ru/kk', 'first visit'], rows),
    '',
    `budgets: ${weights.length} pages; largest HTML ${kb(max((w) => w.html))} / ${kb(BUDGETS.html)}, ` +
      `CSS ${kb(max((w) => w.css))} / ${kb(BUDGETS.css)}, JS ${kb(max((w) => w.js))} / ${kb(BUDGETS.js)}, ` +
      `total ${kb(max((w) => w.total))} / ${kb(BUDGETS.total)}, first visit ${kb(max((w) => w.firstVisit))} / ${kb(BUDGETS.firstVisit)}; ` +
      `pages loading a script file: ${weights.filter((w) => w.jsFiles.length > 0).length}; ` +
      `fonts: ${fonts.length} woff2 files, ${kb(fonts.reduce((s, f) => s + f.bytes, 0))} in all`,
  ];
  const photos = weights.flatMap((w) => w.photos.map((p) => ({ page: w.url, ...p })));
  if (photos.length > 0) {
    lines.push(
      '',
      table(
        [`photo as sent to a ${PHONE.width} px ${PHONE.dpr}x phone`, 'page', 'slot', ...photos[0]!.candidates.map((c) => c.type.replace('image/', ''))],
        photos.map((p) => [`${p.kind} ${p.src.replace(/^.*\//, '')}`, p.page, `${Math.round(p.slot)}px`, ...p.candidates.map((c) => `${c.width}w ${kb(c.bytes)}`)]),
      ),
      `photos: ${photos.length} on ${new Set(photos.map((p) => p.page)).size} pages; heaviest hero ${kb(Math.max(0, ...photos.filter((p) => p.kind === 'hero').map((p) => p.sent)))} / ${kb(BUDGETS.heroPhoto)}, ` +
        `heaviest other ${kb(Math.max(0, ...photos.filter((p) => p.kind !== 'hero').map((p) => p.sent)))} / ${kb(BUDGETS.photo)}`,
    );
  }
  if (violations.length > 0) {
    lines.push('', `budgets: ${violations.length} violation(s):`, ...violations.map((v) => `  - ${v.page}: ${v.message}`));
  } else {
    lines.push('budgets: every page within budget');
  }
  return lines.join('\n');
}

if (isMain(import.meta.url)) {
  runMain(() => {
    const { dist, base } = siteOptions();
    if (!existsSync(dist)) throw new Error(`budgets: ${dist} does not exist`);
    const report = checkBudgets(dist, base);
    console.log(formatBudgetReport(report));
    return report.violations.length > 0 ? 1 : 0;
  });
}
