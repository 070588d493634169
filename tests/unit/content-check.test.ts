/**
 * `npm run check` and the build's content check: every content rule is caught, every
 * problem is reported at once, and the real content passes.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatCounts, formatProblems } from '../../src/lib/content/check';
import { UNIT_CONTENT } from '../setup/sync-content';
import { problemsAfter, replaceIn, ROOT } from './helpers';

const check = (contentDir: string) => checkContent({ root: ROOT, contentDir });
/** The report as printed, with the fixture folder shortened so snapshots stay readable. */
const printed = (contentDir: string) => formatProblems(check(contentDir).problems).replaceAll(`${contentDir}/`, '');

describe('the real content', () => {
  it('passes with nothing to report', () => {
    const report = check('content');
    expect(report.problems).toEqual([]);
    expect(formatCounts(report)).toMatch(/^Content OK: \d+ cohorts?, \d+ quotes?, \d+ statistics?, \d+ speakers?, \d+ organisations? \(content\)$/);
  });

  it('counts every entry in the summary (on the unit tests\' content, so a new quote changes no test)', () => {
    const report = check(UNIT_CONTENT);
    expect(report.problems).toEqual([]);
    expect(formatCounts(report).replace(UNIT_CONTENT, 'unit content')).toMatchInlineSnapshot(`"Content OK: 1 cohort, 4 quotes, 7 statistics, 4 speakers, 9 organisations (unit content)"`);
  });
});

describe('field rules (tests/fixtures/broken-fields)', () => {
  it('reports every problem of every file at once, with file:line, field, expected and found', () => {
    expect(printed('tests/fixtures/broken-fields/content')).toMatchInlineSnapshot(`
      "Content has 14 problems:
        - cohorts/2025-almaty/index.mdx:2: country: expected text, found nothing (the field is missing)
        - cohorts/2025-almaty/index.mdx:5: endDate: expected an end date on or after the start date (2025-10-02), found 2025-10-01
        - cohorts/2025-almaty/index.mdx:8: participants: expected a whole number of at least 1, found "twelve"
        - cohorts/2025-almaty/index.mdx:14: colour: expected only the fields title, programme, startDate, endDate, city, country, venue, regions, participants, organisers, funders, initiative, summary, credits, highlights, lang, formerIds, photos, draft, found an unknown field
        - cohorts/2025-almaty/quotes/the-quote.yaml:1: occasion: expected text, found nothing (the field is missing)
        - cohorts/2025-almaty/statistics/percentage-over-100.yaml:3: value.value: expected a percentage from 0 to 100, found 140
        - cohorts/2025-almaty/statistics/range-min-above-max.yaml:3: value.min: expected a minimum below the maximum (8), found 15
        - cohorts/2025-almaty/statistics/range-min-above-max.yaml:8: source.year: expected a year as a number, e.g. 2024, found "2025"
        - cohorts/2025-almaty/statistics/unknown-kind.yaml:2: value.kind: expected a value whose kind is one of: percentage, range, ratio, count, found "fraction"
        - organisations/undp-kazakhstan.yaml:3: url: expected a full web address starting with https://, found "undp.org"
        - speakers/bad-yaml.yaml:3: (YAML syntax): expected valid YAML: "field: value" lines, lists indented under their field, quotes closed, found a list in [ ] or { } with a comma or its closing bracket missing
        - speakers/portrait-without-alt.yaml:6: roles[0].to: expected a first year ("from") that is not after the last year ("to"), found 2018
        - speakers/portrait-without-alt.yaml:7: portrait.alt: expected text, found nothing (the field is missing)
        - speakers/portrait-without-alt.yaml:8: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./portraits/missing.jpg", but there is no such file"
    `);
  });
});

