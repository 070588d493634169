/** The URL contract, with and without a base path. */
import { describe, expect, it } from 'vitest';
import { cohortQuotesAnchor, link, paths, quoteAnchor, statAnchor } from '../../src/lib/site/urls';

describe('paths', () => {
  it('matches the URL contract, every path ending with a slash', () => {
    expect(paths.home()).toBe('/');
    expect(paths.cohorts()).toBe('/cohorts/');
    expect(paths.cohort('2024-astana')).toBe('/cohorts/2024-astana/');
    expect(paths.quotes()).toBe('/quotes/');
    expect(paths.quote('tomohiro-closing-ceremony')).toBe('/quotes/tomohiro-closing-ceremony/');
    expect(paths.quoteInContext('2024-astana', 'tomohiro-closing-ceremony')).toBe('/cohorts/2024-astana/#quote-tomohiro-closing-ceremony');
    expect(paths.cohortQuotes('2024-astana')).toBe('/quotes/#cohort-2024-astana');
    expect(paths.quoteSharing('tomohiro-closing-ceremony')).toBe('/quotes/tomohiro-closing-ceremony/#share');
    expect(paths.speakers()).toBe('/speakers/');
    expect(paths.speaker('helen-clark')).toBe('/speakers/helen-clark/');
  });

  it('gives quotes and statistics stable element ids', () => {
    expect(quoteAnchor('clark-conversation-with-participants')).toBe('quote-clark-conversation-with-participants');
    expect(statAnchor('regions')).toBe('stat-regions');
    expect(cohortQuotesAnchor('2024-astana')).toBe('cohort-2024-astana');
  });
});

describe('link(): base path, locale, absolute', () => {
  it('prefixes the base once, with or without its trailing slash, and the build\'s own base by default', () => {
    expect(link('/cohorts/2024-astana/', { base: '/' })).toBe('/cohorts/2024-astana/');
    expect(link('/cohorts/2024-astana/', { base: '/recap/' })).toBe('/recap/cohorts/2024-astana/');
    expect(link('/cohorts/2024-astana/', { base: '/recap' })).toBe('/recap/cohorts/2024-astana/');
    expect(link('/', { base: '/recap/' })).toBe('/recap/');
    expect(link('/favicon.svg')).toBe(`${import.meta.env.BASE_URL}favicon.svg`);
  });

  it('puts the locale prefix after the base', () => {
    expect(link('/cohorts/2024-astana/', { locale: 'kk', base: '/recap/' })).toBe('/recap/kk/cohorts/2024-astana/');
    expect(link('/quotes/x/#share', { locale: 'ru', base: '/' })).toBe('/ru/quotes/x/#share');
    expect(link('/', { locale: 'en', base: '/recap/' })).toBe('/recap/');
  });

  it('makes absolute URLs for canonical links, hreflang, JSON-LD and cards', () => {
    expect(link('/quotes/x/', { site: 'https://example.org', base: '/recap/' })).toBe('https://example.org/recap/quotes/x/');
    expect(link('/quotes/x/', { locale: 'kk', site: new URL('https://recap.example.org/'), base: '/' })).toBe('https://recap.example.org/kk/quotes/x/');
  });
});
