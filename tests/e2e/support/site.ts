/**
 * What the browser tests test against, read from the build and the content folder rather than
 * listed by hand: the pages in the built sitemap, the published quotes with their cohorts, the
 * speakers. So a new cohort, quote or speaker is tested the moment an editor adds it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConsoleMessage, Page, Request, Response } from '@playwright/test';
import { CORE_SCHEMA, load } from 'js-yaml';
import { toLocale, type Locale } from '../../../src/i18n/locales';

/** The build under test (same rule as playwright.config.ts). */
export const DIST = resolve(process.env.RECAP_DIST ?? 'dist');
/**
 * The content the build was made from (same rule as src/content.config.ts). Under Vitest,
 * RECAP_CONTENT_DIR is the unit tests' own content and vitest.config.ts keeps the site's in
 * RECAP_SITE_CONTENT_DIR.
 */
export const CONTENT = resolve(process.env.RECAP_SITE_CONTENT_DIR ?? process.env.RECAP_CONTENT_DIR ?? 'content');
/** The base path the site is served under: "/" or e.g. "/recap/". */
export const BASE = (() => {
  const trimmed = (process.env.BASE_PATH ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
})();

/** The origin the test server listens on (playwright.config.ts picks the port and passes it on). */
export const SITE_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT}`;

/** A site path from the URL contract ("/quotes/x/") as served, with the base path: "/recap/quotes/x/". */
export function sitePath(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The <loc> values of a sitemap XML document. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/**
 * The path (with base) of every page in the built sitemap, sorted, e.g. ["/", "/cohorts/", ...].
 * Reads sitemap-index.xml and each sitemap it lists from the build folder.
 */
export function sitemapPaths(): string[] {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`The build has no sitemap: ${index} is missing`);
  const pages = new Set<string>();
  for (const sitemapUrl of locs(readFileSync(index, 'utf8'))) {
    const pathname = new URL(sitemapUrl).pathname;
    if (!pathname.startsWith(BASE)) throw new Error(`Sitemap ${sitemapUrl} is outside the base path ${BASE}`);
    const file = join(DIST, decodeURIComponent(pathname.slice(BASE.length)));
    for (const page of locs(readFileSync(file, 'utf8'))) pages.add(new URL(page).pathname);
  }
  return [...pages].sort();
}

/** YAML front matter of an MDX file, or {}. */
export function frontmatter(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  return match ? ((load(match[1]!, { schema: CORE_SCHEMA }) ?? {}) as Record<string, unknown>) : {};
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
}

export interface PublishedQuote {
  id: string;
  cohortId: string;
  speakerId: string;
  text: string;
  /** The line the editor lifted out, an exact excerpt of text (cards show it), if any. */
  highlight?: string;
  occasion: string;
  /** The language the quote was given in (`lang`, English unless the file says otherwise). */
  lang: Locale;
}

/** Ids of the cohorts the published site shows (drafts are left out of production builds); `content`: another content folder (a fixture's). */
export function publishedCohortIds(content = CONTENT): string[] {
  const dir = join(content, 'cohorts');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.mdx')))
    .filter((d) => frontmatter(join(dir, d.name, 'index.mdx')).draft !== true)
    .map((d) => d.name)
    .sort();
}

/** Every quote of every published cohort, from content/cohorts/<cohort>/quotes/<id>.yaml. */
export function publishedQuotes(content = CONTENT): PublishedQuote[] {
  return publishedCohortIds(content).flatMap((cohortId) => {
    const dir = join(content, 'cohorts', cohortId, 'quotes');
    return yamlFiles(dir).map((file) => {
      const data = load(readFileSync(join(dir, file), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, string>;
      const lang = toLocale(data.lang);
      return { id: file.replace(/\.ya?ml$/i, ''), cohortId, speakerId: data.speaker, text: data.text, highlight: data.highlight, occasion: data.occasion, lang };
    });
  });
}

/** A speaker's name exactly as content/speakers/<id>.yaml gives it. */
export function speakerName(id: string, content = CONTENT): string {
  const dir = join(content, 'speakers');
  const file = yamlFiles(dir).find((f) => f.replace(/\.ya?ml$/i, '') === id);
  if (!file) throw new Error(`No speaker file for "${id}" in ${dir}`);
  return (load(readFileSync(join(dir, file), 'utf8'), { schema: CORE_SCHEMA }) as { name: string }).name;
}

/** Collapses runs of whitespace, for comparing rendered text with content. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What went wrong while a page was open: console errors, uncaught errors, failed or foreign requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Starts recording a page's problems until `stop()`. A request to any origin other than the
 * site's is recorded as a problem (the page's CSP blocks it too). It is only listened for, not
 * intercepted: Playwright turns the HTTP cache off on a page with routes, and pages.spec relies
 * on the cache to open 42 pages in one tab at about half the cost of fresh ones.
 * `documentStatus` is an error status the page itself is expected to have (404 for the not-found page).
 */
export function watchPage(page: Page, allow: { documentStatus?: number } = {}): { problems: PageProblems; stop: () => void } {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
  const isOwn = (url: string) =>
    url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:') || new URL(url).origin === SITE_ORIGIN;
  const onRequest = (request: Request) => {
    if (!isOwn(request.url())) problems.foreignRequests.push(request.url());
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Chromium logs the expected status of the document itself (e.g. the 404 page) as an error.
    if (allow.documentStatus && text.includes(`status of ${allow.documentStatus}`) && message.location().url === page.url()) return;
    problems.consoleErrors.push(`${text} (${message.location().url})`);
  };
  const onPageError = (error: Error) => problems.pageErrors.push(error.message);
  const onRequestFailed = (request: Request) => {
    if (problems.foreignRequests.includes(request.url())) return; // already reported as foreign
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  };
  const onResponse = (response: Response) => {
    const request = response.request();
    const isDocument = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (response.status() >= 400 && !(isDocument && response.status() === allow.documentStatus)) {
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  const stop = () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  };
  return { problems, stop };
}
