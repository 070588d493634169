/** /og/speakers/<id>.png (and /ru/og/…, /kk/og/…): the social card of a speaker, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type SpeakerView } from '../../../../lib/content';
import { speakerCardSpec } from '../../../../lib/sharing/cards/meta';
import { pngResponse } from '../_png';
import { localeOf } from '../../../../i18n';
import { pathsPerLocale } from '../../../../i18n/routes';

export const getStaticPaths = (() =>
  pathsPerLocale(async (locale) => (await loadSite(locale)).speakers.map((speaker) => ({ params: { speaker: speaker.id }, props: { speaker } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ speaker: SpeakerView }> = async (context) => pngResponse(speakerCardSpec(context.props.speaker, await loadSite(localeOf(context))));
