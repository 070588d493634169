/**
 * getStaticPaths for the pages under src/pages/[...locale]/: every page is built once per
 * locale, English at its unprefixed URL (the `locale` param left undefined), the others under
 * /<locale>/. The page then reads its locale with localeOf(Astro).
 */
import { LOCALES, localeParam, type Locale } from './locales';

/** One path per locale, for a page without other params (/, /quotes/, ...). */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

/** The paths `each` gives for every locale, with the locale param added: one page per entry and locale. */
export async function pathsPerLocale<P extends Record<string, string>, T>(
  each: (locale: Locale) => Promise<{ params: P; props: T }[]>,
): Promise<{ params: P & { locale: string | undefined }; props: T }[]> {
  const all = await Promise.all(LOCALES.map(async (locale) => (await each(locale)).map((p) => ({ params: { ...p.params, locale: localeParam(locale) }, props: p.props }))));
  return all.flat();
}
