/**
 * What pages need from the card module: each page's card as BaseLayout's `image` prop (the
 * path of its PNG, its size and alt text), and the card paths the /og/ endpoints serve.
 * The same spec builders feed the endpoint and the alt text, so the two always agree.
 * Cards are per locale: /ru/og/quotes/<id>.png carries Russian labels and dates.
 */
import type { CohortView, QuoteView, SiteContent, SpeakerView } from '../../content';
import { programmeTotals } from '../../content';
import { localePath, type Locale } from '../../../i18n/index';
import { cardPaths } from './paths';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cohortCard, homeCard, quoteCard, speakerCard, TAGLINE, type CardSpec } from './cards';

export { cardPaths };

/** BaseLayout's `image` prop: a base-relative path, the pixel size and the alt text. */
export interface CardImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

function image(src: string, spec: CardSpec): CardImage {
  return { src: localePath(spec.locale, src), width: CARD_WIDTH, height: CARD_HEIGHT, alt: cardAlt(spec) };
}

/** The programme a card names: the newest cohort's, like the site header. */
function siteProgramme(site: Pick<SiteContent, 'cohorts'>): string {
  return site.cohorts[0]?.programme ?? TAGLINE;
}

/** The locale a site's views were built for (English for an empty site). */
const localeOfSite = (site: Pick<SiteContent, 'cohorts'>): Locale => site.cohorts[0]?.locale ?? 'en';

export const quoteCardSpec = (quote: QuoteView) => quoteCard(quote, quote.locale);
export const cohortCardSpec = (cohort: CohortView) => cohortCard(cohort, cohort.locale);
export const speakerCardSpec = (speaker: SpeakerView, site: Pick<SiteContent, 'cohorts'>) =>
  speakerCard(speaker, speaker.cohorts[0]?.programme ?? siteProgramme(site), localeOfSite(site));
export const homeCardSpec = (site: SiteContent) =>
  homeCard({ programme: siteProgramme(site), summary: site.cohorts[0]?.summary, totals: programmeTotals(site), latest: site.cohorts[0] }, localeOfSite(site));

export const quoteCardImage = (quote: QuoteView) => image(cardPaths.quote(quote.id), quoteCardSpec(quote));
export const cohortCardImage = (cohort: CohortView) => image(cardPaths.cohort(cohort.id), cohortCardSpec(cohort));
export const speakerCardImage = (speaker: SpeakerView, site: SiteContent) => image(cardPaths.speaker(speaker.id), speakerCardSpec(speaker, site));
export const homeCardImage = (site: SiteContent) => image(cardPaths.home(), homeCardSpec(site));
