/** Shared test helpers: schema and checker results as the lines an editor would read. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { issuesToProblems } from '../../src/lib/content/schema-issues';

/** The problems `data` has against `schema`, formatted as `npm run check` prints them ("file: field: expected ..."). */
export function problemsOf(schema: z.ZodType, data: unknown, file = 'entry.yaml'): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return issuesToProblems(result.error.issues, { file, data, schema }).map(formatProblem);
}

/** Project root, for checker paths. */
export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The environment for an `astro` child process: the caller's, without what Vitest adds
 * (NODE_ENV=test, MODE, DEV, PROD, SSR, SITE, BASE_URL...), which would otherwise leak into the
 * child's import.meta.env and, for one, make a production build show drafts.
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'BASE_URL', 'ASSETS_PREFIX', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, NO_COLOR: '1', ...extra };
}

/**
 * The problems `npm run check` prints for a copy of the real content changed by `edit` (given
 * the copy's content folder), each as "file:line: field: expected ..., found ...". The copy is
 * a temporary folder, removed afterwards.
 */
export function problemsAfter(edit: (content: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'recap-check-'));
  try {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    edit(join(dir, 'content'));
    return checkContent({ root: dir, contentDir: 'content' }).problems.map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces `from` with `to` in a file. */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
}
