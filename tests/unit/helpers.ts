/** Shared test helpers: schema and checker results as the lines an editor would read. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { checkContent } from '../../src/lib/content/check';
import { UNIT_CONTENT } from '../setup/sync-content';
import { formatProblem } from '../../src/lib/content/problems';
import { issuesToProblems } from '../../src/lib/content/schema-issues';

/** The problems `data` has against `schema`, formatted as `npm run check` prints them ("file: field: expected ..."). */
export function problemsOf(schema: z.ZodType, data: unknown, file = 'entry.yaml'): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return issuesToProblems(result.error.issues, { file, data, schema }).map(formatProblem);
}

/** Project root, and the environment for an `astro` child process: see tests/setup/builds.ts. */
import { astroEnv, ROOT } from '../setup/builds';
export { astroEnv, ROOT };

/**
 * The problems `npm run check` prints for a copy of the unit tests' content (tests/fixtures/unit-site,
 * so the lines tests pin stay put when editors change content/) changed by `edit` (given the
 * copy's content folder), each as "file:line: field: expected ..., found ...". The copy is a
 * temporary folder, removed afterwards.
 */
export function problemsAfter(edit: (content: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'recap-check-'));
  try {
    cpSync(join(ROOT, UNIT_CONTENT), join(dir, 'content'), { recursive: true });
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

/** A new temporary folder holding `files` (path in the folder -> content), e.g. a hand-made build folder. */
export function tempTree(prefix: string, files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
