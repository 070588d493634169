/**
 * What goes on each social card, decided from content and nothing else: pure functions from
 * the query module's views to a CardSpec, which the template draws and whose hash keys the
 * cache. Everything a card shows is in its spec, so a change to any of it makes a new card.
 */
import type { CohortView, QuoteView, SpeakerView } from '../../content';
import { formatDateRange, formatNumber, initials, truncateAtWord } from '../../site/format';
import { count, DEFAULT_LOCALE, t, type Locale, type PluralForms } from '../../../i18n/index';

/** Card size in pixels: the 1.91:1 shape Telegram, WhatsApp, LinkedIn and X all show large. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Footer identity on every card: the programme and the site's tagline. */
export interface CardIdentity {
  programme: string;
  tagline: string;
}

/**
 * The cohort's hero photo behind a card's text: the picture file (absolute path, as Astro's
 * image() records it) and its alt text. The card's cache key also hashes the file's bytes
 * (render.ts), so a replaced photo makes a new card.
 */
export interface CardPhoto {
  file: string;
  alt: string;
}

export interface QuoteCardSpec {
  kind: 'quote';
  /** The card's language (its labels, dates); the quote itself stays in `quoteLang`. */
  locale: Locale;
  /** The language the quote was said in. */
  quoteLang: Locale;
  /** Who the card is for, used in error messages, e.g. "quote wawiernia-opening-ceremony". */
  subject: string;
  identity: CardIdentity;
  /** The whole quote; the template sizes it to fit, cutting it at a word boundary if it must. */
  quote: string;
  speaker: string;
  role?: string;
  occasion: string;
  /** "Astana · 11–12 December 2024" */
  cohort: string;
  /** The cohort's hero photo, when it has one. */
  photo?: CardPhoto;
}

export interface PageCardSpec {
  kind: 'page';
  locale: Locale;
  subject: string;
  identity: CardIdentity;
  /** Small line above the title, e.g. "Speaker" or "Astana · 11–12 December 2024". */
  eyebrow: string;
  title: string;
  /** Up to three short lines under the title (roles, summary). */
  lines: string[];
  /** Big figures along the bottom, e.g. 12 participants. */
  figures: { value: string; label: string }[];
  /** Initials in a gold disc, for speakers. */
  monogram?: string;
  /** The cohort's hero photo, when it has one (cohort cards). */
  photo?: CardPhoto;
}

export type CardSpec = QuoteCardSpec | PageCardSpec;

/** The tagline printed next to the programme name, as in the site header. */
export const TAGLINE = t(DEFAULT_LOCALE).site.tagline;

export function identityOf(programme: string, locale: Locale = DEFAULT_LOCALE): CardIdentity {
  return { programme, tagline: t(locale).site.tagline };
}

/** "Astana · 11–12 December 2024", "Астана · 11–12 декабря 2024 г." */
export function cohortLine(cohort: Pick<CohortView, 'city' | 'startDate' | 'endDate'>, locale: Locale = DEFAULT_LOCALE): string {
  return `${cohort.city} · ${formatDateRange(cohort.startDate, cohort.endDate, locale)}`;
}

/** A figure with its counted label: { value: "12", label: "participants" }. */
function figure(locale: Locale, value: number, forms: PluralForms) {
  return { value: formatNumber(value, locale), label: count(locale, forms, value) };
}

/** What a card needs of a cohort's hero photo: its alt text and, from Astro's image(), where the file is. */
type HeroInput = { hero?: { alt: string; src: object } };

/**
 * The hero as a card draws it. Astro's image() gives a content image's file as `fsPath` (how its
 * own image pipeline finds the file); without one (a hand-made view) the card has no photo.
 */
export function cardPhoto(cohort: HeroInput): CardPhoto | undefined {
  const file = (cohort.hero?.src as { fsPath?: unknown } | undefined)?.fsPath;
  return cohort.hero && typeof file === 'string' ? { file, alt: cohort.hero.alt } : undefined;
}

type QuoteInput = Pick<QuoteView, 'id' | 'text' | 'occasion'> & Partial<Pick<QuoteView, 'highlight'>> & { lang?: Locale } & {
  speaker: Pick<SpeakerView, 'displayName'> & { roles: { label: string }[] };
  cohort: Pick<CohortView, 'programme' | 'city' | 'startDate' | 'endDate'> & HeroInput;
};

export function quoteCard(quote: QuoteInput, locale: Locale = DEFAULT_LOCALE): QuoteCardSpec {
  return {
    kind: 'quote',
    locale,
    quoteLang: quote.lang ?? DEFAULT_LOCALE,
    subject: `quote "${quote.id}"${locale === DEFAULT_LOCALE ? '' : ` (${locale})`}`,
    identity: identityOf(quote.cohort.programme, locale),
    // The editor's highlight when there is one: the card shows the point, not the quote's opening.
    quote: (quote.highlight ?? quote.text).replace(/\s+/g, ' ').trim(),
    speaker: quote.speaker.displayName,
    role: quote.speaker.roles[0] ? truncateAtWord(quote.speaker.roles[0].label, 90) : undefined,
    occasion: truncateAtWord(quote.occasion, 90),
    cohort: cohortLine(quote.cohort, locale),
    photo: cardPhoto(quote.cohort),
  };
}

