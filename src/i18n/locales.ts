/**
 * The site's languages and how they map onto URLs, `lang` attributes, Intl and social-card
 * metadata. English is the default and keeps its unprefixed URLs; every other locale lives under
 * /<locale>/ with the same ids (astro.config.mjs declares the same list to Astro's i18n routing).
 * Pure, so unit tests and the quality scripts share it with the pages.
 */

/** Every locale the site is built in, default first. */
export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale with unprefixed URLs, and the language the seed content is written in. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Locales with a /<locale>/ prefix: every one but the default. */
export const PREFIXED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE) as Exclude<Locale, typeof DEFAULT_LOCALE>[];

/** The BCP 47 tag Intl formats with: British English as the source writes it, Russian and Kazakh as used in Kazakhstan. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** og:locale values (language_TERRITORY, as Open Graph wants them). */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' };

/** Each language's name in itself, as the language switcher shows it. */
export const NATIVE_NAME: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** The order the language switcher lists languages in. */
export const SWITCHER_ORDER: readonly Locale[] = ['kk', 'ru', 'en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `value` when it names a locale (Astro.currentLocale, a route param), else the default. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A site path (without the base) in `locale`: "/quotes/x/" stays as it is in English and becomes
 * "/ru/quotes/x/" in Russian. The same rule as Astro's getRelativeLocaleUrl with
 * prefixDefaultLocale: false, kept pure so it also serves cards, tests and quality scripts.
 */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** The locale a site path (without the base) belongs to, and the path with its prefix removed. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const first = path.split('/')[1];
  if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, path: path.slice(first.length + 1) || '/' };
  return { locale: DEFAULT_LOCALE, path };
}

/** The route param of a `[...locale]` page: undefined for the default locale (no prefix). */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}
