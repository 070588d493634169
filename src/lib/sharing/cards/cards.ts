/**
 * What goes on each social card, decided from content and nothing else: pure functions from
 * the query module's views to a CardSpec, which the template draws and whose hash keys the
 * cache. Everything a card shows is in its spec, so a change to any of it makes a new card.
 */
import type { CohortView, QuoteView, SpeakerView } from '../../content';
import { formatDateRange, formatNumber, initials, truncateAtWord } from '../../site/format';

/** Card size in pixels: the 1.91:1 shape Telegram, WhatsApp, LinkedIn and X all show large. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Footer identity on every card: the programme and the site's tagline. */
export interface CardIdentity {
  programme: string;
  tagline: string;
}

export interface QuoteCardSpec {
  kind: 'quote';
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
}

export interface PageCardSpec {
  kind: 'page';
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
}

export type CardSpec = QuoteCardSpec | PageCardSpec;

/** The tagline printed next to the programme name, as in the site header. */
export const TAGLINE = 'Programme recap';

export function identityOf(programme: string): CardIdentity {
  return { programme, tagline: TAGLINE };
}

/** "Astana · 11–12 December 2024" */
export function cohortLine(cohort: Pick<CohortView, 'city' | 'startDate' | 'endDate'>): string {
  return `${cohort.city} · ${formatDateRange(cohort.startDate, cohort.endDate)}`;
}

type QuoteInput = Pick<QuoteView, 'id' | 'text' | 'occasion'> & Partial<Pick<QuoteView, 'highlight'>> & {
  speaker: Pick<SpeakerView, 'displayName'> & { roles: { label: string }[] };
  cohort: Pick<CohortView, 'programme' | 'city' | 'startDate' | 'endDate'>;
};

export function quoteCard(quote: QuoteInput): QuoteCardSpec {
  return {
    kind: 'quote',
    subject: `quote "${quote.id}"`,
    identity: identityOf(quote.cohort.programme),
    // The editor's highlight when there is one: the card shows the point, not the quote's opening.
    quote: (quote.highlight ?? quote.text).replace(/\s+/g, ' ').trim(),
    speaker: quote.speaker.displayName,
    role: quote.speaker.roles[0] ? truncateAtWord(quote.speaker.roles[0].label, 90) : undefined,
    occasion: truncateAtWord(quote.occasion, 90),
    cohort: cohortLine(quote.cohort),
  };
}

type CohortInput = Pick<CohortView, 'id' | 'title' | 'programme' | 'city' | 'startDate' | 'endDate' | 'participants' | 'regions' | 'summary'> & {
  quotes: unknown[];
  speakers: unknown[];
};

export function cohortCard(cohort: CohortInput): PageCardSpec {
  const days = Math.round((cohort.endDate.getTime() - cohort.startDate.getTime()) / 86_400_000) + 1;
  return {
    kind: 'page',
    subject: `cohort "${cohort.id}"`,
    identity: identityOf(cohort.programme),
    eyebrow: cohortLine(cohort),
    title: truncateAtWord(cohort.title, 90),
    lines: [truncateAtWord(cohort.summary, 150)],
    figures: [
      { value: formatNumber(cohort.participants), label: cohort.participants === 1 ? 'participant' : 'participants' },
      { value: formatNumber(cohort.regions.length), label: cohort.regions.length === 1 ? 'region' : 'regions' },
      { value: formatNumber(days), label: days === 1 ? 'day' : 'days' },
      ...(cohort.speakers.length > 0 ? [{ value: formatNumber(cohort.speakers.length), label: cohort.speakers.length === 1 ? 'speaker' : 'speakers' }] : []),
    ],
  };
}

type SpeakerInput = Pick<SpeakerView, 'id' | 'name' | 'displayName'> & {
  roles: { label: string }[];
  quotes: unknown[];
  cohorts: Pick<CohortView, 'programme' | 'city' | 'startDate' | 'endDate'>[];
};

export function speakerCard(speaker: SpeakerInput, programme: string): PageCardSpec {
  const quotes = speaker.quotes.length;
  return {
    kind: 'page',
    subject: `speaker "${speaker.id}"`,
    identity: identityOf(programme),
    eyebrow: 'Speaker',
    title: speaker.displayName,
    lines: speaker.roles.slice(0, 3).map((r) => truncateAtWord(r.label, 70)),
    figures: [
      { value: formatNumber(quotes), label: quotes === 1 ? 'quote' : 'quotes' },
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

export function homeCard(home: HomeInput): PageCardSpec {
  const { totals } = home;
  const figure = (value: number, one: string, many: string) => ({ value: formatNumber(value), label: value === 1 ? one : many });
  return {
    kind: 'page',
    subject: 'home page',
    identity: identityOf(home.programme),
    eyebrow: home.latest ? `Latest cohort: ${cohortLine(home.latest)}` : TAGLINE,
    title: home.programme,
    lines: home.summary ? [truncateAtWord(home.summary, 150)] : [],
    figures: [
      figure(totals.cohorts, 'cohort', 'cohorts'),
      figure(totals.participants, 'participant', 'participants'),
      figure(totals.regions, 'region', 'regions'),
      figure(totals.speakers, 'speaker', 'speakers'),
    ],
  };
}

/** Every piece of text a card prints, for the glyph coverage check. */
export function cardText(spec: CardSpec): string {
  const parts =
    spec.kind === 'quote'
      ? [spec.quote, spec.speaker, spec.role ?? '', spec.occasion, spec.cohort]
      : [spec.eyebrow, spec.title, ...spec.lines, ...spec.figures.flatMap((f) => [f.value, f.label]), spec.monogram ?? ''];
  return [...parts, spec.identity.programme, spec.identity.tagline, '“'].join(' ');
}

/** The card's alt text: what a screen reader says about the image, e.g. in a link preview. */
export function cardAlt(spec: CardSpec): string {
  if (spec.kind === 'quote') {
    return `Quote card: “${truncateAtWord(spec.quote, 120)}” — ${spec.speaker}${spec.role ? `, ${spec.role}` : ''}; ${spec.occasion}, ${spec.cohort}.`;
  }
  return `Card: ${spec.title}. ${spec.eyebrow}. ${spec.figures.map((f) => `${f.value} ${f.label}`).join(', ')}.`;
}
