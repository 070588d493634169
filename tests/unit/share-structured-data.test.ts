import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type SiteContent } from '../../src/lib/content';
import {
  cohortPageLd,
  homePageLd,
  ldIds,
  quotePageLd,
  speakerPageLd,
  type LdContext,
  type LdDocument,
  type LdNode,
} from '../../src/lib/sharing/structured-data';

/**
 * Every `{"@id": ...}` reference in `doc` that no node of its graph defines. Empty when the
 * graph is consistent; every page is held to that below.
 */
function danglingReferences(doc: LdDocument): string[] {
  const defined = new Set(doc['@graph'].map((n) => n['@id']).filter(Boolean));
  const dangling = new Set<string>();
  const walk = (value: unknown, top: boolean) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, false));
    if (value === null || typeof value !== 'object') return;
    const node = value as LdNode;
    const keys = Object.keys(node);
    if (!top && keys.length === 1 && typeof node['@id'] === 'string' && !defined.has(node['@id'])) dangling.add(node['@id']);
    for (const v of Object.values(node)) walk(v, false);
  };
  doc['@graph'].forEach((n) => walk(n, true));
  return [...dangling];
}

const ctx: LdContext = { site: 'https://recap.example.org', base: '/' };
let site: SiteContent;
beforeAll(async () => {
  site = await loadSite();
});

/** What a page prints and a crawler parses: the document through JSON and back. */
const asPublished = (doc: LdDocument): LdDocument => JSON.parse(JSON.stringify(doc));
const node = (doc: LdDocument, id: unknown): LdNode => {
  const found = doc['@graph'].find((n) => n['@id'] === (id as { '@id': string })['@id']);
  expect(found, `node ${JSON.stringify(id)}`).toBeDefined();
  return found!;
};

describe('Quotation on each quote page', () => {
  it('carries the text, the creator as a Person with jobTitle and worksFor, isPartOf the recap, and the url', () => {
    for (const quote of site.quotes) {
      const doc = asPublished(quotePageLd(ctx, quote, site));
      const quotation = doc['@graph'][0]!;
      expect(quotation['@type']).toBe('Quotation');
      expect(quotation.text).toBe(quote.text);
      expect(quotation.url).toBe(`https://recap.example.org/quotes/${quote.id}/`);
      const person = node(doc, quotation.creator);
      expect(person['@type']).toBe('Person');
      expect(person.jobTitle).toBeTruthy();
      const employer = node(doc, (person.worksFor as unknown[])[0]);
      expect(employer['@type']).toBe('Organization');
      const recap = node(doc, quotation.isPartOf);
      expect(recap['@type']).toBe('NewsArticle');
      expect(recap.url).toBe(`https://recap.example.org/cohorts/${quote.cohort.id}/`);
      expect(node(doc, quotation.recordedAt)['@type']).toBe('EducationEvent');
      expect(danglingReferences(doc)).toEqual([]);
    }
  });

  it("gives Helen Clark's current role as jobTitle and keeps every role in the description", () => {
    const quote = site.quoteById.get('clark-conversation-with-participants')!;
    const doc = quotePageLd(ctx, quote, site);
    const person = node(doc, doc['@graph'][0]!.creator);
    expect(person).toMatchObject({ name: 'Helen Clark', honorificPrefix: 'Ms.', jobTitle: 'Chair' });
    expect(node(doc, (person.worksFor as unknown[])[0]).name).toBe('Extractive Industries Transparency Initiative');
    expect(person.description).toContain('UNDP Administrator (2009–2017)');
  });

  it("dates Helen Clark's past UNDP role, so it never reads as current", () => {
    const quote = site.quoteById.get('clark-conversation-with-participants')!;
    const doc = asPublished(quotePageLd(ctx, quote, site));
    const person = node(doc, doc['@graph'][0]!.creator);
    const undp = { '@id': ldIds.organisation(ctx, 'undp') };
    expect(person.affiliation).toEqual([
      { '@type': 'OrganizationRole', affiliation: undp, roleName: 'UNDP Administrator', startDate: '2009', endDate: '2017' },
    ]);
    expect(node(doc, undp).name).toBe('United Nations Development Programme');
    expect(person.worksFor).not.toContainEqual(undp);
  });

  it('gives every role that ended its years wherever the Person names its organisation', () => {
    for (const speaker of site.speakers) {
      const doc = asPublished(speakerPageLd(ctx, speaker, site));
      const person = doc['@graph'][0]!;
      const links = [...((person.worksFor as LdNode[]) ?? []), ...((person.affiliation as LdNode[]) ?? [])];
      for (const role of speaker.roles.filter((r) => r.to !== undefined && r.organisationView)) {
        expect(links).toContainEqual(expect.objectContaining({ '@type': 'OrganizationRole', roleName: role.title, endDate: String(role.to) }));
      }
      for (const link of links.filter((l) => Object.keys(l).length === 1)) {
        // A bare organisation reference is only ever a role still held.
        const held = speaker.roles.filter((r) => r.to === undefined).map((r) => ldIds.organisation(ctx, r.organisationView?.id ?? ''));
        expect(held).toContain(link['@id']);
      }
    }
  });
});

