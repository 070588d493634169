/**
 * JSON-LD for search engines and link unfurlers, as pure builders from the query module's
 * views. Each page gets one `{"@context", "@graph"}` object; every entity has a stable `@id`
 * (its page URL plus a fragment), so the Person on a speaker page and the creator of a
 * Quotation on a quote page are recognisably the same person, and every `{"@id"}` reference
 * inside a graph points at a node of that graph.
 *
 * Only facts from the content go in: no publication date, author or photo the source lacks.
 */
import type { CohortView, CreditView, OrganisationView, QuoteView, SiteContent, SpeakerView } from '../content';
import { isoDate, truncateAtWord } from '../site/format';
import { cardPaths } from './cards/paths';
import { link, paths } from '../site/urls';
import { DEFAULT_LOCALE, t, type Locale } from '../../i18n/index';

/**
 * Where the site is published: `site` is the origin (Astro.site), `locale` the page's language
 * (default English): every URL and @id is the page's in that language. `base` only for tests of
 * another base path; the build's own otherwise.
 */
export interface LdContext {
  site: URL | string;
  locale?: Locale;
  base?: string;
}

/** A JSON-LD node: a plain JSON object. */
export type LdNode = Record<string, unknown>;

/** The object a page puts in one `<script type="application/ld+json">`. */
export type LdDocument = {
  '@context': 'https://schema.org';
  '@graph': LdNode[];
};

const url = (ctx: LdContext, path: string) => link(path, { locale: ctx.locale, site: ctx.site, base: ctx.base });

/** The stable identifiers of every entity, shared by all pages. */
export const ldIds = {
  website: (ctx: LdContext) => `${url(ctx, paths.home())}#website`,
  organisation: (ctx: LdContext, id: string) => `${url(ctx, paths.home())}#organisation-${id}`,
  person: (ctx: LdContext, speakerId: string) => `${url(ctx, paths.speaker(speakerId))}#person`,
  event: (ctx: LdContext, cohortId: string) => `${url(ctx, paths.cohort(cohortId))}#event`,
  article: (ctx: LdContext, cohortId: string) => `${url(ctx, paths.cohort(cohortId))}#article`,
  quotation: (ctx: LdContext, quoteId: string) => `${url(ctx, paths.quote(quoteId))}#quotation`,
};

const ref = (id: string) => ({ '@id': id });

/**
 * Nodes are built once per entity and site and shared by every page that shows them (a
 * cohort's event is on each of its quote pages): keyed by the view object, so content loaded
 * anew gets new nodes. Frozen, because a change to one would show on every page.
 */
const built = new WeakMap<object, Map<string, LdNode>>();
function once(entity: object, kind: string, ctx: LdContext, build: () => LdNode): LdNode {
  let nodes = built.get(entity);
  if (!nodes) built.set(entity, (nodes = new Map()));
  const key = `${kind} ${ctx.base} ${ctx.site} ${ctx.locale ?? DEFAULT_LOCALE}`;
  let node = nodes.get(key);
  if (!node) nodes.set(key, (node = Object.freeze(build())));
  return node;
}

