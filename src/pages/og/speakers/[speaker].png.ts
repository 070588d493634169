/** /og/speakers/<id>.png: the social card of a speaker, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type SpeakerView } from '../../../lib/content';
import { speakerCardSpec } from '../../../lib/sharing/cards/meta';
import { pngResponse } from '../_png';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.speakers.map((speaker) => ({ params: { speaker: speaker.id }, props: { speaker } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ speaker: SpeakerView }> = async ({ props }) => pngResponse(speakerCardSpec(props.speaker, await loadSite()));
