/**
 * A build of broken content stops before rendering anything, with one message that lists every
 * problem by file, field and what was expected; nothing broken is published. The content check
 * runs before Astro loads any content, so Astro's own first schema error never pre-empts it and
 * a reference to a missing entry (which Astro only logs) stops the build too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, ROOT } from './helpers';

const outDir = mkdtempSync(join(tmpdir(), 'recap-broken-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function build(fixture: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: astroEnv({ RECAP_CONTENT_DIR: fixture }),
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with broken content', () => {
  it('fails on wrong fields with every problem listed, not only the first schema error', () => {
    const fixture = 'tests/fixtures/broken-fields/content';
    const { status, output } = build(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain('Content has 14 problems:');
    expect(output).toContain(`${fixture}/cohorts/2025-almaty/index.mdx:5: endDate: expected an end date on or after the start date (2025-10-02), found 2025-10-01`);
    expect(output).toContain(`${fixture}/cohorts/2025-almaty/statistics/percentage-over-100.yaml:3: value.value: expected a percentage from 0 to 100, found 140`);
    expect(output).toContain(`${fixture}/speakers/portrait-without-alt.yaml:7: portrait.alt: expected text, found nothing (the field is missing)`);
    expect(output).not.toContain('does not match collection schema');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 120_000);

  it('fails on references to missing entries, duplicate ids and wrong story components', () => {
    const fixture = 'tests/fixtures/broken-references/content';
    const { status, output } = build(fixture);
    expect(status, output).not.toBe(0);
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
