/**
 * A build of broken content stops before rendering anything, with one message that lists every
 * problem by file, field and what was expected; nothing broken is published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, ROOT } from './helpers';

const outDir = mkdtempSync(join(tmpdir(), 'recap-broken-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('astro build with broken content', () => {
  it('fails with every problem named, and writes no pages', () => {
    const fixture = 'tests/fixtures/broken-references/content';
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: astroEnv({ RECAP_CONTENT_DIR: fixture }),
      encoding: 'utf8',
      timeout: 110_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Content has 12 problems:');
    expect(output).toContain(
      `${fixture}/cohorts/2024-astana/quotes/closing-ceremony.yaml:1: speaker: expected the id of a speaker in content/speakers/, found "nobody-by-this-name", which does not exist`,
    );
    expect(output).toContain(`${fixture}/cohorts/2025-almaty/quotes/opening-ceremony.yaml: id (file name): expected an id not used by another entry`);
    expect(output).toContain(`${fixture}/cohorts/2024-astana/index.mdx:25: <Quote> prop "id": expected the id of a quote`);
    expect(output).toContain('npm run check');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 120_000);
});
