/** /og/cohorts/<id>.png (and /ru/og/…, /kk/og/…): the social card of a cohort's recap, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type CohortView } from '../../../../lib/content';
import { cohortCardSpec } from '../../../../lib/sharing/cards/meta';
import { pngResponse } from '../_png';
import { pathsPerLocale } from '../../../../i18n/routes';

export const getStaticPaths = (() =>
  pathsPerLocale(async (locale) => (await loadSite(locale)).cohorts.map((cohort) => ({ params: { cohort: cohort.id }, props: { cohort } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ cohort: CohortView }> = ({ props }) => pngResponse(cohortCardSpec(props.cohort));
