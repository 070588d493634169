/**
 * `npm run new:cohort` writes a complete draft that passes the checker, whose placeholders
 * become errors the moment it is published, and the committed draft in the two-cohorts fixture
 * (which the build test builds) is exactly what it writes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { scaffoldCohort } from '../../src/lib/new-cohort';
import { ROOT } from './helpers';

const FIXTURE = join(ROOT, 'tests/fixtures/two-cohorts/content');
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of the two-cohorts fixture without its draft, with `id` scaffolded into it. */
function scaffolded(id: string) {
  dir = mkdtempSync(join(tmpdir(), 'recap-new-cohort-'));
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  rmSync(join(content, 'cohorts/2026-shymkent'), { recursive: true });
  rmSync(join(content, 'speakers/2026-shymkent-speaker.yaml'));
  rmSync(join(content, 'organisations/2026-shymkent-venue.yaml'));
  const files = scaffoldCohort(content, id);
  for (const f of files) {
    mkdirSync(dirname(join(content, f.path)), { recursive: true });
    writeFileSync(join(content, f.path), f.text);
  }
  return { content, files, check: () => checkContent({ root: dir!, contentDir: 'content' }).problems };
}

describe('new:cohort', () => {
  it('writes the story, a quote, a statistic, a placeholder speaker and venue, all passing the checker as a draft', () => {
    const { files, check } = scaffolded('2026-shymkent');
    expect(files.map((f) => f.path)).toEqual([
      'cohorts/2026-shymkent/index.mdx',
      'cohorts/2026-shymkent/quotes/2026-shymkent-first-quote.yaml',
      'cohorts/2026-shymkent/statistics/2026-shymkent-participants.yaml',
      'speakers/2026-shymkent-speaker.yaml',
      'organisations/2026-shymkent-venue.yaml',
    ]);
    expect(files[0]!.text).toMatch(/^draft: true/m);
    expect(check()).toEqual([]);
  });

  it('is what the two-cohorts fixture holds, so the fixture build proves a fresh draft builds', () => {
    const { files } = scaffolded('2026-shymkent');
    for (const f of files) expect(readFileSync(join(FIXTURE, f.path), 'utf8'), f.path).toBe(f.text);
  });

  it('turns every placeholder into an error naming file, line and field once draft is cleared', () => {
    const { content, check } = scaffolded('2026-shymkent');
    const index = join(content, 'cohorts/2026-shymkent/index.mdx');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/^draft: true.*$/m, 'draft: false'));
    const problems = check();
    const where = (p: (typeof problems)[number]) => `${p.file.replace(/^content\//, '')}:${p.line} ${p.field}`;
    expect(problems.map(where)).toMatchInlineSnapshot(`
      [
        "cohorts/2026-shymkent/index.mdx:5 title",
        "cohorts/2026-shymkent/index.mdx:7 startDate",
        "cohorts/2026-shymkent/index.mdx:8 endDate",
        "cohorts/2026-shymkent/index.mdx:9 city",
        "cohorts/2026-shymkent/index.mdx:11 venue",
        "cohorts/2026-shymkent/index.mdx:13 regions[0]",
        "cohorts/2026-shymkent/index.mdx:14 participants",
        "cohorts/2026-shymkent/index.mdx:17 summary",
        "cohorts/2026-shymkent/index.mdx:20 credits[0].title",
        "cohorts/2026-shymkent/index.mdx:21 credits[0].url",
        "cohorts/2026-shymkent/index.mdx:23 highlights[0].title",
        "cohorts/2026-shymkent/index.mdx:28 story",
        "cohorts/2026-shymkent/index.mdx:35 story",
        "cohorts/2026-shymkent/quotes/2026-shymkent-first-quote.yaml:1 (comment)",
        "cohorts/2026-shymkent/quotes/2026-shymkent-first-quote.yaml:4 speaker",
        "cohorts/2026-shymkent/quotes/2026-shymkent-first-quote.yaml:5 occasion",
        "cohorts/2026-shymkent/quotes/2026-shymkent-first-quote.yaml:6 text",
        "cohorts/2026-shymkent/statistics/2026-shymkent-participants.yaml:1 (comment)",
        "cohorts/2026-shymkent/statistics/2026-shymkent-participants.yaml:5 value.value",
        "cohorts/2026-shymkent/statistics/2026-shymkent-participants.yaml:9 source.publisher",
        "cohorts/2026-shymkent/statistics/2026-shymkent-participants.yaml:10 source.year",
        "organisations/2026-shymkent-venue.yaml:4 name",
        "speakers/2026-shymkent-speaker.yaml:4 name",
        "speakers/2026-shymkent-speaker.yaml:6 roles[0].title",
      ]
    `);
    expect(problems[0]!.expected).toBe('real content in place of the placeholder, since cohort "2026-shymkent" is published (it is not draft: true)');
    expect(problems.at(-1)!.expected).toBe('real content in place of the placeholder, since a published cohort quotes this speaker');
  });

  it('refuses an id that is not kebab-case or already taken', () => {
    expect(() => scaffoldCohort(FIXTURE, 'Almaty 2027')).toThrowErrorMatchingInlineSnapshot(`[ScaffoldError: "Almaty 2027" cannot be a cohort id: use lowercase letters, digits and hyphens, e.g. "2025-almaty" (year, then city).]`);
    expect(() => scaffoldCohort(FIXTURE, '2025-almaty')).toThrowErrorMatchingInlineSnapshot(`[ScaffoldError: content/cohorts/2025-almaty/ already exists: pick another id or edit that cohort.]`);
  });
});
