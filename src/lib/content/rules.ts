/**
 * Rules that span entries, which a per-file schema cannot see: references resolve, ids are
 * unique, quotes and statistics sit in a cohort folder that exists. Pure: give it every
 * entry with its file path and it returns every problem, so the build and `npm run check`
 * report the same things with the same words.
 */
import { COLLECTION_NAMES, COLLECTIONS, cohortIdFromPath } from './layout';
import type { ContentProblem } from './problems';
import { closest } from './schema-issues';


/** One entry as loaded from a file, before any joining. */
export interface RawEntry<T> {
  id: string;
  /** Path relative to the project root, e.g. "content/speakers/helen-clark.yaml". */
  filePath: string;
  data: T;
}

/** The fields the cross-entry rules look at; the schemas guarantee their types. */
export interface RawContent {
  cohorts: RawEntry<{ venue?: string; organisers: string[]; funders: string[]; credits: { publisher: string; citing?: string }[] }>[];
  quotes: RawEntry<{ speaker: string; place?: string | false }>[];
  statistics: RawEntry<unknown>[];
  speakers: RawEntry<{ roles: { organisation?: string }[] }>[];
  organisations: RawEntry<{ kind: string }>[];
}


/** Every cross-entry problem in `content`; an empty list when all is well. */
export function findContentProblems(content: RawContent): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const key of COLLECTION_NAMES) {
    const seen = new Map<string, string>();
    for (const entry of content[key] as RawEntry<unknown>[]) {
      // Statistics have no URL of their own and stories name them within their cohort, so a copied
      // cohort folder may keep its statistics' file names; every other id is site-wide.
      const scopedId = key === 'statistics' ? `${cohortIdFromPath(entry.filePath) ?? ''}/${entry.id}` : entry.id;
      const first = seen.get(scopedId);
      if (first !== undefined && first !== entry.filePath) {
        problems.push({
          file: entry.filePath,
          field: 'id (file name)',
          expected: `an id not used by another entry in ${key === 'statistics' ? 'the same statistics/ folder' : COLLECTIONS[key].folder}`,
          found: `"${entry.id}", already used by ${first}`,
        });
      } else {
        seen.set(scopedId, entry.filePath);
      }
    }
  }

  const ids = (entries: RawEntry<unknown>[]) => new Set(entries.map((e) => e.id));
  const cohortIds = ids(content.cohorts);
  const speakerIds = ids(content.speakers);
  const organisationIds = ids(content.organisations);

  const checkRef = (file: string, field: string, value: string | undefined, known: Set<string>, what: string) => {
    if (value !== undefined && !known.has(value)) {
      const guess = closest(value, [...known]);
      const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
      problems.push({ file, field, expected: `the id of ${what}${hint}`, found: `"${value}", which does not exist` });
    }
  };
  const org = 'an organisation in content/organisations/';
  const kindOf = new Map(content.organisations.map((o) => [o.id, o.data.kind]));

  for (const cohort of content.cohorts) {
    const { filePath: file, data } = cohort;
    checkRef(file, 'venue', data.venue, organisationIds, org);
    // The page shows the venue as the place the cohort met: a partner or funder is no place.
    const venueKind = data.venue === undefined ? undefined : kindOf.get(data.venue);
    if (venueKind !== undefined && venueKind !== 'venue') {
      problems.push({
        file,
        field: 'venue',
        expected: 'the id of an organisation of kind venue (the place the cohort met)',
        found: `"${data.venue}", an organisation of kind ${venueKind}`,
      });
    }
    data.organisers.forEach((id, i) => checkRef(file, `organisers[${i}]`, id, organisationIds, org));
    data.funders.forEach((id, i) => checkRef(file, `funders[${i}]`, id, organisationIds, org));
    data.credits.forEach((credit, i) => {
      checkRef(file, `credits[${i}].publisher`, credit.publisher, organisationIds, org);
      checkRef(file, `credits[${i}].citing`, credit.citing, organisationIds, org);
    });
  }

  for (const speaker of content.speakers) {
    speaker.data.roles.forEach((role, i) =>
      checkRef(speaker.filePath, `roles[${i}].organisation`, role.organisation, organisationIds, org),
    );
  }

  for (const quote of content.quotes) {
    checkRef(quote.filePath, 'speaker', quote.data.speaker, speakerIds, 'a speaker in content/speakers/');
    if (typeof quote.data.place === 'string') checkRef(quote.filePath, 'place', quote.data.place, organisationIds, org);
  }

  for (const entry of [...content.quotes, ...content.statistics] as RawEntry<unknown>[]) {
    const cohort = cohortIdFromPath(entry.filePath);
    if (cohort === undefined || !cohortIds.has(cohort)) {
      problems.push({
        file: entry.filePath,
        field: 'cohort (folder)',
        expected: 'a file inside the folder of a cohort that has an index.mdx, e.g. content/cohorts/2024-astana/',
        found: cohort === undefined ? 'a file outside content/cohorts/<cohort>/' : `folder "${cohort}" with no index.mdx`,
      });
    }
  }

  return problems;
}
