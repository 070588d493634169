/**
 * The story walker (src/lib/content/story.ts) and the MDX step that uses it: every Markdown
 * construct and component a story may hold passes, and compiles exactly as Astro's own
 * processor compiles it; what is refused never reaches the compiler.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { ContentCheckError, storySafeProcessor } from '../../src/integrations/content-check';
import { formatProblem } from '../../src/lib/content/problems';
import { checkStory, linkTargetProblem } from '../../src/lib/content/story';
import { ROOT } from './helpers';

const EVERY_CONSTRUCT = 'tests/fixtures/two-cohorts/content/cohorts/2025-almaty/index.mdx';
const problems = (source: string) => checkStory(source, { file: 'story.mdx' }).problems.map(formatProblem);
const SHARED = { syntaxHighlight: false as const, shikiConfig: {}, gfm: true, smartypants: true };
/** The story as the MDX step receives it: the front matter blanked with spaces, lines kept. */
const asCompiled = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ' '));

describe('a story with every allowed Markdown construct and component', () => {
  const path = join(ROOT, EVERY_CONSTRUCT);
  const source = asCompiled(readFileSync(path, 'utf8'));

  it('passes the walker, which lists its components with their lines', () => {
    const report = checkStory(source, { file: EVERY_CONSTRUCT, checkImage: () => undefined });
    expect(report.problems).toEqual([]);
    expect(report.components.map((c) => `${c.line}: <${c.name}> ${JSON.stringify(c.props)}`)).toMatchInlineSnapshot(`
      [
        "71: <StatCallout> {"id":"almaty-engineering-enrolment"}",
        "73: <Quote> {"id":"almaty-clark-return"}",
        "75: <Quote> {"id":"almaty-dana-example-mentoring"}",
        "77: <Quote> {"id":"almaty-dana-kazakh"}",
        "79: <StatCallout> {"id":"almaty-one-in-four"}",
        "81: <SpeakerGallery> {"heading":"Who spoke in Almaty"}",
      ]
    `);
  });

  it('compiles to exactly what Astro\'s own MDX processor makes of it', async () => {
    const plain = await satteri().createMdxRenderer!(SHARED, { optimize: false });
    const guarded = await storySafeProcessor().createMdxRenderer!(SHARED, { optimize: false });
    // The story's picture must resolve inside the content folder the build is pointed at.
    const before = process.env.RECAP_CONTENT_DIR;
    process.env.RECAP_CONTENT_DIR = 'tests/fixtures/two-cohorts/content';
    try {
      const [expected, actual] = await Promise.all([plain.process(source, path, {}), guarded.process(source, path, {})]);
      expect(actual.code).toBe(expected.code);
      expect(actual.code).toContain('almaty-hall.png');
    } finally {
      if (before === undefined) delete process.env.RECAP_CONTENT_DIR;
      else process.env.RECAP_CONTENT_DIR = before;
    }
  });
});

describe('the MDX step', () => {
  it('refuses a story that would run code before compiling it, with the checker\'s message', async () => {
    const guarded = await storySafeProcessor().createMdxRenderer!(SHARED, { optimize: false });
    const story = "import fs from 'node:fs'\nexport const ran = fs.writeFileSync('pwned', 'x')\n\nText.\n";
    await expect(guarded.process(story, join(ROOT, 'content/cohorts/x/index.mdx'), {})).rejects.toThrow(ContentCheckError);
    await expect(guarded.process(story, join(ROOT, 'content/cohorts/x/index.mdx'), {})).rejects.toThrow(
      'content/cohorts/x/index.mdx:1: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found an import statement (stories cannot run code)',
    );
  });
});

