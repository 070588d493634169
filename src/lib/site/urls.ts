/**
 * The URL contract (README, "URL contract") in one place. Every link the site prints is built here, so a
 * base path (a project page at /<repo>/) and the locale prefix (/ru/, /kk/) are applied
 * everywhere or nowhere.
 */
import { LOCALES, localePath, splitLocalePath, DEFAULT_LOCALE, type Locale } from '../../i18n/locales';

/** Joins the configured base path (import.meta.env.BASE_URL, e.g. "/" or "/recap/") and a site path. */
export function withBase(path: string, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** A site path in `locale` with the base path: localeUrl("/quotes/", "ru", "/") is "/ru/quotes/". */
export function localeUrl(path: string, locale: Locale, base = '/'): string {
  return withBase(localePath(locale, path), base);
}

/** A URL path as served ("/recap/ru/quotes/x/") without the base: "/ru/quotes/x/". */
export function withoutBase(pathname: string, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** One language version of a page: its locale and its path with the base. */
export interface Alternate {
  locale: Locale;
  href: string;
}

/**
 * Every language version of the page served at `pathname` (base included), default locale first:
 * what hreflang links, the language switcher and the sitemap point to.
 */
export function alternatesOf(pathname: string, base = '/'): Alternate[] {
  const { path } = splitLocalePath(withoutBase(pathname, base));
  return LOCALES.map((locale) => ({ locale, href: localeUrl(path, locale, base) }));
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

/** An absolute URL for `path` (already including the base) on `site`, e.g. for canonical and og:url. */
export function absoluteUrl(path: string, site: URL | string): string {
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
