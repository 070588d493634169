/**
 * The one place pages get content from. Loads every collection once per build, joins
 * references, sorts, and hands pages ready-made views. No page calls getCollection itself.
 * Content is validated once, before Astro loads it (src/integrations/content-check.ts stops a
 * build with every problem), so the joins here can rely on every reference resolving; only
 * the dev server, which keeps serving while an editor types, checks the cross-entry rules
 * again here so a dangling reference gives the checker's message rather than a crash.
 */
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Cohort, Credit, Highlight } from '../schemas/cohort';
import type { Organisation } from '../schemas/organisation';
import type { Role } from '../schemas/speaker';
import type { Statistic } from '../schemas/statistic';
import { cohortIdFromPath, entryIdFromPath } from './content/layout';
import { formatProblems } from './content/problems';
import { findContentProblems, type RawContent } from './content/rules';
import { displayName, formatRoleBesideName } from './site/format';

export interface OrganisationView extends Organisation {
  id: string;
}

export interface RoleView extends Role {
  organisationView?: OrganisationView;
  /** The role as one line, e.g. "UNDP Administrator (2009–2017)". */
  label: string;
}

export interface SpeakerView {
  id: string;
  name: string;
  honorific?: string;
  /** The name as shown, e.g. "MP Suleimenova". */
  displayName: string;
  roles: RoleView[];
  portrait?: { src: ImageMetadata; alt: string; credit?: string };
  /** Ids it was published under before; their URLs redirect to this speaker. */
  formerIds: string[];
  /** Their quotes across every published cohort, newest cohort first. */
  quotes: QuoteView[];
  /** Cohorts they spoke at, newest first. */
  cohorts: CohortView[];
}

export interface QuoteView {
  id: string;
  text: string;
  /** The strongest line, an exact excerpt of text, when the editor named one. */
  highlight?: string;
  occasion: string;
  featured: boolean;
  /** Ids it was published under before; their URLs redirect to this quote. */
  formerIds: string[];
  speaker: SpeakerView;
  cohort: CohortView;
  /** Where it was said when not at the cohort's venue; false when elsewhere and the source does not say where. */
  place?: OrganisationView | false;
}

export interface StatisticView extends Statistic {
  id: string;
  cohort: CohortView;
}

export interface CreditView extends Omit<Credit, 'publisher' | 'citing'> {
  publisher: OrganisationView;
  citing?: OrganisationView;
}

/** One publisher (and citing source) across every cohort: its newest credit and how many articles it has. */
export interface SourceView extends CreditView {
  /** Distinct articles (by url, or title) credited to this publisher and citing pair. */
  articles: number;
}

export interface CohortView extends Omit<Cohort, 'venue' | 'organisers' | 'funders' | 'credits'> {
  id: string;
  venue?: OrganisationView;
  organisers: OrganisationView[];
  funders: OrganisationView[];
  credits: CreditView[];
  highlights: Highlight[];
  /** Quotes in the order the story places them (then by id). */
  quotes: QuoteView[];
  statistics: StatisticView[];
  /** Speakers in the order they are first quoted. */
  speakers: SpeakerView[];
  /** The collection entry, for render(). */
  entry: CollectionEntry<'cohorts'>;
}

export interface SiteContent {
  /** Newest first. */
  cohorts: CohortView[];
  /** Newest cohort first, then story order. */
  quotes: QuoteView[];
  /** Alphabetical by name. */
  speakers: SpeakerView[];
  statistics: StatisticView[];
  organisations: OrganisationView[];
  cohortById: Map<string, CohortView>;
  quoteById: Map<string, QuoteView>;
  speakerById: Map<string, SpeakerView>;
  /** Keyed "<cohort-id>/<statistic-id>": statistic ids are unique within a cohort only. */
  statisticById: Map<string, StatisticView>;
  /** Every cohort's credits, one per publisher (and citing source), newest cohort first: what the footer credits. */
  sources: SourceView[];
}

/** Thrown when content breaks a rule; its message lists every problem with file and field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Whether drafts are shown: in the dev server yes, in the published build no. */
export const SHOW_DRAFTS = import.meta.env.DEV;

let cached: Promise<SiteContent> | undefined;

