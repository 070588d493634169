/**
 * Rules that span entries, which a per-file schema cannot see: references resolve, ids are
 * unique, quotes and statistics sit in a cohort folder that exists. Pure: give it every
 * entry with its file path and it returns every problem, so the build and `npm run check`
 * report the same things with the same words.
 */
import { cohortIdFromPath } from './content-paths';
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

/** A problem an editor can act on: which file, which field, what was expected, what was found. */
export interface ContentProblem {
  file: string;
  /** 1-based line in the file, where known; printed as "file:line" so editors can jump to it. */
  line?: number;
  field: string;
  expected: string;
  found?: string;
}

/** "content/x.yaml: speaker: expected ..., found ..." — the one way problems are printed. */
export function formatProblem(problem: ContentProblem): string {
  const found = problem.found === undefined ? '' : `, found ${problem.found}`;
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field}: expected ${problem.expected}${found}`;
}

/** All problems as one message, each on its own line, ready to throw or print. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`Content has ${problems.length} ${noun}:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

const COLLECTION_FOLDERS: Record<keyof RawContent, string> = {
  cohorts: 'content/cohorts/<id>/index.mdx',
  quotes: 'content/cohorts/<cohort>/quotes/',
  statistics: 'content/cohorts/<cohort>/statistics/',
  speakers: 'content/speakers/',
  organisations: 'content/organisations/',
};

/** Every cross-entry problem in `content`; an empty list when all is well. */
export function findContentProblems(content: RawContent): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const key of Object.keys(COLLECTION_FOLDERS) as (keyof RawContent)[]) {
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
          expected: `an id not used by another entry in ${key === 'statistics' ? 'the same statistics/ folder' : COLLECTION_FOLDERS[key]}`,
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

  for (const cohort of content.cohorts) {
    const { filePath: file, data } = cohort;
    checkRef(file, 'venue', data.venue, organisationIds, org);
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
