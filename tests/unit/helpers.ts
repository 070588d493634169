/** Shared test helpers: schema results as the lines an editor would read. */
import type { z } from 'astro/zod';
import { formatProblem } from '../../src/lib/content-rules';
import { issuesToProblems } from '../../src/lib/schema-issues';

/** The problems `data` has against `schema`, formatted as `npm run check` prints them ("file: field: expected ..."). */
export function problemsOf(schema: z.ZodType, data: unknown, file = 'entry.yaml'): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return issuesToProblems(result.error.issues, { file, data, schema }).map(formatProblem);
}

/** Project root, for checker paths. */
export const ROOT = new URL('../../', import.meta.url).pathname;