/** Every published entry, joined and sorted. Loaded once per build. */
export function loadSite(): Promise<SiteContent> {
  if (!cached) {
    cached = build();
    // A failure is not kept: in the dev server the next request tries again with the content as
    // it is by then, instead of repeating an error about a file that has since been fixed.
    cached.catch(() => (cached = undefined));
  }
  return cached;
}

async function build(): Promise<SiteContent> {
  const [cohortEntries, quoteEntries, statisticEntries, speakerEntries, organisationEntries] = await Promise.all([
    getCollection('cohorts'),
    getCollection('quotes'),
    getCollection('statistics'),
    getCollection('speakers'),
    getCollection('organisations'),
  ]);

  if (import.meta.env.DEV) {
    const withPath = <T extends { id: string; filePath?: string; data: unknown }>(entries: T[]) =>
      entries.map((e) => ({ id: e.filePath ? entryIdFromPath(e.filePath) : e.id, filePath: e.filePath ?? `content/${e.id}`, data: e.data })) as never;
    const raw: RawContent = {
      cohorts: withPath(cohortEntries),
      quotes: withPath(quoteEntries),
      statistics: withPath(statisticEntries),
      speakers: withPath(speakerEntries),
      organisations: withPath(organisationEntries),
    };
    const problems = findContentProblems(raw);
    if (problems.length > 0) throw new ContentError(formatProblems(problems));
  }

  const organisationById = new Map<string, OrganisationView>(
    organisationEntries.map((e) => [e.id, { id: e.id, ...e.data }]),
  );
  const org = (id: string) => organisationById.get(id)!;

  const cohorts: CohortView[] = cohortEntries
    .filter((e) => SHOW_DRAFTS || !e.data.draft)
    .map((e) => ({
      ...e.data,
      id: e.id,
      venue: e.data.venue === undefined ? undefined : org(e.data.venue),
      organisers: e.data.organisers.map(org),
      funders: e.data.funders.map(org),
      credits: e.data.credits.map((c) => ({ ...c, publisher: org(c.publisher), citing: c.citing === undefined ? undefined : org(c.citing) })),
      quotes: [],
      statistics: [],
      speakers: [],
      entry: e,
    }))
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || a.id.localeCompare(b.id));
  const cohortById = new Map(cohorts.map((c) => [c.id, c]));

  const speakers: SpeakerView[] = speakerEntries
    .map((e) => ({
      id: e.id,
      name: e.data.name,
      honorific: e.data.honorific,
      displayName: displayName(e.data),
      roles: e.data.roles.map((role) => {
        const organisationView = role.organisation === undefined ? undefined : org(role.organisation);
        return { ...role, organisationView, label: formatRoleBesideName(role, organisationView, e.data) };
      }),
      portrait: e.data.portrait,
      formerIds: e.data.formerIds ?? [],
      quotes: [],
      cohorts: [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const speakerById = new Map(speakers.map((s) => [s.id, s]));

  const quotes: QuoteView[] = [];
  for (const e of quoteEntries) {
    const cohort = cohortById.get(cohortIdFromPath(e.filePath ?? '')!);
    if (!cohort) continue; // a draft cohort's quote
    const place = typeof e.data.place === 'string' ? org(e.data.place) : e.data.place;
    quotes.push({ id: e.id, text: e.data.text, highlight: e.data.highlight, occasion: e.data.occasion, featured: e.data.featured, formerIds: e.data.formerIds ?? [], speaker: speakerById.get(e.data.speaker)!, cohort, place });
  }

  const statistics: StatisticView[] = [];
  for (const e of statisticEntries) {
    const cohort = cohortById.get(cohortIdFromPath(e.filePath ?? '')!);
    if (!cohort) continue;
    statistics.push({ ...e.data, id: entryIdFromPath(e.filePath ?? e.id), cohort });
  }

  // Story order: where the MDX body first mentions the id; entries it never mentions go last.
  const storyOrder = (cohort: CohortView, id: string) => {
    const at = cohort.entry.body?.indexOf(`"${id}"`) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const cohortRank = new Map(cohorts.map((c, i) => [c.id, i]));
  const byCohortThenStory = (a: { id: string; cohort: CohortView }, b: { id: string; cohort: CohortView }) =>
    cohortRank.get(a.cohort.id)! - cohortRank.get(b.cohort.id)! ||
    storyOrder(a.cohort, a.id) - storyOrder(b.cohort, b.id) ||
    a.id.localeCompare(b.id);
  quotes.sort(byCohortThenStory);
  statistics.sort(byCohortThenStory);

  for (const quote of quotes) {
    quote.cohort.quotes.push(quote);
    quote.speaker.quotes.push(quote);
    if (!quote.cohort.speakers.includes(quote.speaker)) quote.cohort.speakers.push(quote.speaker);
    if (!quote.speaker.cohorts.includes(quote.cohort)) quote.speaker.cohorts.push(quote.cohort);
  }
  for (const statistic of statistics) statistic.cohort.statistics.push(statistic);

  return {
    cohorts,
    quotes,
    speakers: speakers.filter((s) => s.quotes.length > 0),
    statistics,
    organisations: [...organisationById.values()],
    cohortById,
    quoteById: new Map(quotes.map((q) => [q.id, q])),
    speakerById,
    statisticById: new Map(statistics.map((s) => [`${s.cohort.id}/${s.id}`, s])),
    sources: distinctSources(cohorts),
  };
}

/**
 * The cohorts' credits with each publisher/citing pair once, in cohort order: "Kazinform News
 * Agency citing UNDP Kazakhstan" is one source however many cohorts cite it, with the number of
 * distinct articles (the footer links the article when there is one). Computed once per build
 * (every page's footer shows it), so a page does not cost more as cohorts are added.
 */
export function distinctSources(cohorts: readonly Pick<CohortView, 'credits'>[]): SourceView[] {
  const byPair = new Map<string, { source: SourceView; articles: Set<string> }>();
  for (const credit of cohorts.flatMap((cohort) => cohort.credits)) {
    const key = `${credit.publisher.id}|${credit.citing?.id ?? ''}`;
    let entry = byPair.get(key);
    if (!entry) byPair.set(key, (entry = { source: { ...credit, articles: 0 }, articles: new Set() }));
    entry.articles.add(credit.url ?? credit.title);
    entry.source.articles = entry.articles.size;
  }
  return [...byPair.values()].map((entry) => entry.source);
}

/**
 * Where a quote was said, as shown on its page: its own place when it has one ("Mazhilis of the
 * Parliament of the Republic of Kazakhstan"), none when it was said away from the venue and the
 * source does not say where, otherwise the cohort's venue, city and country ("Ozge Epic, Astana,
 * Kazakhstan"). A place of its own gets no city: the source may not give one.
 */
export function quotePlace(quote: Pick<QuoteView, 'place' | 'cohort'>): string | undefined {
  if (quote.place === false) return undefined;
  if (quote.place) return quote.place.name;
  const { venue, city, country } = quote.cohort;
  return [venue?.name, city, country].filter(Boolean).join(', ') || undefined;
}

/** How many other quotes a quote page offers (its cohort's full list is one link away). */
export const MORE_QUOTES = 3;

/**
 * The quotes a quote page offers next: up to `limit` of its cohort's other quotes, those that
 * follow it in the story first, wrapping round to the start, so every quote is offered by its
 * neighbours and a page's size does not grow with the size of its cohort.
 */
export function moreQuotes<T extends { id: string }>(cohortQuotes: readonly T[], quoteId: string, limit = MORE_QUOTES): T[] {
  const at = cohortQuotes.findIndex((q) => q.id === quoteId);
  const ordered = at < 0 ? [...cohortQuotes] : [...cohortQuotes.slice(at + 1), ...cohortQuotes.slice(0, at)];
  return ordered.slice(0, Math.max(0, limit));
}

/** Programme-wide figures, computed from the content, never typed by hand. */
export function programmeTotals(site: SiteContent) {
  const regions = new Set(site.cohorts.flatMap((c) => c.regions));
  return {
    cohorts: site.cohorts.length,
    participants: site.cohorts.reduce((sum, c) => sum + c.participants, 0),
    regions: regions.size,
    speakers: site.speakers.length,
    quotes: site.quotes.length,
  };
}
