/**
 * The site's interface language: one typed dictionary per locale (en.ts defines the shape),
 * counted phrases through Intl.PluralRules, and the locale of the page being rendered.
 */
import en, { type Dictionary } from './en';
import kk from './kk';
import ru from './ru';
import { INTL_LOCALE, toLocale, type Locale } from './locales';
import type { PluralForms } from './plural';

export * from './locales';
export type { Dictionary, PluralForms };

export const DICTIONARIES: Record<Locale, Dictionary> = { en, ru, kk };

/** The dictionary of `locale`. */
export function t(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

/** `value` with the locale's digit grouping: "2,345" in English, "2 345" (no-break space) in Russian and Kazakh. */
export function formatNumberIn(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 })));
  return format.format(value);
}

/** The plural form of `forms` for `n` in `locale`, with "{n}" replaced by the formatted number: "3 цитаты", "5 цитат". */
export function count(locale: Locale, forms: PluralForms, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replaceAll('{n}', formatNumberIn(locale, n));
}

/** "Kyzylorda and Mangystau", "Қызылорда және Маңғыстау": a list joined as the language joins it. */
export function formatList(locale: Locale, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' })));
  return format.format(items);
}

/** What a component needs to know of Astro to tell the page's locale. */
interface AstroLike {
  params: Record<string, string | undefined>;
  currentLocale?: string | undefined;
}

/**
 * The locale of the page being rendered: the `[...locale]` route param where the route has one
 * (undefined there means English), else Astro's i18n routing's currentLocale (404, redirects).
 */
export function localeOf(astro: AstroLike): Locale {
  if ('locale' in astro.params) return toLocale(astro.params.locale);
  return toLocale(astro.currentLocale);
}
