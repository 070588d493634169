/** /og/home.png: the social card of the home page (also used by listing pages), drawn at build time. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { homeCardSpec } from '../../lib/sharing/cards/meta';
import { pngResponse } from './_png';

export const GET: APIRoute = async () => pngResponse(homeCardSpec(await loadSite()));
