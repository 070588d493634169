/**
 * The URL contract (README, "URL contract") in one place. Every link the site prints is built here, so a
 * base path (a project page at /<repo>/) and the locale prefix (/ru/, /kk/) are applied
 * everywhere or nowhere.
 */
import { LOCALES, localePath, splitLocalePath, DEFAULT_LOCALE, type Locale } from '../../i18n/locales';

/** The base path the site is built with: BASE_PATH in astro.config.mjs, which Vite gives every module ("/" or "/recap/"). */
const BUILD_BASE: string = import.meta.env.BASE_URL;

/** Where and how a link points: see link(). */
export interface LinkOptions {
  /** The language of the page linked to: its prefix (/ru/, /kk/) goes in front; none for English and for files (favicon, sitemap, cards). */
  locale?: Locale;
  /** The site's origin (Astro.site): makes the link absolute, as canonical, og:url, hreflang and JSON-LD need. */
  site?: URL | string;
  /** The base path; the build's own unless given (tests of other base paths). */
  base?: string;
}

/**
 * The one way the site builds a link to itself: base path, then the locale prefix, then the site
 * path (from `paths`, or a file such as "/favicon.svg"); absolute when `site` is given.
 * link("/quotes/", { locale: "ru" }) is "/recap/ru/quotes/" under the base path "/recap/".
 */
export function link(path: string, { locale = DEFAULT_LOCALE, site, base = BUILD_BASE }: LinkOptions = {}): string {
  const href = `${withSlash(base)}${localePath(locale, path).replace(/^\//, '')}`;
  return site === undefined ? href : absoluteUrl(href, site);
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** One language version of a page: its locale and its link. */
export interface Alternate {
  locale: Locale;
  href: string;
}

/**
 * Every language version of the page served at `pathname` (base included), default locale first:
 * what hreflang links (with `site`, absolute), the language switcher and the sitemap point to.
 */
export function alternatesOf(pathname: string, { site, base = BUILD_BASE }: Omit<LinkOptions, 'locale'> = {}): Alternate[] {
  const prefix = withSlash(base);
  const { path } = splitLocalePath(pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname);
  return LOCALES.map((locale) => ({ locale, href: link(path, { locale, site, base }) }));
}

/** The x-default of a page: its version in the default locale. */
export function defaultAlternate(alternates: readonly Alternate[]): Alternate {
  return alternates.find((a) => a.locale === DEFAULT_LOCALE)!;
}

/** Site paths (without the base), each ending with a slash as the contract requires. */
export const paths = {
  home: () => '/',
  cohorts: () => '/cohorts/',
  /** "/cohorts/2024-astana/" */
  cohort: (cohortId: string) => `/cohorts/${cohortId}/`,
  quotes: () => '/quotes/',
  /** "/quotes/clark-conversation-with-participants/" */
  quote: (quoteId: string) => `/quotes/${quoteId}/`,
  /** "/cohorts/2024-astana/#quote-clark-conversation-with-participants": the quote in its story. */
  quoteInContext: (cohortId: string, quoteId: string) => `/cohorts/${cohortId}/#${quoteAnchor(quoteId)}`,
  /** "/quotes/clark-conversation-with-participants/#share": every way to share a quote, on its page. */
  quoteSharing: (quoteId: string) => `/quotes/${quoteId}/#${SHARE_ANCHOR}`,
  /** "/quotes/#cohort-2024-astana": a cohort's quotes in the list of all quotes. */
  cohortQuotes: (cohortId: string) => `/quotes/#${cohortQuotesAnchor(cohortId)}`,
  speakers: () => '/speakers/',
  /** "/speakers/helen-clark/" */
  speaker: (speakerId: string) => `/speakers/${speakerId}/`,
} as const;

/** The element id a quote has on its cohort page: "quote-<id>". */
export function quoteAnchor(quoteId: string): string {
  return `quote-${quoteId}`;
}

/** The element id of a quote page's share controls, which offer every way to share it: "share". */
export const SHARE_ANCHOR = 'share';

/** The element id a cohort's heading has on /quotes/: "cohort-<id>". */
export function cohortQuotesAnchor(cohortId: string): string {
  return `cohort-${cohortId}`;
}

/** The element id a statistic has on its cohort page: "stat-<id>". */
export function statAnchor(statId: string): string {
  return `stat-${statId}`;
}

/** An absolute URL for `path` (already including the base) on `site`. */
function absoluteUrl(path: string, site: URL | string): string {
  // Every page asks for the same few dozen URLs (site, organisations, speakers): parse each once.
  const origin = typeof site === 'string' ? site : site.href;
  let forSite = absoluteUrls.get(origin);
  if (!forSite) absoluteUrls.set(origin, (forSite = new Map()));
  let href = forSite.get(path);
  if (href === undefined) forSite.set(path, (href = new URL(path, site).href));
  return href;
}

/** Resolved URLs by site, then by path. */
const absoluteUrls = new Map<string, Map<string, string>>();
