// Route-only helper for the card endpoints: a cached card as an image/png response.
import type { CardSpec } from '../../../lib/sharing/cards/cards';
import { cardPng } from '../../../lib/sharing/cards/render';

export async function pngResponse(spec: CardSpec): Promise<Response> {
  const png = await cardPng(spec);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
