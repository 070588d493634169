/**
 * Content is data, never code. Each case is what a hostile or careless contributor might send,
 * applied to a copy of the real content; each must be refused by `npm run check` (and so by the
 * build, which runs the same check first) with a message naming the file and the line. The
 * messages are pinned: they are what an editor reads.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsAfter, replaceIn, ROOT } from './helpers';

const STORY = 'cohorts/2024-astana/index.mdx';
/**
 * The cohort's file with fixed front matter (so line numbers here do not move when the real
 * content is edited) and `text` as its whole story, starting on line 14.
 */
const FRONT_MATTER = [
  '---',
  'title: Leadership Programme for Women in STEM, Astana 2024',
  'programme: Leadership Programme for Women in STEM',
  'startDate: 2024-12-11',
  'endDate: 2024-12-12',
  'city: Astana',
  'country: Kazakhstan',
  'regions: [Kyzylorda, Mangystau]',
  'participants: 12',
  'organisers: [undp-kazakhstan]',
  'summary: Twelve young women spent two days in Astana.',
  'credits: [{ publisher: kazinform, citing: undp-kazakhstan, title: The article }]',
  '---',
].join('\n');
// The translated stories beside it are left out: their highlights follow the real front matter, not this one (they have their own tests below).
const inStory = (text: string, frontMatter = FRONT_MATTER) => (content: string) => {
  for (const locale of ['ru', 'kk']) rmSync(join(content, `cohorts/2024-astana/index.${locale}.mdx`), { force: true });
  writeFileSync(join(content, STORY), `${frontMatter}\n${text}\n`);
};
const withFrontMatter = (from: string, to: string) => inStory('The story.', FRONT_MATTER.replace(from, to));
/** A speaker with a portrait at `src` on line 5. */
const withPortrait = (src: string) => (content: string) =>
  writeFileSync(join(content, 'speakers/helen-clark.yaml'), `name: Helen Clark\nroles:\n  - title: Chair\nportrait:\n  src: ${src}\n  alt: Helen Clark\n`);
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>\n';
const PNG = readFileSync(join(ROOT, 'tests/fixtures/images/portrait.png'));