describe('EducationEvent and NewsArticle on each cohort page', () => {
  it('describes the event with dates, place and address, organiser and funder', () => {
    const cohort = site.cohortById.get('2024-astana')!;
    const doc = asPublished(cohortPageLd(ctx, cohort, site));
    const event = doc['@graph'].find((n) => n['@type'] === 'EducationEvent')!;
    expect(event).toMatchObject({
      '@id': 'https://recap.example.org/cohorts/2024-astana/#event',
      startDate: '2024-12-11',
      endDate: '2024-12-12',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Astana', addressCountry: 'Kazakhstan' } },
    });
    expect((event.organizer as unknown[]).map((o) => node(doc, o).name)).toEqual(['UNDP Kazakhstan']);
    expect((event.funder as unknown[]).map((o) => node(doc, o).name)).toEqual(['Government of Japan']);
    expect(danglingReferences(doc)).toEqual([]);
  });

  it('gives the Mazhilis quote its own place and the others none beyond the event', () => {
    const doc = asPublished(quotePageLd(ctx, site.quoteById.get('suleimenova-mazhilis-visit')!, site));
    expect(doc['@graph'][0]!.locationCreated).toEqual({ '@type': 'Place', name: 'Mazhilis of the Parliament of the Republic of Kazakhstan' });
    expect(asPublished(quotePageLd(ctx, site.quoteById.get('wawiernia-opening-ceremony')!, site))['@graph'][0]).not.toHaveProperty('locationCreated');
  });

  it('describes the recap story as a NewsArticle about the event, containing its quotes, based on the credited article', () => {
    const cohort = site.cohortById.get('2024-astana')!;
    const doc = cohortPageLd(ctx, cohort, site);
    const article = node(doc, { '@id': ldIds.article(ctx, cohort.id) });
    expect(article['@type']).toBe('NewsArticle');
    expect(article.about).toEqual({ '@id': ldIds.event(ctx, cohort.id) });
    expect((article.hasPart as unknown[]).map((q) => node(doc, q)['@type'])).toEqual(cohort.quotes.map(() => 'Quotation'));
    const credit = (article.isBasedOn as LdNode[])[0]!;
    expect(node(doc, credit.publisher).name).toMatch(/Kazinform/);
    expect(credit.url).toBe(
      'https://en.inform.kz/news/empowering-leaders-of-tomorrow-a-leadership-programme-for-women-in-stem-concluded-in-astana-ca918c',
    );
  });
});

describe('Person on each speaker page', () => {
  it('puts the Person first with their quotes, and every reference resolves', () => {
    for (const speaker of site.speakers) {
      const doc = asPublished(speakerPageLd(ctx, speaker, site));
      expect(doc['@graph'][0]).toMatchObject({ '@type': 'Person', '@id': ldIds.person(ctx, speaker.id), url: `https://recap.example.org/speakers/${speaker.id}/` });
      const quotations = doc['@graph'].filter((n) => n['@type'] === 'Quotation');
      expect(quotations).toHaveLength(speaker.quotes.length);
      expect(danglingReferences(doc)).toEqual([]);
    }
  });

  it('names MP Suleimenova as the source does, with no invented first name', () => {
    const doc = speakerPageLd(ctx, site.speakerById.get('suleimenova')!, site);
    expect(doc['@graph'][0]).toMatchObject({ name: 'Suleimenova', honorificPrefix: 'MP', jobTitle: 'MP' });
    expect(doc['@graph'][0]).not.toHaveProperty('givenName');
  });
});

describe('consistency across pages', () => {
  it('describes an entity identically wherever it appears', () => {
    const byId = new Map<string, string>();
    const stubs = new Map<string, LdNode[]>();
    const docs = [
      homePageLd(ctx, site),
      ...site.cohorts.map((c) => cohortPageLd(ctx, c, site)),
      ...site.quotes.map((q) => quotePageLd(ctx, q, site)),
      ...site.speakers.map((s) => speakerPageLd(ctx, s, site)),
    ];
    for (const doc of docs) {
      expect(danglingReferences(doc)).toEqual([]);
      for (const n of doc['@graph']) {
        const id = n['@id'] as string;
        // The recap article, each quotation and each person appear in full on their own page and
        // as a short node elsewhere: what the short node says, the full one says too.
        if (n['@type'] === 'NewsArticle' || n['@type'] === 'Quotation' || n['@type'] === 'Person') {
          const seen = (stubs.get(id) ?? []).concat(n);
          stubs.set(id, seen);
          for (const other of seen) for (const key of Object.keys(n)) if (key in other) expect(other[key], `${id} ${key}`).toEqual(n[key]);
          continue;
        }
        const json = JSON.stringify(n);
        if (byId.has(id)) expect(json, id).toBe(byId.get(id));
        else byId.set(id, json);
      }
    }
  });

  it('builds every URL under the base path', () => {
    const quote = site.quotes[0]!;
    const doc = quotePageLd({ site: 'https://example.github.io', base: '/recap/' }, quote, site);
    expect(doc['@graph'][0]!.url).toBe(`https://example.github.io/recap/quotes/${quote.id}/`);
    expect(doc['@graph'][0]!.image).toBe(`https://example.github.io/recap/og/quotes/${quote.id}.png`);
  });

  it('reports a reference to a node the graph does not contain', () => {
    const doc: LdDocument = { '@context': 'https://schema.org', '@graph': [{ '@id': 'a', '@type': 'Thing', about: { '@id': 'b' } }] };
    expect(danglingReferences(doc)).toEqual(['b']);
  });
});
