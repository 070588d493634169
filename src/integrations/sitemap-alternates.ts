/**
 * The sitemap's hreflang links (each URL lists its twins in the other languages), for
 * @astrojs/sitemap's `filter` and `serialize` options, in place of its own `i18n` option. That
 * option finds a page's twins by scanning every URL of the site for each page, so its cost grows
 * with the square of the page count: 1.0 s of CPU in a 9,015-page build (npm run bench, 200
 * cohorts), 16 times that at four times the pages. Here `filter`, which the sitemap calls once
 * per URL before anything else, files each URL under its path without the locale prefix, and
 * `serialize` gives each URL its group: one pass. The sitemap is byte for byte what the `i18n`
 * option wrote (links in the same order, none for a page without twins), and `filter` also keeps
 * the language versions of the 404 page out, as that option did.
 */
import type { SitemapItem } from '@astrojs/sitemap';

interface Options {
  /** The site's origin and base path, as in astro.config.mjs. */
  site: string;
  base: string;
  /** Every locale; the default one has no prefix. */
  locales: readonly string[];
  defaultLocale: string;
}

/** Pages that are not pages to index, in any language (as @astrojs/sitemap's STATUS_CODE_PAGES). */
const STATUS_PAGES = new Set(['/404/', '/500/']);

export function sitemapAlternates({ site, base, locales, defaultLocale }: Options) {
  const root = new URL(base, site).href.replace(/\/?$/, '/');
  const prefixed = new Set(locales.filter((l) => l !== defaultLocale));
  /** A URL's language and its path without the prefix: "https://x/ru/quotes/a/" is ru, "/quotes/a/". */
  const parse = (url: string): { locale: string; path: string } | undefined => {
    if (!url.startsWith(root)) return undefined;
    const rest = `/${url.slice(root.length)}`;
    const first = rest.split('/')[1] ?? '';
    return prefixed.has(first) ? { locale: first, path: rest.slice(first.length + 1) || '/' } : { locale: defaultLocale, path: rest };
  };
  const twins = new Map<string, { url: string; lang: string }[]>();
  const sorted = new Set<string>();

  return {
    filter(url: string): boolean {
      const parsed = parse(url);
      if (!parsed) return true;
      if (STATUS_PAGES.has(parsed.path.replace(/\/?$/, '/'))) return false;
      const group = twins.get(parsed.path) ?? [];
      group.push({ url, lang: parsed.locale });
      twins.set(parsed.path, group);
      return true;
    },
    serialize(item: SitemapItem): SitemapItem {
      const parsed = parse(item.url);
      const group = parsed && twins.get(parsed.path);
      if (!parsed || !group || group.length < 2) return item;
      // The sitemap's own order: its URLs sorted as it sorts them.
      if (!sorted.has(parsed.path)) {
        group.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
        sorted.add(parsed.path);
      }
      return { ...item, links: group };
    },
  };
}
