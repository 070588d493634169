/**
 * The editors' guide says what the product does: its cohort example passes the schema and has
 * exactly the fields `npm run new:cohort` writes, its venue is an organisation of kind venue,
 * its speaker example passes, what it says about honorifics is what the site shows, and the
 * portrait formats it lists are the ones the checker accepts. (The field reference at its end is
 * generated from the schemas by `npm run editor:generate`, and tested in editor-files.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { IMAGE_EXTENSIONS } from '../../src/lib/content/files';
import { displayName } from '../../src/lib/site/format';
import { scaffoldCohort } from '../../src/lib/new-cohort';
import { CohortSchema, createPhotosSchema } from '../../src/schemas/cohort';
import { ImagePathSchema } from '../../src/schemas/common';
import { CohortTranslationSchema } from '../../src/schemas/translations';
import { SpeakerSchema } from '../../src/schemas/speaker';
import { problemsOf, ROOT } from './helpers';

/** A YAML text's values: whatever the guide's examples hold, checked by the tests below. */
const parse = (text: string) => load(text) as any;
const guide = readFileSync(join(ROOT, 'docs/editors-guide.md'), 'utf8');
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const cohortExample = parse(yamlBlocks.find((b) => b.startsWith('---\ntitle:'))!.replace(/^---\n|---\n$/g, ''));
const speakerExample = parse(yamlBlocks.find((b) => b.startsWith('name: Helen Clark'))!);

/** Field names of an object and of the first item of each list of objects in it: "credits[].title". */
function fieldsOf(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .flatMap(([key, value]) =>
      Array.isArray(value) && typeof value[0] === 'object' ? [key, ...Object.keys(value[0] as object).map((k) => `${key}[].${k}`)] : [key],
    )
    .sort();
}

describe("the editors' guide", () => {
  it('gives a cohort example that the schema accepts', () => {
    expect(problemsOf(CohortSchema, cohortExample)).toEqual([]);
  });

  it('shows exactly the fields new:cohort writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recap-guide-'));
    try {
      const [index] = scaffoldCohort(join(ROOT, 'content'), '2031-test-city');
      const frontMatter = parse(/^---\n([\s\S]*?)\n---/.exec(index!.text)![1]!);
      expect(fieldsOf(frontMatter)).toEqual(fieldsOf(cohortExample));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names as venue an organisation of kind venue, as it says a venue must be", () => {
    expect(guide).toContain('the id of an organisation of kind venue');
    const venue = parse(readFileSync(join(ROOT, 'content/organisations', `${cohortExample.venue}.yaml`), 'utf8'));
    expect(venue.kind).toBe('venue');
  });

  it('gives photo examples (original and translation) that the schemas accept, and the messages the checker prints', () => {
    const [original, translated] = yamlBlocks.filter((b) => b.startsWith('photos:')).map((b) => parse(b));
    expect(problemsOf(createPhotosSchema(ImagePathSchema), original.photos)).toEqual([]);
    expect(original.photos.filter((p: { hero?: boolean }) => p.hero)).toHaveLength(1);
    expect(problemsOf(CohortTranslationSchema, { ...translated, translator: 'Team' })).toEqual([]);
    expect(translated.photos).toHaveLength(original.photos.length);
    // The messages are those content-photos.test.ts pins.
    expect(guide).toContain('expected a hero photo at least 1200 pixels wide (it leads the cohort page and its card), or hero: false, found a picture 800 × 533 pixels');
    expect(guide).toContain('expected one hero photo only (photos[0] is the hero), found a second one');
  });

  it('gives a speaker example that the schema accepts', () => {
    expect(problemsOf(SpeakerSchema, speakerExample)).toEqual([]);
  });

  it('says what the site shows for honorifics', () => {
    expect(displayName(speakerExample)).toBe('Helen Clark');
    expect(guide).toContain('the site shows the name alone ("Helen\nClark", not "Ms. Helen Clark")');
    expect(displayName({ name: 'Suleimenova', honorific: 'MP' })).toBe('MP Suleimenova');
    expect(guide).toContain('shows "MP Suleimenova"');
  });

  it('lists the portrait formats the checker accepts', () => {
    const listed = /a name ending in ((?:`\.\w+`(?:, | or |,? or )?)+)/.exec(guide.replace(/\n\s*/g, ' '))![1]!.match(/\.\w+/g)!;
    expect(listed).toEqual(['.jpg', '.jpeg', '.png', '.webp', '.avif']);
    for (const ext of listed) expect(IMAGE_EXTENSIONS).toContain(ext);
  });
});