describe('references, ids and stories (tests/fixtures/broken-references)', () => {
  it('reports missing entries, duplicate ids, misplaced files and wrong story components at once', () => {
    expect(printed('tests/fixtures/broken-references/content')).toMatchInlineSnapshot(`
      "Content has 12 problems:
        - cohorts/2024-astana/index.mdx:8: venue: expected the id of an organisation in content/organisations/, found "ozge-epic", which does not exist
        - cohorts/2024-astana/index.mdx:12: funders[0]: expected the id of an organisation in content/organisations/, found "government-of-japan", which does not exist
        - cohorts/2024-astana/index.mdx:25: <Quote> prop "id": expected the id of a quote in this cohort's quotes/ folder, found "no-such-quote", which does not exist
        - cohorts/2024-astana/index.mdx:27: <StatCalout>: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />) (did you mean <StatCallout>?), found an unknown component
        - cohorts/2024-astana/index.mdx:29: <SpeakerGallery> prop "colour": expected only the props heading, found an unknown prop
        - cohorts/2024-astana/quotes/closing-ceremony.yaml:1: speaker: expected the id of a speaker in content/speakers/, found "nobody-by-this-name", which does not exist
        - cohorts/2025-almaty/index.mdx:14: credits[0].citing: expected the id of an organisation in content/organisations/ (did you mean "undp-kazakhstan"?), found "undp-kazakhstna", which does not exist
        - cohorts/2025-almaty/quote/misfiled.yaml: (file location): expected the folder to be named quotes/, found a file the site would ignore
        - cohorts/2025-almaty/quotes/opening-ceremony.yaml: id (file name): expected an id not used by another entry in content/cohorts/<cohort>/quotes/, found "opening-ceremony", already used by cohorts/2024-astana/quotes/opening-ceremony.yaml
        - cohorts/2026-shymkent/quotes/orphan.yaml: cohort (folder): expected a file inside the folder of a cohort that has an index.mdx, e.g. content/cohorts/2024-astana/, found folder "2026-shymkent" with no index.mdx
        - speakers/Helen Clark.yaml: id (file name): expected a name in lowercase kebab-case (letters, digits and hyphens), e.g. "helen-clark"; it becomes the page address, found "Helen Clark"
        - speakers/katarzyna-wawiernia.yaml:4: roles[0].organisation: expected the id of an organisation in content/organisations/, found "undp", which does not exist"
    `);
  });
});

