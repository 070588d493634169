/**
 * The site's languages: every dictionary has every key (and no empty string), Intl formats dates,
 * numbers and plurals as each language writes them, and URLs move between locales predictably
 * (hreflang alternates, the language switcher's targets).
 */
import { describe, expect, it } from 'vitest';
import { count, DICTIONARIES, formatList, LOCALES, localePath, NATIVE_NAME, splitLocalePath, t } from '../../src/i18n';
import { formatDateRange, formatNumber, formatStatValue, describeStatValue, formatYears } from '../../src/lib/site/format';
import { alternatesOf } from '../../src/lib/site/urls';
import { quoteShareText } from '../../src/lib/sharing/share-links';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NBSP = '\u00a0';
/** ICU puts a narrow no-break space before the year's abbreviation: "2024 г.", "2024 ж.". */
const NNBSP = '\u202f';

/** Every leaf of a dictionary as "path: kind", so two dictionaries can be compared key by key. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function`];
  if (typeof value === 'string') return [`${path}: string`];
  if (Array.isArray(value)) return [`${path}: array`];
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    // Plural forms: languages use different categories; "other" is the one every language has.
    if ('other' in value) return [`${path}: plural`];
    return keys.sort().flatMap((k) => shape((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [`${path}: ${typeof value}`];
}

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('dictionaries', () => {
  it('give every locale the same keys as English, with no empty text', () => {
    for (const locale of LOCALES) {
      expect(shape(DICTIONARIES[locale]), locale).toEqual(shape(DICTIONARIES.en));
      // Affixes around a name ("the " … " article") may be empty where the language needs none.
      for (const [path, text] of strings(DICTIONARIES[locale])) if (!/\.(before|after)$/.test(path)) expect(text.trim(), `${locale}${path}`).not.toBe('');
    }
  });

  it('write Kazakh with Kazakh letters and Russian without them', () => {
    const kk = strings(DICTIONARIES.kk).map(([, s]) => s).join(' ');
    const ru = strings(DICTIONARIES.ru).map(([, s]) => s).join(' ');
    for (const letter of 'әғқңөұүі') expect(kk, letter).toContain(letter);
    expect(ru).not.toMatch(/[әғқңөұүһі]/);
  });

  it('name each language in itself for the switcher', () => {
    expect(NATIVE_NAME).toEqual({ kk: 'Қазақша', ru: 'Русский', en: 'English' });
  });

  it('pick plural forms with Intl.PluralRules', () => {
    const quotes = (locale: (typeof LOCALES)[number], n: number) => count(locale, t(locale).quotes.count, n);
    expect([1, 2, 5].map((n) => quotes('en', n))).toEqual(['1 quote', '2 quotes', '5 quotes']);
    expect([1, 3, 5, 21, 22, 25].map((n) => quotes('ru', n))).toEqual(['1 цитата', '3 цитаты', '5 цитат', '21 цитата', '22 цитаты', '25 цитат']);
    expect([1, 4].map((n) => quotes('kk', n))).toEqual(['1 дәйексөз', '4 дәйексөз']);
    expect(count('ru', t('ru').cohort.days, 2)).toBe('2 дня');
    expect(count('en', t('en').cohort.days, 1)).toBe('One day');
  });
});

describe('Intl formatting (Node 24 ICU)', () => {
  it('writes date ranges as each language does', () => {
    expect(formatDateRange(d('2024-12-11'), d('2024-12-12'))).toBe('11–12 December 2024');
    expect(formatDateRange(d('2024-12-11'), d('2024-12-12'), 'ru')).toBe(`11–12 декабря 2024${NNBSP}г.`);
    // Day, month, then year in all three languages (CLDR's Kazakh would lead with the year).
    expect(formatDateRange(d('2024-12-11'), d('2024-12-12'), 'kk')).toBe(`11–12 желтоқсан 2024${NNBSP}ж.`);
    expect(formatDateRange(d('2025-11-30'), d('2025-12-02'), 'kk')).toBe(`30 қараша – 2 желтоқсан 2025${NNBSP}ж.`);
    expect(formatDateRange(d('2025-12-30'), d('2026-01-02'), 'kk')).toBe(`30 желтоқсан 2025${NNBSP}ж. – 2 қаңтар 2026${NNBSP}ж.`);
    expect(formatDateRange(d('2025-11-30'), d('2025-12-02'), 'ru')).toBe(`30 ноября – 2 декабря 2025${NNBSP}г.`);
    expect(formatDateRange(d('2024-12-12'), d('2024-12-12'), 'kk')).toBe(`12 желтоқсан 2024${NNBSP}ж.`);
  });

  it('groups digits as each language does', () => {
    expect(formatNumber(2345)).toBe('2,345');
    expect(formatNumber(2345, 'ru')).toBe(`2${NBSP}345`);
    expect(formatNumber(2345, 'kk')).toBe(`2${NBSP}345`);
    expect(formatStatValue({ kind: 'count', value: 2345 }, 'kk')).toBe(`2${NBSP}345`);
  });

  it('says statistics in the reader’s language', () => {
    expect(formatStatValue({ kind: 'ratio', numerator: 1, denominator: 3 })).toBe('1 in 3');
    expect(formatStatValue({ kind: 'ratio', numerator: 1, denominator: 3 }, 'ru')).toBe('1 из 3');
    expect(formatStatValue({ kind: 'ratio', numerator: 1, denominator: 3 }, 'kk')).toBe('3-тен 1');
    expect(formatStatValue({ kind: 'ratio', numerator: 1, denominator: 10 }, 'kk')).toBe('10-нан 1');
    expect(describeStatValue({ kind: 'percentage', value: 54 }, 'ru')).toBe('54 процента');
    expect(describeStatValue({ kind: 'percentage', value: 54 }, 'kk')).toBe('54 пайыз');
    expect(describeStatValue({ kind: 'ratio', numerator: 1, denominator: 3 })).toBe('one in three');
    expect(formatYears({ from: 2019 }, 'ru')).toBe('с 2019 г.');
    expect(formatYears({ from: 2019 }, 'kk')).toBe('2019 жылдан бері');
  });

  it('joins lists as each language does', () => {
    expect(formatList('en', ['Kyzylorda', 'Mangystau'])).toBe('Kyzylorda and Mangystau');
    expect(formatList('ru', ['Кызылорда', 'Мангистау'])).toBe('Кызылорда и Мангистау');
    expect(formatList('kk', ['Қызылорда', 'Маңғыстау'])).toBe('Қызылорда және Маңғыстау');
  });

  it('quotes a shared quote in the reader’s quotation marks, never translated', () => {
    const quote = { text: 'Ғылым — болашақ.', speaker: { displayName: 'Dana Example' } };
    expect(quoteShareText(quote)).toBe('“Ғылым — болашақ.” — Dana Example');
    expect(quoteShareText(quote, 'ru')).toBe('«Ғылым — болашақ.» — Dana Example');
  });
});

describe('locale URLs', () => {
  it('keeps English where it is and prefixes the others', () => {
    expect(localePath('en', '/quotes/x/')).toBe('/quotes/x/');
    expect(localePath('ru', '/quotes/x/')).toBe('/ru/quotes/x/');
    expect(localePath('kk', '/')).toBe('/kk/');
    expect(splitLocalePath('/kk/cohorts/2024-astana/')).toEqual({ locale: 'kk', path: '/cohorts/2024-astana/' });
    expect(splitLocalePath('/ru/')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocalePath('/quotes/kk-quote/')).toEqual({ locale: 'en', path: '/quotes/kk-quote/' });
  });

  it('gives every page the same three alternates from any of its languages (hreflang, switcher)', () => {
    const expected = [
      { locale: 'en', href: '/recap/quotes/x/' },
      { locale: 'ru', href: '/recap/ru/quotes/x/' },
      { locale: 'kk', href: '/recap/kk/quotes/x/' },
    ];
    for (const from of ['/recap/quotes/x/', '/recap/ru/quotes/x/', '/recap/kk/quotes/x/']) expect(alternatesOf(from, { base: '/recap/' })).toEqual(expected);
    expect(alternatesOf('/kk/', { base: '/' }).map((a) => a.href)).toEqual(['/', '/ru/', '/kk/']);
    expect(alternatesOf('/ru/quotes/x/', { site: 'https://recap.example.org', base: '/' }).map((a) => a.href)).toEqual([
      'https://recap.example.org/quotes/x/',
      'https://recap.example.org/ru/quotes/x/',
      'https://recap.example.org/kk/quotes/x/',
    ]);
  });
});
