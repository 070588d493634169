/**
 * `npm run check` runs the content pipeline's TypeScript on Node's own type stripping, not through
 * Vite as every other test does, so syntax Node cannot strip (a parameter property, an enum)
 * passes the unit tests yet crashes an editor's first command. This runs the command itself.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UNIT_CONTENT } from '../setup/sync-content';

describe('npm run check', () => {
  it('runs on Node itself and passes the unit-test content', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, RECAP_CONTENT_DIR: UNIT_CONTENT },
    });
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^Content OK: /m);
  }, 60_000);
});
