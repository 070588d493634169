// Wires each collection to its files under content/ and to its schema; nothing else.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CohortSchema } from './schemas/cohort';
import { OrganisationSchema } from './schemas/organisation';
import { QuoteSchema } from './schemas/quote';
import { createSpeakerSchema } from './schemas/speaker';
import { StatisticSchema } from './schemas/statistic';
import { CohortTranslationSchema } from './schemas/translations';
import { LOCALES } from './i18n/locales';
import { cohortIdFromPath, entryIdFromPath } from './lib/content-paths';

/** The content folder; RECAP_CONTENT_DIR points the build at another one (fixtures, benchmarks). */
const base = process.env.RECAP_CONTENT_DIR ?? './content';

export const collections = {
  cohorts: defineCollection({
    loader: glob({ base, pattern: 'cohorts/*/index.mdx', generateId: ({ entry }) => entryIdFromPath(entry) }),
    schema: CohortSchema,
  }),
  /** content/cohorts/<id>/index.<locale>.mdx: a cohort's story and fields in another language; id "<cohort>/<locale>". */
  cohortTranslations: defineCollection({
    loader: glob({
      base,
      pattern: `cohorts/*/index.{${LOCALES.join(',')}}.mdx`,
      generateId: ({ entry }) => `${cohortIdFromPath(entry)}/${entry.split('.').at(-2)}`,
    }),
    schema: CohortTranslationSchema,
  }),
  quotes: defineCollection({
    loader: glob({ base, pattern: 'cohorts/*/quotes/*.{yaml,yml}', generateId: ({ entry }) => entryIdFromPath(entry) }),
    schema: QuoteSchema,
  }),
  statistics: defineCollection({
    // Statistic ids are unique within their cohort only (see content-rules.ts), so the store key carries the cohort.
    loader: glob({ base, pattern: 'cohorts/*/statistics/*.{yaml,yml}', generateId: ({ entry }) => `${cohortIdFromPath(entry)}/${entryIdFromPath(entry)}` }),
    schema: StatisticSchema,
  }),
  speakers: defineCollection({
    loader: glob({ base, pattern: 'speakers/*.{yaml,yml}', generateId: ({ entry }) => entryIdFromPath(entry) }),
    schema: ({ image }) => createSpeakerSchema(image()),
  }),
  organisations: defineCollection({
    loader: glob({ base, pattern: 'organisations/*.{yaml,yml}', generateId: ({ entry }) => entryIdFromPath(entry) }),
    schema: OrganisationSchema,
  }),
};
