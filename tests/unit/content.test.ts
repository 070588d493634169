/**
 * The query module pages use, against the real content through getCollection: entries are
 * joined (quotes to speakers and cohorts), sorted (newest cohort first, story order), and
 * programme totals are computed from the content.
 */
import { describe, expect, it } from 'vitest';
import { distinctSources, loadSite, moreQuotes, programmeTotals, quotePlace } from '../../src/lib/content';

describe('loadSite', () => {
  it('joins every quote to its speaker and cohort', async () => {
    const site = await loadSite();
    expect(site.quotes.map((q) => [q.id, q.speaker.displayName, q.cohort.id])).toEqual([
      ['wawiernia-opening-ceremony', 'Katarzyna Wawiernia', '2024-astana'],
      ['clark-conversation-with-participants', 'Helen Clark', '2024-astana'],
      ['suleimenova-mazhilis-visit', 'MP Suleimenova', '2024-astana'],
      ['tomohiro-closing-ceremony', 'Kanata Tomohiro', '2024-astana'],
    ]);
    expect(site.quoteById.get('tomohiro-closing-ceremony')?.speaker.roles[0]?.label).toBe('Charge d’Affaires a.i., Embassy of Japan');
  });

  it('gives each cohort its organisations, quotes in story order, statistics and speakers', async () => {
    const site = await loadSite();
    const astana = site.cohortById.get('2024-astana')!;
    expect(astana.venue?.name).toBe('Ozge Epic');
    expect(astana.organisers.map((o) => o.id)).toEqual(['undp-kazakhstan']);
    expect(astana.funders.map((o) => o.id)).toEqual(['government-of-japan']);
    expect(astana.credits[0]?.publisher.id).toBe('kazinform');
    expect(astana.credits[0]?.citing?.id).toBe('undp-kazakhstan');
    expect(astana.quotes.map((q) => q.id)).toEqual(site.quotes.map((q) => q.id));
    expect(astana.speakers.map((s) => s.id)).toEqual(['katarzyna-wawiernia', 'helen-clark', 'suleimenova', 'kanata-tomohiro']);
    expect(astana.statistics.slice(0, 2).map((s) => s.id)).toEqual(['stem-careers-unsuitable-for-women', 'women-in-engineering-programmes']);
    expect(astana.statistics).toHaveLength(7);
  });

  it('gives each speaker their roles as lines and their quotes', async () => {
    const site = await loadSite();
    const clark = site.speakerById.get('helen-clark')!;
    expect(clark.roles.map((r) => r.label)).toEqual([
      'Chair, Extractive Industries Transparency Initiative (EITI)',
      'former Prime Minister of New Zealand (1999–2008)',
      'UNDP Administrator (2009–2017)',
    ]);
    expect(clark.quotes.map((q) => q.id)).toEqual(['clark-conversation-with-participants']);
    expect(clark.cohorts.map((c) => c.id)).toEqual(['2024-astana']);
    expect(site.speakers.map((s) => s.name)).toEqual(['Helen Clark', 'Kanata Tomohiro', 'Katarzyna Wawiernia', 'Suleimenova']);
  });

  it('computes the programme totals from the content', async () => {
    expect(programmeTotals(await loadSite())).toEqual({ cohorts: 1, participants: 12, regions: 2, speakers: 4, quotes: 4 });
  });
});

describe('distinctSources', () => {
  const org = (id: string) => ({ id, name: id, kind: 'source' as const });
  const credit = (publisher: string, citing?: string) => ({ title: `${publisher} story`, publisher: org(publisher), citing: citing ? org(citing) : undefined });

  it('credits each publisher and citing pair once, in cohort order, however many cohorts cite it', () => {
    const cohorts = [
      { credits: [credit('kazinform', 'undp-kazakhstan')] },
      { credits: [credit('kazinform', 'undp-kazakhstan'), credit('kazinform')] },
      { credits: [credit('undp-kazakhstan'), credit('kazinform')] },
    ];
    expect(distinctSources(cohorts).map((c) => [c.publisher.id, c.citing?.id])).toEqual([
      ['kazinform', 'undp-kazakhstan'],
      ['kazinform', undefined],
      ['undp-kazakhstan', undefined],
    ]);
  });

  it('counts the distinct articles of each pair, so the footer links the article only when there is one', () => {
    const article = (url: string) => ({ ...credit('kazinform', 'undp-kazakhstan'), url });
    const sources = distinctSources([{ credits: [article('https://a.example/1')] }, { credits: [article('https://a.example/1')] }]);
    expect(sources.map((s) => s.articles)).toEqual([1]);
    expect(distinctSources([{ credits: [article('https://a.example/1')] }, { credits: [article('https://a.example/2')] }])[0]!.articles).toBe(2);
  });

  it('is computed once for the site, which every footer reads', async () => {
    const site = await loadSite();
    expect(site.sources.map((c) => [c.publisher.id, c.citing?.id])).toEqual([['kazinform', 'undp-kazakhstan']]);
  });
});

describe('quotePlace', () => {
  it("gives a quote its own place, none when it was said elsewhere unnamed, otherwise the cohort's venue", async () => {
    const site = await loadSite();
    expect(quotePlace(site.quoteById.get('suleimenova-mazhilis-visit')!)).toBe('Mazhilis of the Parliament of the Republic of Kazakhstan');
    expect(quotePlace(site.quoteById.get('wawiernia-opening-ceremony')!)).toBe('Ozge Epic, Astana, Kazakhstan');
    expect(quotePlace({ ...site.quoteById.get('tomohiro-closing-ceremony')!, place: false })).toBeUndefined();
  });
});

describe('moreQuotes', () => {
  const quotes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
  const ids = (list: { id: string }[]) => list.map((q) => q.id);

  it('offers the quotes that follow in the story, wrapping round, never the quote itself', () => {
    expect(ids(moreQuotes(quotes, 'b'))).toEqual(['c', 'd', 'e']);
    expect(ids(moreQuotes(quotes, 'e'))).toEqual(['f', 'a', 'b']);
  });

  it('offers at most three, however large the cohort, so a quote page does not grow with it', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}` }));
    expect(moreQuotes(many, 'q7')).toHaveLength(3);
  });

  it('offers all the others in a small cohort, and none when a quote is alone', () => {
    expect(ids(moreQuotes(quotes.slice(0, 3), 'c'))).toEqual(['a', 'b']);
    expect(moreQuotes([{ id: 'a' }], 'a')).toEqual([]);
  });
});
