/**
 * What every page of src/pages/[...locale]/ starts from: its locale, that locale's dictionary and
 * content, and links within that locale (with the base path). One call instead of five lines a page.
 */
import { localeOf, t, type Dictionary, type Locale } from '../../i18n/index';
import { loadSite, type SiteContent } from '../content';
import { link } from './urls';

export interface PageContext {
  locale: Locale;
  dict: Dictionary;
  site: SiteContent;
  /** link() in this page's locale: url("/quotes/") is "/ru/quotes/" on a Russian page. */
  url: (path: string) => string;
}

export async function pageContext(astro: Parameters<typeof localeOf>[0]): Promise<PageContext> {
  const locale = localeOf(astro);
  return { locale, dict: t(locale), site: await loadSite(locale), url: (path) => link(path, { locale }) };
}
