/**
 * The one place pages get content from. Loads every collection once per build, joins
 * references, sorts, and hands pages ready-made views, one set per locale: translated fields
 * replace the original's where a translation exists; elsewhere the original stays, and the view
 * records which fields are shown in the original language (see fieldLang). Quote texts are never
 * replaced. No page calls getCollection itself.
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
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { CohortTranslation } from '../schemas/translations';

/** What every translatable view carries: the reader's locale, the original's, and what is not translated. */
export interface Localised {
  /** The locale the view was built for. */
  locale: Locale;
  /** The language the original was written (or said) in. */
  lang: Locale;
  /** Fields shown in the original language because this locale has no translation of them. */
  untranslated: ReadonlySet<string>;
}

/**
 * The `lang` attribute a field needs: the original's language where the field is shown untranslated
 * in a page of another language; undefined where it is in the page's language.
 */
export function fieldLang(view: Localised, field: string): Locale | undefined {
  return view.untranslated.has(field) && view.lang !== view.locale ? view.lang : undefined;
}

/** Picks each field from the translation where it has one; records the others as untranslated. */
function localise<T extends Record<string, unknown>, K extends keyof T & string>(
  original: T,
  translation: Partial<Pick<T, K>> | undefined,
  fields: readonly K[],
  locale: Locale,
  lang: Locale,
): Pick<T, K> & Localised {
  const untranslated = new Set<string>();
  const out = {} as Pick<T, K>;
  for (const field of fields) {
    const value = locale === lang ? undefined : translation?.[field];
    if (value !== undefined) out[field] = value as T[K];
    else {
      out[field] = original[field];
      if (locale !== lang && original[field] !== undefined) untranslated.add(field);
    }
  }
  return { ...out, locale, lang, untranslated };
}

export interface OrganisationView extends Organisation, Localised {
  id: string;
}

export interface RoleView extends Role {
  organisationView?: OrganisationView;
  /** The role as one line, e.g. "UNDP Administrator (2009–2017)". */
  label: string;
  /** The original's language where the title is shown untranslated, for its `lang` attribute. */
  lang?: Locale;
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
  /** The locale the view was built for. */
  locale: Locale;
  /** The language the words were said in: their `lang` attribute and JSON-LD inLanguage in every locale. */
  lang: Locale;
  /** The `lang` of the occasion where it is shown untranslated in another language, else undefined. */
  occasionLang?: Locale;
  /** The words in the language they were said in (`lang`), verbatim: never replaced by a translation. */
  text: string;
  /** An editor's unofficial translation into the reader's locale, with who made it. */
  translation?: { text: string; translator: string };
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

export interface StatisticView extends Statistic, Localised {
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

/** A photograph of a cohort, its alt text and caption in the reader's locale where translated. */
export interface PhotoView {
  src: ImageMetadata;
  alt: string;
  caption?: string;
  /** Who took or owns it: a name, never translated. */
  credit: string;
  hero: boolean;
  /** The original's language where the alt text or caption is shown untranslated, for their `lang` attributes. */
  altLang?: Locale;
  captionLang?: Locale;
}

export interface CohortView extends Omit<Cohort, 'venue' | 'organisers' | 'funders' | 'credits' | 'photos'>, Localised {
  id: string;
  /** The translation shown in this locale (its story and fields), when there is one. */
  translation?: { entry: CollectionEntry<'cohortTranslations'>; translator: string; translatedFrom: Locale };
  /** The entry whose story this locale renders: the translation's, else the original's. */
  storyEntry: CollectionEntry<'cohortTranslations'> | CollectionEntry<'cohorts'>;
  venue?: OrganisationView;
  organisers: OrganisationView[];
  funders: OrganisationView[];
  credits: CreditView[];
  highlights: Highlight[];
  /** Every photo, in the order the editor listed them, the hero included. */
  photos: PhotoView[];
  /** The photo that leads the page and its card, when one is marked hero. */
  hero?: PhotoView;
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
const SHOW_DRAFTS = import.meta.env.DEV;

const cached = new Map<Locale, Promise<SiteContent>>();

/** Every published entry, joined and sorted, in `locale` (English by default). Loaded once per build and locale. */
export function loadSite(locale: Locale = DEFAULT_LOCALE): Promise<SiteContent> {
  let site = cached.get(locale);
  if (!site) {
    cached.set(locale, (site = build(locale)));
    // A failure is not kept: in the dev server the next request tries again with the content as
    // it is by then, instead of repeating an error about a file that has since been fixed.
    site.catch(() => cached.delete(locale));
  }
  return site;
}

const COHORT_FIELDS = ['title', 'programme', 'summary', 'initiative', 'city', 'country', 'regions', 'highlights'] as const;

async function build(locale: Locale): Promise<SiteContent> {
  const [cohortEntries, quoteEntries, statisticEntries, speakerEntries, organisationEntries, translationEntries] = await Promise.all([
    getCollection('cohorts'),
    getCollection('quotes'),
    getCollection('statistics'),
    getCollection('speakers'),
    getCollection('organisations'),
    getCollection('cohortTranslations'),
  ]);
  const translationOf = new Map(translationEntries.map((e) => [e.id, e]));

  // The rules do not depend on the locale: checked once, by the default locale's load.
  if (import.meta.env.DEV && locale === DEFAULT_LOCALE) {
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
    organisationEntries.map((e) => [
      e.id,
      { ...e.data, id: e.id, ...localise(e.data, e.data.translations?.[locale], ['name', 'shortName'], locale, DEFAULT_LOCALE) },
    ]),
  );
  const org = (id: string) => organisationById.get(id)!;

  const cohorts: CohortView[] = cohortEntries
    .filter((e) => SHOW_DRAFTS || !e.data.draft)
    .map((e) => {
      const lang = e.data.lang ?? DEFAULT_LOCALE;
      const translationEntry = locale === lang ? undefined : translationOf.get(`${e.id}/${locale}`);
      const t = translationEntry?.data as CohortTranslation | undefined;
      // Highlights are translated by position; one missing from the translation stays in the original.
      const highlights = t?.highlights
        ? e.data.highlights.map((h, i) => (t.highlights?.[i] ? { ...h, ...t.highlights[i] } : h))
        : undefined;
      const localised = localise(e.data, t && { ...t, highlights } as Partial<Cohort>, COHORT_FIELDS, locale, lang);
      // Photos' alt texts and captions are translated by position, like highlights; credits are names.
      const photos: PhotoView[] = e.data.photos.map((photo, i) => {
        const translated = locale === lang ? undefined : t?.photos?.[i];
        const shown = localise(photo, translated, ['alt', 'caption'], locale, lang);
        return { ...photo, alt: shown.alt, caption: shown.caption, altLang: fieldLang(shown, 'alt'), captionLang: fieldLang(shown, 'caption') };
      });
      return {
      ...e.data,
      ...localised,
      id: e.id,
      translation: translationEntry && t ? { entry: translationEntry, translator: t.translator, translatedFrom: t.translatedFrom } : undefined,
      storyEntry: translationEntry ?? e,
      photos,
      hero: photos.find((photo) => photo.hero),
      venue: e.data.venue === undefined ? undefined : org(e.data.venue),
      organisers: e.data.organisers.map(org),
      funders: e.data.funders.map(org),
      credits: e.data.credits.map((c) => ({ ...c, publisher: org(c.publisher), citing: c.citing === undefined ? undefined : org(c.citing) })),
      quotes: [],
      statistics: [],
      speakers: [],
      entry: e,
    };
    })
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || a.id.localeCompare(b.id));
  const cohortById = new Map(cohorts.map((c) => [c.id, c]));