describe("a changed copy of the unit tests' content", () => {
  const after = problemsAfter;
  it('catches a quote whose speaker does not exist', () => {
    expect(after((c) => replaceIn(`${c}/cohorts/2024-astana/quotes/tomohiro-closing-ceremony.yaml`, 'kanata-tomohiro', 'kanata-tomohir'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/quotes/tomohiro-closing-ceremony.yaml:1: speaker: expected the id of a speaker in content/speakers/ (did you mean "kanata-tomohiro"?), found "kanata-tomohir", which does not exist",
      ]
    `);
  });

  it('catches the same quote file name in two cohort folders, which Astro would silently overwrite', () => {
    expect(
      after((c) => {
        cpSync(`${c}/cohorts/2024-astana`, `${c}/cohorts/2025-almaty`, { recursive: true });
        replaceIn(`${c}/cohorts/2025-almaty/index.mdx`, /startDate: 2024-12-11\nendDate: 2024-12-12/, 'startDate: 2025-10-01\nendDate: 2025-10-02');
      }).filter((line) => line.includes('wawiernia-opening-ceremony.yaml')),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2025-almaty/quotes/wawiernia-opening-ceremony.yaml: id (file name): expected an id not used by another entry in content/cohorts/<cohort>/quotes/, found "wawiernia-opening-ceremony", already used by content/cohorts/2024-astana/quotes/wawiernia-opening-ceremony.yaml",
      ]
    `);
  });

  it('catches a portrait without alt text and a portrait file that is not there', () => {
    expect(
      after((c) => writeFileSync(`${c}/speakers/helen-clark.yaml`, `${readFileSync(`${c}/speakers/helen-clark.yaml`, 'utf8')}portrait:\n  src: ./portraits/helen-clark.jpg\n`)),
    ).toMatchInlineSnapshot(`
      [
        "content/speakers/helen-clark.yaml:13: portrait.alt: expected text, found nothing (the field is missing)",
        "content/speakers/helen-clark.yaml:14: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./portraits/helen-clark.jpg", but there is no such file",
      ]
    `);
  });

  it('accepts a portrait file next to the speaker with alt text', () => {
    expect(
      after((c) => {
        cpSync(join(ROOT, 'tests/fixtures/images/portrait.png'), `${c}/speakers/portraits/helen-clark.png`, { recursive: true });
        writeFileSync(`${c}/speakers/helen-clark.yaml`, `${readFileSync(`${c}/speakers/helen-clark.yaml`, 'utf8')}portrait:\n  src: ./portraits/helen-clark.png\n  alt: Helen Clark\n`);
      }),
    ).toEqual([]);
  });

  it('catches a file the site would silently skip: a quote ending in .YAML', () => {
    expect(
      after((c) => cpSync(`${c}/cohorts/2024-astana/quotes/tomohiro-closing-ceremony.yaml`, `${c}/cohorts/2024-astana/quotes/tomohiro-closing.YAML`)),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/quotes/tomohiro-closing.YAML: (file location): expected a .yaml file in quotes/, found a file the site would ignore",
      ]
    `);
  });

  it('reports a YAML syntax error in plain words at the line of the mistake: a field written twice, a quote opened and never closed', () => {
    expect(
      after((c) => {
        replaceIn(`${c}/speakers/helen-clark.yaml`, '    from: 1999\n', '    from: 1999\n    from: 2000\n');
        replaceIn(`${c}/cohorts/2024-astana/index.mdx`, 'city: Astana', 'city: "Astana');
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:6: (YAML syntax): expected valid YAML: "field: value" lines, lists indented under their field, quotes closed, found a " quote that is never closed",
        "content/speakers/helen-clark.yaml:8: (YAML syntax): expected valid YAML: "field: value" lines, lists indented under their field, quotes closed, found the field "from" written twice",
      ]
    `);
  });

  it('reports an alias to no anchor and an unknown tag as YAML that is not plain, with its line', () => {
    expect(
      after((c) => {
        replaceIn(`${c}/speakers/helen-clark.yaml`, 'honorific: Ms.', 'honorific: *no-such-anchor');
        replaceIn(`${c}/cohorts/2024-astana/index.mdx`, 'city: Astana', 'city: !city Astana');
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:6: (YAML syntax): expected plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!), found a tag "!city"",
        "content/speakers/helen-clark.yaml:2: (YAML syntax): expected plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!), found an alias "*no-such-anchor" (a value repeated from elsewhere)",
      ]
    `);
  });

  it("reads values as Astro's loaders do: an unquoted date is a date, 2024-1-1 is not", () => {
    expect(after((c) => replaceIn(`${c}/cohorts/2024-astana/index.mdx`, 'endDate: 2024-12-12', 'endDate: 2024-1-1'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:5: endDate: expected a date written as YYYY-MM-DD, e.g. 2024-12-11, found "2024-1-1"",
      ]
    `);
  });

  it('gives each problem in a file its own line: a placeholder and a wrong field (lines are looked up only for files with problems)', () => {
    expect(
      after((c) =>
        replaceIn(`${c}/speakers/helen-clark.yaml`, /honorific: Ms\.\n([\s\S]*)to: 2017/, 'honorific: TODO\n$1to: 2007'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/speakers/helen-clark.yaml:2: honorific: expected real content in place of the placeholder, since a published cohort quotes this speaker, found "TODO"",
        "content/speakers/helen-clark.yaml:12: roles[2].to: expected a first year ("from") that is not after the last year ("to"), found 2007",
      ]
    `);
  });

  it("checks each speaker's portrait against its own file, with one schema for all speakers", () => {
    expect(
      after((c) => {
        cpSync(join(ROOT, 'tests/fixtures/images/portrait.png'), `${c}/speakers/portraits/helen-clark.png`, { recursive: true });
        for (const [id, src] of [['helen-clark', 'helen-clark.png'], ['suleimenova', 'suleimenova.png'], ['kanata-tomohiro', 'helen-clark.png']]) {
          writeFileSync(`${c}/speakers/${id}.yaml`, `${readFileSync(`${c}/speakers/${id}.yaml`, 'utf8')}portrait:\n  src: ./portraits/${src}\n  alt: A portrait\n`);
        }
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/speakers/suleimenova.yaml:8: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./portraits/suleimenova.png", but there is no such file",
      ]
    `);
  });

  it('links a highlight only to a ## heading of its story', () => {
    expect(
      after((c) => {
        replaceIn(`${c}/cohorts/2024-astana/index.mdx`, 'section: Job shadowing', 'section: Job Shadowing');
        replaceIn(`${c}/cohorts/2024-astana/index.mdx`, 'section: The closing ceremony', 'section: Closing');
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:36: highlights[4].section: expected the text of a ## heading in this story, exactly (did you mean "Job shadowing"?), found "Job Shadowing"",
        "content/cohorts/2024-astana/index.mdx:38: highlights[5].section: expected the text of a ## heading in this story, exactly (one of: "Women in STEM in Kazakhstan", "The opening ceremony", "A visit to the Mazhilis", "Job shadowing", "The closing ceremony", "Technovation Girls Kazakhstan", "Who spoke"), found "Closing"",
      ]
    `);
  });

  it('catches a story component with a wrong prop value written in braces', () => {
    expect(after((c) => replaceIn(`${c}/cohorts/2024-astana/index.mdx`, '<SpeakerGallery />', '<SpeakerGallery heading={title} />'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:112: <SpeakerGallery> prop "heading": expected a value in double quotes, e.g. heading="...", found code in { }: "{title}" (props cannot be code)",
      ]
    `);
  });
});
