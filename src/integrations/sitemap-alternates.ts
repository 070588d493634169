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
import { splitLocalePath } from '../i18n/locales';

/** Pages that are not pages to index, in any language (as @astrojs/sitemap's STATUS_CODE_PAGES). */
const STATUS_PAGES = new Set(['/404/', '/500/']);

/** `site` and `base` as in astro.config.mjs; the locales and their prefixes are src/i18n/locales.ts's. */
export function sitemapAlternates({ site, base }: { site: string; base: string }) {
  const root = new URL(base, site).href.replace(/\/?$/, '/');
  /** A URL's language and its path without the prefix: "https://x/ru/quotes/a/" is ru, "/quotes/a/". */
  const parse = (url: string) => (url.startsWith(root) ? splitLocalePath(`/${url.slice(root.length)}`) : undefined);
  const twins = new Map<string, { url: string; lang: string }[]>();

  return {
    filter(url: string): boolean {
      const parsed = parse(url);
      if (!parsed) return true;
      if (STATUS_PAGES.has(parsed.path.replace(/\/?$/, '/'))) return false;
      if (!twins.has(parsed.path)) twins.set(parsed.path, []);
      twins.get(parsed.path)!.push({ url, lang: parsed.locale });
      return true;
    },
    serialize(item: SitemapItem): SitemapItem {
      const group = twins.get(parse(item.url)?.path ?? '');
      if (!group || group.length < 2) return item;
      // The sitemap's own order: its URLs sorted as it sorts them (a group is a few URLs).
      return { ...item, links: [...group].sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true })) };
    },
  };
}
