/**
 * A cohort's photos (front matter `photos:` in content/cohorts/<id>/index.mdx): `npm run check`
 * and the build refuse each mistake with file, line and field: a missing alt text or credit, a
 * file that is not a raster picture (by its bytes), a path outside content/, a hero narrower
 * than 1200 pixels, two heroes, translations that do not line up.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemsAfter, ROOT } from './helpers';

const PHOTOS = join(ROOT, 'tests/fixtures/two-cohorts/content/cohorts/2025-almaty/photos');
const COHORT = 'cohorts/2024-astana/index.mdx';

/** Bytes of pictures made for the cases: a 800 px JPEG, a GIF and an SVG. */
let small: Buffer;
let gif: Buffer;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>\n';

beforeAll(async () => {
  const pixels = { create: { width: 800, height: 533, channels: 3 as const, background: '#336699' } };
  small = await sharp(pixels).jpeg().toBuffer();
  gif = await sharp({ create: { ...pixels.create, width: 1600, height: 1000 } }).gif().toBuffer();
});

/**
 * The unit tests' content (tests/fixtures/unit-site) with `photos` (YAML lines, indented two spaces under `photos:`) added to the
 * first cohort's front matter after its last line, and the fixture's photos copied into its photos/.
 * The front matter has 49 lines, so `photos:` is on line 50 and the first photo's src on 51.
 */
const withPhotos = (yaml: string, files: Record<string, Buffer | string> = {}) => (content: string) => {
  const dir = join(content, 'cohorts/2024-astana/photos');
  mkdirSync(dir, { recursive: true });
  cpSync(PHOTOS, dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const file = join(content, COHORT);
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  writeFileSync(file, `${text.slice(0, end)}\nphotos:\n${yaml.trim().replace(/^/gm, '  ')}${text.slice(end)}`);
};

const photosLine = (content: string) => readFileSync(join(content, COHORT), 'utf8').split('\n').indexOf('photos:') + 1;

describe('cohort photos in npm run check', () => {
  it('accepts photos with alt text and credit, one of them a hero at least 1200 pixels wide', () => {
    const edit = withPhotos(`
- src: ./photos/hero.jpg
  alt: A hall
  credit: UNDP Kazakhstan
  caption: The hall.
  hero: true
- src: ./photos/workshop.png
  alt: A workshop
  credit: UNDP Kazakhstan
`);
    expect(problemsAfter(edit)).toEqual([]);
  });

  it('puts photos: where the cases expect it', () => {
    let line = 0;
    problemsAfter((content) => {
      withPhotos('- src: ./photos/hero.jpg\n  alt: A\n  credit: B')(content);
      line = photosLine(content);
    });
    expect(line).toBe(40);
  });

  it('refuses a photo without alt text or credit, naming file, line and field', () => {
    expect(problemsAfter(withPhotos(`
- src: ./photos/hero.jpg
  credit: UNDP Kazakhstan
- src: ./photos/group.jpg
  alt: A group
`))).toMatchInlineSnapshot(`
  [
    "content/cohorts/2024-astana/index.mdx:41: photos[0].alt: expected text, found nothing (the field is missing)",
    "content/cohorts/2024-astana/index.mdx:43: photos[1].credit: expected text, found nothing (the field is missing)",
  ]
`);
  });

  it('refuses an SVG or a GIF by its bytes, whatever its name, and a file that is no picture', () => {
    expect(
      problemsAfter(
        withPhotos(
          `
- src: ./photos/drawing.jpg
  alt: A drawing
  credit: Someone
- src: ./photos/moving.gif
  alt: A moving picture
  credit: Someone
- src: ./photos/notes.png
  alt: Notes
  credit: Someone
`,
          { 'drawing.jpg': SVG, 'moving.gif': gif, 'notes.png': 'just some text\n' },
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.mdx:41: photos[0].src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./photos/drawing.jpg", an SVG drawing (SVG can carry script; save it as JPEG, PNG, WebP or AVIF)",
        "content/cohorts/2024-astana/index.mdx:44: photos[1].src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./photos/moving.gif", a GIF picture (save it as JPEG, PNG, WebP or AVIF)",
        "content/cohorts/2024-astana/index.mdx:47: photos[2].src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "./photos/notes.png", a file that is not a picture in any of these formats",
        "content/cohorts/2024-astana/photos/moving.gif: (file): expected pictures saved as JPEG, PNG, WebP or AVIF, found a .gif file, which the site cannot show",
      ]
    `);
  });

  it('refuses a path that climbs out of content/, starts at the root, or is a web address', () => {
    expect(problemsAfter(withPhotos(`
- src: ../../../tests/fixtures/images/portrait.png
  alt: A
  credit: B
- src: /etc/passwd
  alt: A
  credit: B
- src: https://example.org/photo.jpg
  alt: A
  credit: B
`))).toMatchInlineSnapshot(`
  [
    "content/cohorts/2024-astana/index.mdx:41: photos[0].src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "../../../tests/fixtures/images/portrait.png", which points outside the content folder",
    "content/cohorts/2024-astana/index.mdx:44: photos[1].src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "/etc/passwd", a path from the root of the computer (write it relative to this file, e.g. "./portraits/name.jpg")",
    "content/cohorts/2024-astana/index.mdx:47: photos[2].src: expected a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg", found "https://example.org/photo.jpg", a web address (pictures are files in content/, so the site never loads another site)",
  ]
`);
  });

  it('refuses a hero narrower than 1200 pixels, and a second hero', () => {
    expect(problemsAfter(withPhotos(`
- src: ./photos/small.jpg
  alt: A small picture
  credit: Someone
  hero: true
- src: ./photos/hero.jpg
  alt: A hall
  credit: Someone
  hero: true
`, { 'small.jpg': small }))).toMatchInlineSnapshot(`
  [
    "content/cohorts/2024-astana/index.mdx:41: photos[0].src: expected a hero photo at least 1200 pixels wide (it leads the cohort page and its card), or hero: false, found a picture 800 × 533 pixels",
    "content/cohorts/2024-astana/index.mdx:48: photos[1].hero: expected one hero photo only (photos[0] is the hero), found a second one",
  ]
`);
  });

  it('accepts a small photo that is not the hero', () => {
    expect(problemsAfter(withPhotos('- src: ./photos/small.jpg\n  alt: A small picture\n  credit: Someone', { 'small.jpg': small }))).toEqual([]);
  });

  it("refuses a translation whose photos do not line up with the original's", () => {
    expect(
      problemsAfter((content) => {
        withPhotos('- src: ./photos/hero.jpg\n  alt: A hall\n  credit: Someone\n- src: ./photos/group.jpg\n  alt: A group\n  credit: Someone')(content);
        writeFileSync(join(content, 'cohorts/2024-astana/index.ru.mdx'), '---\nphotos:\n  - alt: Зал\ntranslator: X\n---\n\nТекст.\n');
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/2024-astana/index.ru.mdx:2: photos: expected the same number of photos as the original index.mdx (2), in the same order, found 1",
      ]
    `);
  });
});