describe('a story cannot run code', () => {
  it('refuses import and export statements, each on its own line', () => {
    expect(problemsAfter(inStory("import fs from 'node:fs'\nexport const x = fs.writeFileSync('pwned', 'x')"))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found an import statement (stories cannot run code)",
        "content/cohorts/2024-astana/index.mdx:15: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found an export statement (stories cannot run code)",
      ]
    `);
  });

  it('refuses {expressions} and JSX comments', () => {
    expect(problemsAfter(inStory('Today is {new Date().toString()}.\n\n{/* a note */}'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found code in { }: "{new Date().toString()}" (stories cannot run code; to show a brace as text, write \\{ or \\})",
        "content/cohorts/2024-astana/index.mdx:16: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a code comment {/* ... */} (stories cannot hold code; keep notes outside the story)",
      ]
    `);
  });

  it('refuses component props written as code or spread', () => {
    expect(problemsAfter(inStory('<Quote id={quoteId} />\n\n<Quote {...props} />\n\n<Quote id={"clark-conversation-with-participants"} />'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: <Quote> prop "id": expected a value in double quotes, e.g. id="...", found code in { }: "{quoteId}" (props cannot be code)",
        "content/cohorts/2024-astana/index.mdx:16: <Quote>: expected each prop written as name="value", found "{...props}" in the tag (props cannot be code)",
        "content/cohorts/2024-astana/index.mdx:18: <Quote> prop "id": expected a value in double quotes, e.g. id="...", found code in { }: "{\\"clark-conversation-with-participants\\"}" (props cannot be code)",
      ]
    `);
  });
});

describe('a story cannot put HTML or script on the site', () => {
  it('refuses raw HTML elements, with or without attributes', () => {
    expect(
      problemsAfter(inStory('<script>alert(1)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\n<img src="x" onerror="alert(1)" />\n\nA <a href="javascript:alert(1)">link</a> and <b>bold</b>.')),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a raw HTML element <script> (stories hold Markdown and the story components only)",
        "content/cohorts/2024-astana/index.mdx:16: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a raw HTML element <iframe> (stories hold Markdown and the story components only)",
        "content/cohorts/2024-astana/index.mdx:18: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a raw HTML element <img> (stories hold Markdown and the story components only)",
        "content/cohorts/2024-astana/index.mdx:20: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a raw HTML element <a> (stories hold Markdown and the story components only)",
        "content/cohorts/2024-astana/index.mdx:20: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a raw HTML element <b> (stories hold Markdown and the story components only)",
      ]
    `);
  });

  it('refuses an HTML comment, and a fragment <>...</>', () => {
    expect(problemsAfter(inStory('<!-- a hidden note -->'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found an HTML comment <!-- ... --> (stories hold no HTML; delete it)",
      ]
    `);
    expect(problemsAfter(inStory('<>fragment</>'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found an empty tag <> ... </> (stories hold Markdown and the story components only)",
      ]
    `);
  });

  it('refuses unknown components and props a component does not have', () => {
    expect(problemsAfter(inStory('<Iframe src="https://evil.example/" />\n\n<Quote id="clark-conversation-with-participants" onload="alert(1)" />'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: <Iframe>: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found an unknown component",
        "content/cohorts/2024-astana/index.mdx:16: <Quote> prop "onload": expected only the props id, found an unknown prop",
      ]
    `);
  });
});

describe('a translated story (index.ru.mdx, index.kk.mdx) is a story like any other', () => {
  // The same walk and refusals as index.mdx, through the same layout entry; front matter on lines 1-4.
  const inTranslation = (locale: string, text: string) => (content: string) =>
    writeFileSync(join(content, `cohorts/2024-astana/index.${locale}.mdx`), `---\ntitle: Заголовок\ntranslator: Programme recap team\n---\n${text}\n`);

  it('refuses code, raw HTML and unsafe links, naming the translated file and its line', () => {
    expect(
      problemsAfter(inTranslation('kk', "import fs from 'node:fs'\n\n<script>alert(1)</script>\n\n[сілтеме](javascript:alert(1))\n\n<Quote id=\"no-such-quote\" />")),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.kk.mdx:5: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found an import statement (stories cannot run code)",
        "content/cohorts/2024-astana/index.kk.mdx:7: story: expected Markdown or a story component (<StatCallout id="..." />, <Quote id="..." />, <SpeakerGallery />), found a raw HTML element <script> (stories hold Markdown and the story components only)",
        "content/cohorts/2024-astana/index.kk.mdx:9: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "javascript:alert(1)", a "javascript:" address (links may not run code or open other programs)",
        "content/cohorts/2024-astana/index.kk.mdx:11: <Quote> prop "id": expected the id of a quote in this cohort's quotes/ folder, found "no-such-quote", which does not exist",
      ]
    `);
  });

  it('refuses a misspelt front-matter field and a TODO in a published cohort', () => {
    expect(problemsAfter(inTranslation('ru', 'TODO: перевести'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.ru.mdx:5: story: expected real content in place of the placeholder, since cohort "2024-astana" is published (it is not draft: true), found "TODO: перевести"",
      ]
    `);
    expect(problemsAfter((content) => writeFileSync(join(content, 'cohorts/2024-astana/index.ru.mdx'), '---\ntitel: Заголовок\ntranslator: X\n---\nТекст.\n'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.ru.mdx:2: titel: expected only the fields title, programme, summary, initiative, city, country, regions, highlights, photos, translatedFrom, translator (did you mean "title"?), found an unknown field",
      ]
    `);
  });

  it('refuses a translation into a language the site does not have, saying where it should go', () => {
    expect(problemsAfter(inTranslation('de', 'Text.'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.de.mdx: (file location): expected the story to be named index.mdx, or a translation of it index.ru.mdx or index.kk.mdx, found a file the site would ignore",
      ]
    `);
  });
});

describe('links go to https:, mailto:, relative paths and #fragments only', () => {
  it('refuses javascript:, data:, vbscript:, http: and addresses on another site without https:, however they are spelt', () => {
    const links = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'javascript&colon;alert(1)',
      'java&#115;cript:alert(1)',
      '<java\tscript:alert(1)>',
      '&#x20;javascript:alert(1)',
      'data:text/html,hi',
      'vbscript:msgbox',
      '//evil.example/',
      '/\\evil.example/',
      'http://example.org/',
    ];
    expect(problemsAfter(inStory(links.map((url, i) => `[link ${i}](${url})`).join('\n')))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "javascript:alert(1)", a "javascript:" address (links may not run code or open other programs)",
        "content/cohorts/2024-astana/index.mdx:15: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "JaVaScRiPt:alert(1)", a "javascript:" address (links may not run code or open other programs)",
        "content/cohorts/2024-astana/index.mdx:16: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "javascript:alert(1)", a "javascript:" address (links may not run code or open other programs)",
        "content/cohorts/2024-astana/index.mdx:17: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "javascript:alert(1)", a "javascript:" address (links may not run code or open other programs)",
        "content/cohorts/2024-astana/index.mdx:18: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "java\\tscript:alert(1)", a web address with spaces or characters you cannot see in it",
        "content/cohorts/2024-astana/index.mdx:19: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found " javascript:alert(1)", a web address with spaces or characters you cannot see in it",
        "content/cohorts/2024-astana/index.mdx:20: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "data:text/html,hi", a "data:" address (links may not run code or open other programs)",
        "content/cohorts/2024-astana/index.mdx:21: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "vbscript:msgbox", a "vbscript:" address (links may not run code or open other programs)",
        "content/cohorts/2024-astana/index.mdx:22: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "//evil.example/", an address on another site without https: (write the full https:// address)",
        "content/cohorts/2024-astana/index.mdx:23: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "/\\\\evil.example/", an address on another site without https: (write the full https:// address)",
        "content/cohorts/2024-astana/index.mdx:24: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "http://example.org/", an http:// address (write https://)",
      ]
    `);
  });

  it('checks the target of a reference-style link where it is defined, and refuses <autolinks>', () => {
    expect(problemsAfter(inStory('Read [the report][report].\n\n[report]: javascript:alert(1)'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:16: story: expected a link to an https:// or mailto: address, a relative path or a #fragment, found "javascript:alert(1)", a "javascript:" address (links may not run code or open other programs)",
      ]
    `);
    expect(problemsAfter(inStory('See <https://www.undp.org>.'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected a link written as [link text](https://...), found "<https://www.undp.org>", a link in < > (stories write links as [text](address))",
      ]
    `);
  });

  it('accepts https:, mailto:, relative paths and #fragments', () => {
    expect(problemsAfter(inStory('[a](https://www.undp.org/) [b](mailto:info@example.org) [c](../quotes/) [d](#the-opening-ceremony) [e][ref]\n\n[ref]: https://www.undp.org/'))).toEqual([]);
  });
});

describe('pictures are raster files inside content/, by their bytes', () => {
  it('refuses an SVG portrait, even one named .jpg', () => {
    expect(
      problemsAfter((content) => {
        mkdirSync(join(content, 'speakers/portraits'), { recursive: true });
        writeFileSync(join(content, 'speakers/portraits/helen-clark.jpg'), SVG);
        withPortrait('./portraits/helen-clark.jpg')(content);
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/speakers/helen-clark.yaml:5: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./portraits/helen-clark.jpg", an SVG drawing (SVG can carry script; save it as JPEG, PNG, WebP or AVIF)",
      ]
    `);
  });

  it('refuses a portrait path that climbs out of content/ to an existing picture, or starts at the root', () => {
    expect(problemsAfter(withPortrait('../../tests/fixtures/images/portrait.png'))).toMatchInlineSnapshot(`
      [
        "content/speakers/helen-clark.yaml:5: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "../../tests/fixtures/images/portrait.png", which points outside the content folder",
      ]
    `);
    expect(problemsAfter(withPortrait('/etc/passwd'))).toMatchInlineSnapshot(`
      [
        "content/speakers/helen-clark.yaml:5: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "/etc/passwd", a path from the root of the computer (write it relative to this file, e.g. "./portraits/name.jpg")",
      ]
    `);
  });

  it('refuses a portrait that is a symbolic link, and a file that is no picture', () => {
    expect(
      problemsAfter((content) => {
        mkdirSync(join(content, 'speakers/portraits'), { recursive: true });
        symlinkSync(join(ROOT, 'tests/fixtures/images/portrait.png'), join(content, 'speakers/portraits/helen-clark.png'));
        withPortrait('./portraits/helen-clark.png')(content);
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/speakers/helen-clark.yaml:5: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./portraits/helen-clark.png", a link to another file (put the picture itself in content/)",
        "content/speakers/portraits/helen-clark.png: (file): expected a real file or folder inside content/ (copy the file in rather than linking to it), found a symbolic link, which could show files from outside content/",
      ]
    `);
    expect(
      problemsAfter((content) => {
        mkdirSync(join(content, 'speakers/portraits'), { recursive: true });
        writeFileSync(join(content, 'speakers/portraits/helen-clark.png'), 'not a picture');
        withPortrait('./portraits/helen-clark.png')(content);
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/speakers/helen-clark.yaml:5: portrait.src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./portraits/helen-clark.png", a file that is not a picture in any of these formats",
      ]
    `);
  });

  it('checks pictures in a story the same way, and refuses pictures from other sites', () => {
    expect(
      problemsAfter((content) => {
        writeFileSync(join(content, 'cohorts/2024-astana/hall.jpg'), SVG);
        inStory('![The hall](./hall.jpg)\n\n![A remote picture](https://evil.example/x.png)\n\n![](./missing.png)')(content);
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:14: story: expected an image file inside content/, written ![what it shows](./file.jpg) (JPEG, PNG, WebP or AVIF), found "./hall.jpg", an SVG drawing (SVG can carry script; save it as JPEG, PNG, WebP or AVIF)",
        "content/cohorts/2024-astana/index.mdx:16: story: expected an image file inside content/, written ![what it shows](./file.jpg) (JPEG, PNG, WebP or AVIF), found "https://evil.example/x.png", a picture on another site (the site never loads another site)",
        "content/cohorts/2024-astana/index.mdx:18: story: expected an image with a description, written ![what it shows](./file.jpg), found an image without a description",
        "content/cohorts/2024-astana/index.mdx:18: story: expected an image file inside content/, written ![what it shows](./file.jpg) (JPEG, PNG, WebP or AVIF), found "./missing.png", but there is no such file",
      ]
    `);
  });

  it('accepts a PNG portrait and a story picture inside content/', () => {
    expect(
      problemsAfter((content) => {
        mkdirSync(join(content, 'speakers/portraits'), { recursive: true });
        writeFileSync(join(content, 'speakers/portraits/helen-clark.png'), PNG);
        writeFileSync(join(content, 'cohorts/2024-astana/hall.png'), PNG);
        withPortrait('./portraits/helen-clark.png')(content);
        inStory('![The hall in Astana](./hall.png)')(content);
      }),
    ).toEqual([]);
  });
});

describe('files stay inside content/', () => {
  it('refuses a symbolic link to a file outside, and to a folder', () => {
    expect(
      problemsAfter((content) => {
        symlinkSync(join(ROOT, 'package.json'), join(content, 'cohorts/2024-astana/quotes/linked.yaml'));
        symlinkSync(join(ROOT, 'tests/fixtures/two-cohorts/content/speakers'), join(content, 'speakers/more'));
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/quotes/linked.yaml: (file): expected a real file or folder inside content/ (copy the file in rather than linking to it), found a symbolic link, which could show files from outside content/",
        "content/speakers/more: (file): expected a real file or folder inside content/ (copy the file in rather than linking to it), found a symbolic link to a folder, which could show files from outside content/",
      ]
    `);
  });

  it('refuses a file too large to be content, and one that is not UTF-8 text', () => {
    expect(
      problemsAfter((content) => {
        writeFileSync(join(content, 'organisations/eiti.yaml'), `${readFileSync(join(content, 'organisations/eiti.yaml'), 'utf8')}# ${'x'.repeat(600_000)}\n`);
        writeFileSync(join(content, 'organisations/un-women.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/organisations/eiti.yaml: (whole file): expected a file of at most 512 KB, found 586 KB",
        "content/organisations/un-women.yaml: (whole file): expected text saved as UTF-8, found a file in another encoding, or not text",
      ]
    `);
  });

  it('reads a file saved with a byte-order mark (as Notepad saves UTF-8) like any other', () => {
    expect(problemsAfter((content) => writeFileSync(join(content, 'organisations/eiti.yaml'), `\uFEFF${readFileSync(join(content, 'organisations/eiti.yaml'), 'utf8')}`))).toEqual([]);
  });
});

describe('YAML is plain: no anchors, aliases, merge keys or tags', () => {
  it('refuses an alias bomb at its first anchor, before anything is expanded', () => {
    const bomb = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    expect(problemsAfter((content) => writeFileSync(join(content, 'organisations/eiti.yaml'), `${bomb.join('\n')}\n`))).toMatchInlineSnapshot(`
      [
        "content/organisations/eiti.yaml:1: (YAML syntax): expected plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!), found an anchor "&a"",
      ]
    `);
  });

  it('refuses merge keys, custom tags such as !!js/function, and directives', () => {
    expect(problemsAfter((content) => writeFileSync(join(content, 'organisations/eiti.yaml'), 'kind: partner\n<<: {name: Merged}\n'))).toMatchInlineSnapshot(`
      [
        "content/organisations/eiti.yaml:2: (YAML syntax): expected plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!), found a merge key "<<"",
      ]
    `);
    expect(problemsAfter((content) => writeFileSync(join(content, 'organisations/eiti.yaml'), 'name: !!js/function "function () {}"\nkind: partner\n'))).toMatchInlineSnapshot(`
      [
        "content/organisations/eiti.yaml:1: (YAML syntax): expected plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!), found a tag "!!js/function"",
      ]
    `);
    expect(problemsAfter((content) => writeFileSync(join(content, 'organisations/eiti.yaml'), '%TAG !e! tag:example.com,2000:\n---\nname: EITI\nkind: partner\n'))).toMatchInlineSnapshot(`
      [
        "content/organisations/eiti.yaml:1: (YAML syntax): expected plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!), found a directive "%TAG !e! tag:example.com,2000:"",
      ]
    `);
    expect(problemsAfter(withFrontMatter('city: Astana', 'city: !!binary QXN0YW5h'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:6: (YAML syntax): expected plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!), found a tag "!!binary"",
      ]
    `);
  });
});

describe('values mean what they say', () => {
  it('refuses a date that is not on the calendar, written with or without quotes', () => {
    expect(problemsAfter(withFrontMatter('startDate: 2024-12-11', 'startDate: 2024-02-30'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:4: startDate: expected a real calendar date, e.g. 2024-12-11 (2024-02-30 is not one), found "2024-02-30"",
      ]
    `);
    expect(problemsAfter(withFrontMatter('startDate: 2024-12-11', 'startDate: "2023-02-29"'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:4: startDate: expected a real calendar date, e.g. 2024-12-11 (2024-02-30 is not one), found "2023-02-29"",
      ]
    `);
  });

  it('refuses a count that is not a whole number of at least 0, in a statistic or a cohort', () => {
    expect(problemsAfter((content) => replaceIn(join(content, 'cohorts/2024-astana/statistics/technovation-girls-applications.yaml'), /value: \d+/, 'value: 2345.5'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/statistics/technovation-girls-applications.yaml:3: value.value: expected a whole number of at least 0 (a count has no fractions), found 2345.5",
      ]
    `);
    expect(problemsAfter(withFrontMatter('participants: 12', 'participants: 12.5'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:9: participants: expected a whole number of at least 1 (a count has no fractions), found 12.5",
      ]
    `);
  });

  it('refuses a range of counts below 0 or with fractions, a percentage range beyond 0-100, and a minimum not below the maximum', () => {
    const range = (min: number, max: number, unit: string) => (content: string) =>
      replaceIn(join(content, 'cohorts/2024-astana/statistics/women-in-engineering-programmes.yaml'), /value:\n(?:  .*\n)+/, `value:\n  kind: range\n  min: ${min}\n  max: ${max}\n  unit: ${unit}\n`);
    expect(problemsAfter(range(-5, 3, 'count'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/statistics/women-in-engineering-programmes.yaml:3: value.min: expected a whole number of at least 0 (a count has no fractions), found -5",
      ]
    `);
    expect(problemsAfter(range(1.5, 3, 'count'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/statistics/women-in-engineering-programmes.yaml:3: value.min: expected a whole number of at least 0 (a count has no fractions), found 1.5",
      ]
    `);
    expect(problemsAfter(range(-1, 140, 'percent'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/statistics/women-in-engineering-programmes.yaml:3: value.min: expected a percentage from 0 to 100, found -1",
        "content/cohorts/2024-astana/statistics/women-in-engineering-programmes.yaml:4: value.max: expected a percentage from 0 to 100, found 140",
      ]
    `);
    expect(problemsAfter(range(15, 15, 'percent'))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/statistics/women-in-engineering-programmes.yaml:3: value.min: expected a minimum below the maximum (15), found 15",
      ]
    `);
  });

  it('refuses a ratio whose denominator is 0 or below its numerator', () => {
    const ratio = (numerator: number, denominator: number) => (content: string) =>
      replaceIn(join(content, 'cohorts/2024-astana/statistics/women-developing-technologies.yaml'), /value:\n(?:  .*\n)+/, `value:\n  kind: ratio\n  numerator: ${numerator}\n  denominator: ${denominator}\n`);
    expect(problemsAfter(ratio(0, 0))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/statistics/women-developing-technologies.yaml:4: value.denominator: expected a whole number from 1 to 10 (never 0), found 0",
      ]
    `);
    expect(problemsAfter(ratio(4, 3))).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/statistics/women-developing-technologies.yaml:3: value.numerator: expected a numerator that is not above the denominator, found 4",
      ]
    `);
  });
});