  const speakers: SpeakerView[] = speakerEntries
    .map((e) => ({
      id: e.id,
      name: e.data.name,
      honorific: e.data.honorific,
      displayName: displayName(e.data),
      roles: e.data.roles.map((role, i) => {
        const organisationView = role.organisation === undefined ? undefined : org(role.organisation);
        const title = locale === DEFAULT_LOCALE ? undefined : e.data.translations?.[locale]?.roles?.[i]?.title;
        const shown = { ...role, title: title ?? role.title };
        return { ...shown, organisationView, label: formatRoleBesideName(shown, organisationView, e.data, locale), lang: title || locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE };
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
    const lang = e.data.lang ?? DEFAULT_LOCALE;
    const translated = e.data.translations?.[locale];
    // The occasion is our own description, in the cohort's language, not the speaker's.
    const localised = localise(e.data, translated, ['occasion'], locale, cohort.lang);
    quotes.push({
      id: e.id,
      locale,
      lang,
      text: e.data.text,
      highlight: e.data.highlight,
      occasion: localised.occasion,
      occasionLang: fieldLang(localised, 'occasion'),
      translation: lang !== locale && translated?.text && translated.translator ? { text: translated.text, translator: translated.translator } : undefined,
      featured: e.data.featured,
      formerIds: e.data.formerIds ?? [],
      speaker: speakerById.get(e.data.speaker)!,
      cohort,
      place: typeof e.data.place === 'string' ? org(e.data.place) : e.data.place,
    });
  }

  const statistics: StatisticView[] = [];
  for (const e of statisticEntries) {
    const cohort = cohortById.get(cohortIdFromPath(e.filePath ?? '')!);
    if (!cohort) continue;
    // The source's publisher and title, and the reference's label, are translated field by field:
    // the year, link and value always stay the original's.
    const t = e.data.translations?.[locale];
    const translated = t && {
      ...t,
      source: t.source && { ...e.data.source, ...t.source },
      reference: t.reference && e.data.reference && { ...e.data.reference, ...t.reference },
    };
    statistics.push({
      ...e.data,
      ...localise(e.data, translated as Partial<Statistic> | undefined, ['label', 'context', 'source', 'reference'], locale, cohort.lang),
      id: entryIdFromPath(e.filePath ?? e.id),
      cohort,
    });
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
export function distinctSources<C extends Pick<CreditView, 'title' | 'url'> & { publisher: { id: string }; citing?: { id: string } }>(
  cohorts: readonly { credits: readonly C[] }[],
): (C & { articles: number })[] {
  const byPair = new Map<string, { source: C & { articles: number }; articles: Set<string> }>();
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
const MORE_QUOTES = 3;

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
