/** /og/cohorts/<id>.png: the social card of a cohort's recap, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type CohortView } from '../../../lib/content';
import { cohortCardSpec } from '../../../lib/sharing/cards/meta';
import { pngResponse } from '../_png';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.cohorts.map((cohort) => ({ params: { cohort: cohort.id }, props: { cohort } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cohort: CohortView }> = ({ props }) => pngResponse(cohortCardSpec(props.cohort));
