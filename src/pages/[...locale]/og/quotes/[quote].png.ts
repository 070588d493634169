/** /og/quotes/<id>.png (and /ru/og/…, /kk/og/…): the social card of one quote, drawn at build time (cached in .cache/og/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type QuoteView } from '../../../../lib/content';
import { quoteCardSpec } from '../../../../lib/sharing/cards/meta';
import { pngResponse } from '../_png';
import { pathsPerLocale } from '../../../../i18n/routes';

export const getStaticPaths = (() =>
  pathsPerLocale(async (locale) => (await loadSite(locale)).quotes.map((quote) => ({ params: { quote: quote.id }, props: { quote } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ quote: QuoteView }> = ({ props }) => pngResponse(quoteCardSpec(props.quote));
