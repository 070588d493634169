/** /og/home.png (and /ru/og/home.png, /kk/og/home.png): the home page's social card (also used by listing pages), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/content';
import { homeCardSpec } from '../../../lib/sharing/cards/meta';
import { localeOf } from '../../../i18n';
import { localePaths } from '../../../i18n/routes';
import { pngResponse } from './_png';

export const getStaticPaths = localePaths satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => pngResponse(homeCardSpec(await loadSite(localeOf(context))));
