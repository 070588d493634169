// Wires each collection of src/lib/content/layout.ts (its files, schema and ids) to Astro's
// glob() loader; nothing else.
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, contentDirFromEnv, entryIdFromPath } from './lib/content/layout';

/** The content folder; RECAP_CONTENT_DIR points the build at another one (fixtures, benchmarks). */
const base = contentDirFromEnv();

type Image = ReturnType<SchemaContext['image']>;

function collection<S extends z.ZodType>(layout: { pattern: string; storeKey?: (path: string) => string; schema: (image: Image) => S }) {
  const id = layout.storeKey ?? entryIdFromPath;
  return defineCollection({
    loader: glob({ base, pattern: layout.pattern, generateId: ({ entry }) => id(entry) }),
    schema: ({ image }) => layout.schema(image()),
  });
}

export const collections = {
  cohorts: collection(COLLECTIONS.cohorts),
  quotes: collection(COLLECTIONS.quotes),
  statistics: collection(COLLECTIONS.statistics),
  speakers: collection(COLLECTIONS.speakers),
  organisations: collection(COLLECTIONS.organisations),
};