type CohortInput = Pick<CohortView, 'id' | 'title' | 'programme' | 'city' | 'startDate' | 'endDate' | 'participants' | 'regions' | 'summary'> & HeroInput & {
  quotes: unknown[];
  speakers: unknown[];
};

export function cohortCard(cohort: CohortInput, locale: Locale = DEFAULT_LOCALE): PageCardSpec {
  const days = Math.round((cohort.endDate.getTime() - cohort.startDate.getTime()) / 86_400_000) + 1;
  const { card } = t(locale);
  return {
    kind: 'page',
    locale,
    subject: `cohort "${cohort.id}"${locale === DEFAULT_LOCALE ? '' : ` (${locale})`}`,
    identity: identityOf(cohort.programme, locale),
    eyebrow: cohortLine(cohort, locale),
    title: truncateAtWord(cohort.title, 90),
    lines: [truncateAtWord(cohort.summary, 150)],
    figures: [
      figure(locale, cohort.participants, card.participants),
      figure(locale, cohort.regions.length, card.regions),
      figure(locale, days, card.days),
      ...(cohort.speakers.length > 0 ? [figure(locale, cohort.speakers.length, card.speakers)] : []),
    ],
    photo: cardPhoto(cohort),
  };
}

type SpeakerInput = Pick<SpeakerView, 'id' | 'name' | 'displayName'> & {
  roles: { label: string }[];
  quotes: unknown[];
  cohorts: Pick<CohortView, 'programme' | 'city' | 'startDate' | 'endDate'>[];
};

export function speakerCard(speaker: SpeakerInput, programme: string, locale: Locale = DEFAULT_LOCALE): PageCardSpec {
  const quotes = speaker.quotes.length;
  const { card } = t(locale);
  return {
    kind: 'page',
    locale,
    subject: `speaker "${speaker.id}"${locale === DEFAULT_LOCALE ? '' : ` (${locale})`}`,
    identity: identityOf(programme, locale),
    eyebrow: card.speaker,
    title: speaker.displayName,
    lines: speaker.roles.slice(0, 3).map((r) => truncateAtWord(r.label, 70)),
    figures: [
      figure(locale, quotes, card.quotes),
      ...speaker.cohorts.slice(0, 2).map((c) => ({ value: String(c.startDate.getUTCFullYear()), label: c.city })),
    ],
    monogram: initials(speaker.name),
  };
}

interface HomeInput {
  programme: string;
  summary?: string;
  totals: { cohorts: number; participants: number; regions: number; speakers: number };
  latest?: Pick<CohortView, 'city' | 'startDate' | 'endDate'>;
}

export function homeCard(home: HomeInput, locale: Locale = DEFAULT_LOCALE): PageCardSpec {
  const { totals } = home;
  const { card, site } = t(locale);
  return {
    kind: 'page',
    locale,
    subject: `home page${locale === DEFAULT_LOCALE ? '' : ` (${locale})`}`,
    identity: identityOf(home.programme, locale),
    eyebrow: home.latest ? card.latestCohort(cohortLine(home.latest, locale)) : site.tagline,
    title: home.programme,
    lines: home.summary ? [truncateAtWord(home.summary, 150)] : [],
    figures: [
      figure(locale, totals.cohorts, card.cohorts),
      figure(locale, totals.participants, card.participants),
      figure(locale, totals.regions, card.regions),
      figure(locale, totals.speakers, card.speakers),
    ],
  };
}

/** Every piece of text a card prints, for the glyph coverage check. */
export function cardText(spec: CardSpec): string {
  const parts =
    spec.kind === 'quote'
      ? [spec.quote, spec.speaker, spec.role ?? '', spec.occasion, spec.cohort]
      : [spec.eyebrow, spec.title, ...spec.lines, ...spec.figures.flatMap((f) => [f.value, f.label]), spec.monogram ?? ''];
  return [...parts, spec.identity.programme, spec.identity.tagline, '“', '«', '»'].join(' ');
}

/** Text as a sentence: a full stop added unless it ends in one already ("11–12 декабря 2024 г."). */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** The card's alt text: what a screen reader says about the image, e.g. in a link preview. */
export function cardAlt(spec: CardSpec): string {
  const { card } = t(spec.locale);
  if (spec.kind === 'quote') {
    return card.quoteAlt(truncateAtWord(spec.quote, 120), `${spec.speaker}${spec.role ? `, ${spec.role}` : ''}`, spec.occasion, spec.cohort);
  }
  return card.pageAlt(sentence(spec.title), sentence(spec.eyebrow), spec.figures.map((f) => `${f.value} ${f.label}`).join(', '));
}