describe('an unclosed tag', () => {
  it('gives one problem naming the tag and the line it opened on, whatever follows it', () => {
    const cases = [
      'Intro.\n\n<StatCallout id="x"\n\nThe numbers in higher education tell a similar story.\n\n<Quote id="b" />\n',
      'Intro.\n\n<StatCallout id="x"\nThe numbers in higher education tell a similar story.\n\n<Quote id="b" />\n',
      'Intro.\n\n<StatCallout id="x"',
      'Intro.\n\n<Quote id="a">\n\nText that follows.\n',
    ];
    expect(cases.map(problems)).toMatchInlineSnapshot(`
      [
        [
          "story.mdx:3: <StatCallout>: expected a tag that ends with "/>", e.g. <StatCallout id="..." />, found <StatCallout> opened on line 3 and never closed",
        ],
        [
          "story.mdx:3: <StatCallout>: expected a tag that ends with "/>", e.g. <StatCallout id="..." />, found <StatCallout> opened on line 3 and never closed",
        ],
        [
          "story.mdx:3: <StatCallout>: expected a tag that ends with "/>", e.g. <StatCallout id="..." />, found <StatCallout> opened on line 3 and never closed",
        ],
        [
          "story.mdx:3: <Quote>: expected a tag that ends with "/>", e.g. <Quote id="..." />, found <Quote> opened on line 3 and never closed",
        ],
      ]
    `);
  });

  it('says which prop is broken when the tag itself is closed', () => {
    expect([problems('<Quote id="x />\n'), problems('<Quote id=x />\n'), problems('</Quote>\n')]).toMatchInlineSnapshot(`
      [
        [
          "story.mdx:1: <Quote> prop "id": expected a value with its closing ", e.g. id="...", found a value whose quotes are never closed",
        ],
        [
          "story.mdx:1: <Quote> prop "id": expected a value in double quotes, e.g. id="...", found "x" without quotes",
        ],
        [
          "story.mdx:1: </Quote>: expected a tag that ends with "/>", e.g. <Quote id="..." />, found a closing tag </Quote> with no tag opened before it",
        ],
      ]
    `);
  });
});

describe('plain text MDX would read as code', () => {
  it('names < and { with their line, and leaves code and escapes alone', () => {
    expect(problems('Fewer than <5% of engineers.\n')).toMatchInlineSnapshot(`
      [
        "story.mdx:1: story: expected plain text: < starts a tag in a story (write "less than", or \\<), found "Fewer than <5% of engineers."",
      ]
    `);
    expect(problems('`{code}` and `<b>` in code are text, and so are \\{ and \\<.\n\n```\n<script>in a code block</script>\n```\n')).toEqual([]);
  });
});

describe('reference-style pictures', () => {
  it('check their definition as a picture, wherever it is written', () => {
    expect([problems('[img]: https://evil.example/x.png\n\n![x][img]\n'), problems('![x][img]\n\n[img]: javascript:alert(1)\n'), problems('[a][l]\n\n[l]: https://www.undp.org/\n')]).toMatchInlineSnapshot(`
      [
        [
          "story.mdx:1: story: expected an image file inside content/, written ![what it shows](./file.jpg) (JPEG, PNG, WebP or AVIF), found "https://evil.example/x.png", a picture on another site (the site never loads another site)",
        ],
        [
          "story.mdx:3: story: expected an image file inside content/, written ![what it shows](./file.jpg) (JPEG, PNG, WebP or AVIF), found "javascript:alert(1)", a "javascript:" address (links may not run code or open other programs)",
        ],
        [],
      ]
    `);
  });
});

describe('linkTargetProblem', () => {
  it('allows https:, mailto:, relative paths and #fragments, and nothing else', () => {
    for (const url of ['https://www.undp.org/', 'HTTPS://x.org', 'mailto:a@example.org', '../quotes/', 'quotes/x/', '#why', '?a=b']) expect(linkTargetProblem(url), url).toBeUndefined();
    for (const url of ['javascript:alert(1)', ' javascript:x', 'java\nscript:x', 'data:x', 'vbscript:x', 'file:///etc/passwd', '//evil.example', '\\\\evil.example', 'http://x.org', 'tel:123']) {
      expect(linkTargetProblem(url), url).toBeDefined();
    }
  });
});
