/** The URL contract, with and without a base path. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, cohortQuotesAnchor, paths, quoteAnchor, statAnchor, withBase } from '../../src/lib/site/urls';

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

describe('base path', () => {
  it('prefixes the base once, with or without its trailing slash', () => {
    expect(withBase('/cohorts/2024-astana/', '/')).toBe('/cohorts/2024-astana/');
    expect(withBase('/cohorts/2024-astana/', '/recap/')).toBe('/recap/cohorts/2024-astana/');
    expect(withBase('/cohorts/2024-astana/', '/recap')).toBe('/recap/cohorts/2024-astana/');
    expect(withBase('/', '/recap/')).toBe('/recap/');
  });

  it('makes absolute URLs for canonical links and cards', () => {
    expect(absoluteUrl('/recap/quotes/x/', 'https://example.org')).toBe('https://example.org/recap/quotes/x/');
    expect(absoluteUrl('/quotes/x/', new URL('https://recap.example.org/'))).toBe('https://recap.example.org/quotes/x/');
  });
});
