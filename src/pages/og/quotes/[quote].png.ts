/** /og/quotes/<id>.png: the social card of one quote, drawn at build time (cached in .cache/og/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type QuoteView } from '../../../lib/content';
import { quoteCardSpec } from '../../../lib/sharing/cards/meta';
import { pngResponse } from '../_png';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.quotes.map((quote) => ({ params: { quote: quote.id }, props: { quote } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quote: QuoteView }> = ({ props }) => pngResponse(quoteCardSpec(props.quote));