/** Drops undefined fields and empty arrays, so nodes carry only what the content says. */
function clean(node: LdNode): LdNode {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function organisationLd(ctx: LdContext, org: OrganisationView): LdNode {
  return once(org, 'organisation', ctx, () =>
    clean({
      '@type': 'Organization',
      '@id': ldIds.organisation(ctx, org.id),
      name: org.name,
      alternateName: org.shortName,
      url: org.url,
    }),
  );
}

function personLd(ctx: LdContext, speaker: SpeakerView): LdNode {
  return once(speaker, 'person', ctx, () => buildPerson(ctx, speaker));
}

/**
 * A role with years, as schema.org's Role pattern writes it: the organisation wrapped in an
 * OrganizationRole with the title and the years, e.g. UNDP Administrator from 2009 to 2017.
 * A bare organisation under worksFor or affiliation carries no dates and reads as current.
 */
function datedRole(ctx: LdContext, property: 'worksFor' | 'affiliation', role: SpeakerView['roles'][number]): LdNode {
  return clean({
    '@type': 'OrganizationRole',
    [property]: ref(ldIds.organisation(ctx, role.organisationView!.id)),
    roleName: role.title,
    startDate: role.from === undefined ? undefined : String(role.from),
    endDate: role.to === undefined ? undefined : String(role.to),
  });
}

/**
 * Roles still held (no end year) give jobTitle and worksFor; roles that ended are affiliations
 * with their years, never bare (which would read as current); every role is in the description.
 */
function buildPerson(ctx: LdContext, speaker: SpeakerView): LdNode {
  const current = speaker.roles.filter((r) => r.to === undefined);
  const withOrg = (roles: SpeakerView['roles']) => roles.filter((r) => r.organisationView);
  const link = (property: 'worksFor' | 'affiliation') => (role: SpeakerView['roles'][number]) =>
    role.from === undefined && role.to === undefined ? ref(ldIds.organisation(ctx, role.organisationView!.id)) : datedRole(ctx, property, role);
  return clean({
    '@type': 'Person',
    '@id': ldIds.person(ctx, speaker.id),
    name: speaker.name,
    honorificPrefix: speaker.honorific,
    jobTitle: current.length === 1 ? current[0]!.title : current.length > 1 ? current.map((r) => r.title) : undefined,
    worksFor: withOrg(current).map(link('worksFor')),
    affiliation: withOrg(speaker.roles.filter((r) => r.to !== undefined)).map(link('affiliation')),
    description: speaker.roles.map((r) => r.label).join('; '),
    url: url(ctx, paths.speaker(speaker.id)),
    image: url(ctx, cardPaths.speaker(speaker.id)),
  });
}

/** The organisations a speaker's Person node refers to. */
function speakerOrganisations(speaker: SpeakerView): OrganisationView[] {
  return speaker.roles.flatMap((r) => (r.organisationView ? [r.organisationView] : []));
}

function eventLd(ctx: LdContext, cohort: CohortView): LdNode {
  return once(cohort, 'event', ctx, () =>
    clean({
      '@type': 'EducationEvent',
      '@id': ldIds.event(ctx, cohort.id),
      name: cohort.title,
      description: cohort.summary,
      startDate: isoDate(cohort.startDate),
      endDate: isoDate(cohort.endDate),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: clean({
        '@type': 'Place',
        name: cohort.venue?.name ?? cohort.city,
        url: cohort.venue?.url,
        address: {
          '@type': 'PostalAddress',
          addressLocality: cohort.city,
          addressCountry: cohort.country,
        },
      }),
      organizer: cohort.organisers.map((o) => ref(ldIds.organisation(ctx, o.id))),
      funder: cohort.funders.map((o) => ref(ldIds.organisation(ctx, o.id))),
      url: url(ctx, paths.cohort(cohort.id)),
      image: url(ctx, cardPaths.cohort(cohort.id)),
    }),
  );
}

function creditLd(ctx: LdContext, credit: CreditView): LdNode {
  return clean({
    '@type': 'NewsArticle',
    headline: credit.title,
    url: credit.url,
    publisher: ref(ldIds.organisation(ctx, credit.publisher.id)),
    citation: credit.citing ? ref(ldIds.organisation(ctx, credit.citing.id)) : undefined,
  });
}

/** The recap story of a cohort: its page, about its event, based on the credited articles. */
function articleLd(ctx: LdContext, cohort: CohortView): LdNode {
  return once(cohort, 'article', ctx, () => buildArticle(ctx, cohort));
}

function buildArticle(ctx: LdContext, cohort: CohortView): LdNode {
  const pageUrl = url(ctx, paths.cohort(cohort.id));
  return clean({
    '@type': 'NewsArticle',
    '@id': ldIds.article(ctx, cohort.id),
    headline: truncateAtWord(cohort.title, 110),
    description: cohort.summary,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    image: url(ctx, cardPaths.cohort(cohort.id)),
    inLanguage: cohort.translation || cohort.untranslated.size === 0 ? (ctx.locale ?? DEFAULT_LOCALE) : cohort.lang,
    about: ref(ldIds.event(ctx, cohort.id)),
    isBasedOn: cohort.credits.map((c) => creditLd(ctx, c)),
    hasPart: cohort.quotes.map((q) => ref(ldIds.quotation(ctx, q.id))),
    isPartOf: ref(ldIds.website(ctx)),
  });
}

/**
 * A quote as a Quotation, on its own page: the words in the language they were said in, and the
 * editor's unofficial translation, if any, as its workTranslation. Other pages use quotationStub.
 */
function quotationLd(ctx: LdContext, quote: QuoteView): LdNode {
  return once(quote, 'quotation', ctx, () =>
    clean({
      '@type': 'Quotation',
      '@id': ldIds.quotation(ctx, quote.id),
      text: quote.text,
      // The language the words were said in, whatever the page's language.
      inLanguage: quote.lang,
      creator: ref(ldIds.person(ctx, quote.speaker.id)),
      isPartOf: ref(ldIds.article(ctx, quote.cohort.id)),
      recordedAt: ref(ldIds.event(ctx, quote.cohort.id)),
      // Only a place of its own: the event's location already says where the rest were said.
      locationCreated: quote.place ? { '@type': 'Place', name: quote.place.name } : undefined,
      description: t(ctx.locale ?? DEFAULT_LOCALE).quote.saidAt(quote.occasion),
      // An editor's unofficial translation, related to the original and never replacing it.
      workTranslation: quote.translation
        ? {
            '@type': 'Quotation',
            text: quote.translation.text,
            inLanguage: ctx.locale ?? DEFAULT_LOCALE,
            translator: { '@type': 'Organization', name: quote.translation.translator },
            description: t(ctx.locale ?? DEFAULT_LOCALE).translation.unofficial(quote.translation.translator),
            translationOfWork: ref(ldIds.quotation(ctx, quote.id)),
          }
        : undefined,
      url: url(ctx, paths.quote(quote.id)),
      image: url(ctx, cardPaths.quote(quote.id)),
    }),
  );
}

function websiteLd(ctx: LdContext, site: Pick<SiteContent, 'cohorts'>): LdNode {
  return once(site, 'website', ctx, () =>
    clean({
      '@type': 'WebSite',
      '@id': ldIds.website(ctx),
      name: site.cohorts[0]?.programme ?? t(ctx.locale ?? DEFAULT_LOCALE).site.tagline,
      url: url(ctx, paths.home()),
      inLanguage: ctx.locale ?? DEFAULT_LOCALE,
    }),
  );
}

/** Nodes in order, each @id once (the first, fullest occurrence wins). */
function graph(nodes: LdNode[]): LdDocument {
  const seen = new Set<unknown>();
  const unique = nodes.filter((n) => {
    const id = n['@id'];
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { '@context': 'https://schema.org', '@graph': unique };
}

/**
 * A quote as other pages name it: enough to say who said it and where it lives. The full
 * Quotation (its words, language, occasion and card) is on the quote's own page under the same
 * @id; repeating it here cost the Russian and Kazakh story pages 0.4 KB of gzipped HTML (12.9 to
 * 12.5 KB) for words the page already shows.
 */
function quotationStub(ctx: LdContext, quote: QuoteView): LdNode {
  return once(quote, 'quotation-stub', ctx, () => ({
    '@type': 'Quotation',
    '@id': ldIds.quotation(ctx, quote.id),
    creator: ref(ldIds.person(ctx, quote.speaker.id)),
    url: url(ctx, paths.quote(quote.id)),
  }));
}

/**
 * A speaker as a cohort's story names them: name and the page that has the full Person (roles,
 * organisations, card) under the same @id. The full nodes cost the Russian and Kazakh story pages
 * 0.3 KB of gzipped HTML for roles the page already shows in its speaker gallery.
 */
function personStub(ctx: LdContext, speaker: SpeakerView): LdNode {
  return once(speaker, 'person-stub', ctx, () => ({
    '@type': 'Person',
    '@id': ldIds.person(ctx, speaker.id),
    name: speaker.name,
    url: url(ctx, paths.speaker(speaker.id)),
  }));
}

/** A short node for the recap article, where a page refers to it without being about it. */
function articleStub(ctx: LdContext, cohort: CohortView): LdNode {
  return once(cohort, 'article-stub', ctx, () => ({
    '@type': 'NewsArticle',
    '@id': ldIds.article(ctx, cohort.id),
    headline: truncateAtWord(cohort.title, 110),
    url: url(ctx, paths.cohort(cohort.id)),
    about: ref(ldIds.event(ctx, cohort.id)),
    isPartOf: ref(ldIds.website(ctx)),
  }));
}

/** A cohort's event with the organisations it names (organisers, funders). */
function eventNodes(ctx: LdContext, cohort: CohortView): LdNode[] {
  return [eventLd(ctx, cohort), ...[...cohort.organisers, ...cohort.funders].map((o) => organisationLd(ctx, o))];
}

/** A speaker with the organisations of their roles. */
function personNodes(ctx: LdContext, speaker: SpeakerView): LdNode[] {
  return [personLd(ctx, speaker), ...speakerOrganisations(speaker).map((o) => organisationLd(ctx, o))];
}

/** /cohorts/<id>/: the event, the recap article with its quotes and speakers (as stubs), every organisation it credits. */
export function cohortPageLd(ctx: LdContext, cohort: CohortView, site: Pick<SiteContent, 'cohorts'>): LdDocument {
  const creditOrgs = cohort.credits.flatMap((c) => (c.citing ? [c.publisher, c.citing] : [c.publisher]));
  return graph([
    eventLd(ctx, cohort),
    articleLd(ctx, cohort),
    ...cohort.quotes.map((q) => quotationStub(ctx, q)),
    ...cohort.speakers.map((s) => personStub(ctx, s)),
    ...eventNodes(ctx, cohort),
    ...creditOrgs.map((o) => organisationLd(ctx, o)),
    websiteLd(ctx, site),
  ]);
}

/** /quotes/<id>/: the Quotation first, then its speaker, the recap it is part of and the event. */
export function quotePageLd(ctx: LdContext, quote: QuoteView, site: Pick<SiteContent, 'cohorts'>): LdDocument {
  return graph([
    quotationLd(ctx, quote),
    ...personNodes(ctx, quote.speaker),
    articleStub(ctx, quote.cohort),
    ...eventNodes(ctx, quote.cohort),
    websiteLd(ctx, site),
  ]);
}

/** /speakers/<id>/: the Person first, then their quotes (as stubs) and the recaps and events those belong to. */
export function speakerPageLd(ctx: LdContext, speaker: SpeakerView, site: Pick<SiteContent, 'cohorts'>): LdDocument {
  return graph([
    ...personNodes(ctx, speaker),
    ...speaker.quotes.map((q) => quotationStub(ctx, q)),
    ...speaker.cohorts.flatMap((c) => [articleStub(ctx, c), ...eventNodes(ctx, c)]),
    websiteLd(ctx, site),
  ]);
}

/** The home page: the website and every cohort's event. */
export function homePageLd(ctx: LdContext, site: SiteContent): LdDocument {
  return graph([websiteLd(ctx, site), ...site.cohorts.flatMap((c) => eventNodes(ctx, c))]);
}
