/**
 * The one statement of the content layout: for each collection, where its files live under
 * content/ (a glob pattern), the schema its files must match, and how an entry's id comes from
 * its file name. Everything else reads this module, so nothing can disagree about which files
 * exist or what they hold:
 *   - src/content.config.ts gives Astro's glob() loader these patterns and schemas;
 *   - `npm run check` (check.ts) lists files with the same patterns and the same glob library;
 *   - the cross-entry rules (rules.ts) name the folders from here;
 *   - the editors' JSON schemas and field reference (editor-schemas.ts) come from these schemas.
 *
 * Ids come from file and folder names, never from text, so a URL survives edits to what an
 * entry says. Pure: no file system, no `astro:*` imports.
 */
import type { z } from 'astro/zod';
import { createCohortSchema } from '../../schemas/cohort';
import { ImagePathSchema } from '../../schemas/common';
import { OrganisationSchema } from '../../schemas/organisation';
import { QuoteSchema } from '../../schemas/quote';
import { createSpeakerSchema } from '../../schemas/speaker';
import { StatisticSchema } from '../../schemas/statistic';
import { CohortTranslationSchema } from '../../schemas/translations';
import { LOCALES } from '../../i18n/locales';

/** The content folder, relative to the project root. */
export const CONTENT_DIR = 'content';

/** The content folder in use: RECAP_CONTENT_DIR (fixtures, benchmarks), else "content". */
export function contentDirFromEnv(): string {
  return process.env.RECAP_CONTENT_DIR || CONTENT_DIR;
}

/**
 * The id of the entry stored at `path` (relative to content/):
 * `cohorts/2024-astana/index.mdx` -> "2024-astana", `speakers/helen-clark.yaml` -> "helen-clark".
 * A translated story, `cohorts/2024-astana/index.ru.mdx`, belongs to its cohort: "2024-astana".
 */
export function entryIdFromPath(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  const file = parts.at(-1) ?? '';
  const stem = file.replace(/\.(mdx|md|ya?ml|json)$/i, '');
  return /^index(\.[a-z]{2})?$/.test(stem) && parts.length > 1 ? parts.at(-2)! : stem;
}

/** The locale of a translated story: `cohorts/2024-astana/index.ru.mdx` -> "ru"; undefined for anything else. */
export function translationLocaleFromPath(path: string): string | undefined {
  return /(?:^|\/)index\.([a-z]{2})\.mdx$/.exec(path.replace(/\\/g, '/'))?.[1];
}

/**
 * The cohort a quote or statistic belongs to, from its folder:
 * `content/cohorts/2024-astana/quotes/x.yaml` -> "2024-astana". Undefined outside a cohort folder.
 */
export function cohortIdFromPath(path: string): string | undefined {
  const match = /(?:^|\/)cohorts\/([^/]+)\//.exec(path.replace(/\\/g, '/'));
  return match?.[1];
}

/** One collection: its files, its schema and its ids. */
export interface CollectionLayout {
  /** Glob pattern of its files, relative to the content folder (Astro's glob() syntax). */
  pattern: string;
  /** Where its files go, as messages name it, e.g. "content/speakers/". */
  folder: string;
  /**
   * Its schema, given the schema of an image path: Astro's `image()` in the build (so images
   * are optimised), a file check in `npm run check`, plain text for editors' JSON schemas.
   */
  schema: (image: z.ZodType) => z.ZodType;
  /** Whether its files are Markdown/MDX with front matter (cohorts) rather than YAML. */
  story: boolean;
  /** The key Astro stores an entry under, when it differs from its id. */
  storeKey?: (path: string) => string;
  /** What editors see: the JSON schema's file name, the guide's heading and where the files go. */
  editor: { name: string; title: string; location: string };
}

/** Every collection, in the order the guide and `npm run check` list them. */
export const COLLECTIONS = {
  cohorts: {
    pattern: 'cohorts/*/index.mdx',
    folder: 'content/cohorts/<id>/index.mdx',
    schema: <T extends z.ZodType>(image: T) => createCohortSchema(image),
    story: true,
    editor: { name: 'cohort', title: 'Cohort', location: 'content/cohorts/<cohort-id>/index.mdx, between the two --- lines at the top' },
  },
  /**
   * A cohort's story and front matter in another language, beside the original: the same
   * story checks (story.ts) as index.mdx; front matter holds only translated fields. Stored
   * under "<cohort>/<locale>".
   */
  cohortTranslations: {
    pattern: `cohorts/*/index.{${LOCALES.join(',')}}.mdx`,
    folder: 'content/cohorts/<id>/index.<language>.mdx',
    schema: () => CohortTranslationSchema,
    story: true,
    storeKey: (path) => `${cohortIdFromPath(path)}/${translationLocaleFromPath(path)}`,
    editor: {
      name: 'cohort-translation',
      title: 'Cohort translation',
      location: 'content/cohorts/<cohort-id>/index.ru.mdx or index.kk.mdx, between the two --- lines at the top',
    },
  },
  quotes: {
    pattern: 'cohorts/*/quotes/*.{yaml,yml}',
    folder: 'content/cohorts/<cohort>/quotes/',
    schema: () => QuoteSchema,
    story: false,
    editor: { name: 'quote', title: 'Quote', location: 'content/cohorts/<cohort-id>/quotes/<quote-id>.yaml' },
  },
  statistics: {
    pattern: 'cohorts/*/statistics/*.{yaml,yml}',
    folder: 'content/cohorts/<cohort>/statistics/',
    schema: () => StatisticSchema,
    story: false,
    // Statistic ids are unique within their cohort only (see rules.ts), so the store key carries the cohort.
    storeKey: (path) => `${cohortIdFromPath(path)}/${entryIdFromPath(path)}`,
    editor: { name: 'statistic', title: 'Statistic', location: 'content/cohorts/<cohort-id>/statistics/<statistic-id>.yaml' },
  },
  speakers: {
    pattern: 'speakers/*.{yaml,yml}',
    folder: 'content/speakers/',
    schema: <T extends z.ZodType>(image: T) => createSpeakerSchema(image),
    story: false,
    editor: { name: 'speaker', title: 'Speaker', location: 'content/speakers/<speaker-id>.yaml' },
  },
  organisations: {
    pattern: 'organisations/*.{yaml,yml}',
    folder: 'content/organisations/',
    schema: () => OrganisationSchema,
    story: false,
    editor: { name: 'organisation', title: 'Organisation', location: 'content/organisations/<organisation-id>.yaml' },
  },
} as const satisfies Record<string, CollectionLayout>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The schema editors' tools describe: image paths as plain text. */
export function editorSchema(name: CollectionName): z.ZodType {
  return (COLLECTIONS[name] as CollectionLayout).schema(ImagePathSchema);
}

/** `cohorts/*\/quotes/*.{yaml,yml}` -> the same with each brace option spelt out, for tools without braces (VS Code's yaml.schemas). */
export function expandPattern(pattern: string): string[] {
  const match = /\{([^{}]*)\}/.exec(pattern);
  if (!match) return [pattern];
  return match[1]!.split(',').flatMap((option) => expandPattern(pattern.slice(0, match.index) + option + pattern.slice(match.index + match[0].length)));
}
