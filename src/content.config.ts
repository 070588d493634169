// Wires each collection of src/lib/content/layout.ts (its files, schema and ids) to Astro's
// glob() loader; nothing else. Image fields are read with Astro's image(), so pictures are
// optimised; `npm run check` has already checked the files themselves.
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, contentDirFromEnv, entryIdFromPath, type CollectionLayout } from './lib/content/layout';

/** The content folder; RECAP_CONTENT_DIR points the build at another one (fixtures, benchmarks). */
const base = contentDirFromEnv();

// The schema is passed as its own function (rather than taken from the layout inside) so each
// collection keeps its exact type: TypeScript cannot infer it through a generic layout.schema.
// Speakers (portraits) and cohorts (photos) have image fields.
function collection<S extends z.ZodType>(layout: CollectionLayout, schema: (context: SchemaContext) => S) {
  const id = layout.storeKey ?? entryIdFromPath;
  return defineCollection({ loader: glob({ base, pattern: layout.pattern, generateId: ({ entry }) => id(entry) }), schema });
}

const { cohorts, cohortTranslations, quotes, statistics, speakers, organisations } = COLLECTIONS;

export const collections = {
  cohorts: collection(cohorts, ({ image }) => cohorts.schema(image())),
  /** content/cohorts/<id>/index.<locale>.mdx: a cohort's story and fields in another language; id "<cohort>/<locale>". */
  cohortTranslations: collection(cohortTranslations, () => cohortTranslations.schema()),
  quotes: collection(quotes, () => quotes.schema()),
  statistics: collection(statistics, () => statistics.schema()),
  speakers: collection(speakers, ({ image }) => speakers.schema(image())),
  organisations: collection(organisations, () => organisations.schema()),
};
