/**
 * A cohort's hero photo on its social cards (cohort and quote cards): drawn behind the text
 * under a scrim that keeps the text readable over any photo; the text the card shows is the
 * same as without the photo (whole sentences, the whole date line); cards of a cohort without
 * a hero are drawn as before.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardPhoto, cohortCard, quoteCard } from '../../src/lib/sharing/cards/cards';
import { cardKey, renderCardPng } from '../../src/lib/sharing/cards/render';
import { CARD_COLOURS, fitQuote, PHOTO_SCRIM } from '../../src/lib/sharing/cards/template';
import { ROOT } from './helpers';

const HERO = join(ROOT, 'tests/fixtures/two-cohorts/content/cohorts/2025-almaty/photos/hero.jpg');
/** A hero as Astro's image() gives it: metadata with the file's path as fsPath. */
const hero = { alt: 'Participants in a hall', src: Object.defineProperty({ width: 1440, height: 960 }, 'fsPath', { value: HERO, enumerable: false }) };

const cohort = {
  id: '2025-almaty',
  title: 'Fixture recap, Almaty 2025',
  programme: 'Leadership Programme for Women in STEM',
  city: 'Almaty',
  startDate: new Date('2025-10-01T00:00:00Z'),
  endDate: new Date('2025-10-03T00:00:00Z'),
  participants: 20,
  regions: ['Almaty', 'Zhetysu', 'Kyzylorda'],
  summary: 'The second cohort of the fixture programme, in Almaty.',
  quotes: [1],
  speakers: [1],
};
const clark =
  'Empowering women in STEM is not just about equality. It is a profound transformation of how we solve problems, and it starts with the young women in this room. Each of you can lead it.';
const quote = (withHero: boolean) =>
  quoteCard({
    id: 'almaty-clark-return',
    text: clark,
    occasion: 'conversation with participants',
    speaker: { displayName: 'Helen Clark', roles: [{ label: 'UNDP Administrator (2009–2017)' }] },
    cohort: withHero ? { ...cohort, hero } : cohort,
  });

/** Relative luminance of an sRGB colour (WCAG 2). */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** The scrim's opacity at a fraction of the card's width. */
function alphaAt(x: number): number {
  for (let i = 1; i < PHOTO_SCRIM.length; i++) {
    const [a, b] = [PHOTO_SCRIM[i - 1]!, PHOTO_SCRIM[i]!];
    if (x <= b.at) return a.alpha + ((x - a.at) / (b.at - a.at)) * (b.alpha - a.alpha);
  }
  return PHOTO_SCRIM.at(-1)!.alpha;
}

describe('the hero photo on social cards', () => {
  it("takes the hero's file from Astro's image metadata, and leaves cards of a cohort without one as they were", () => {
    expect(cardPhoto({ hero })).toEqual({ file: HERO, alt: 'Participants in a hall' });
    expect(cohortCard({ ...cohort, hero }).photo?.file).toBe(HERO);
    expect(quote(true).photo?.file).toBe(HERO);
    expect(cohortCard(cohort).photo).toBeUndefined();
    expect(quote(false)).not.toHaveProperty('photo.file');
  });

  it('shows the same words with and without the photo: whole sentences, the whole date line', () => {
    const [withPhoto, without] = [quote(true), quote(false)];
    expect(withPhoto.quote).toBe(without.quote);
    expect(withPhoto.cohort).toBe('Almaty · 1–3 October 2025');
    expect(fitQuote(withPhoto.quote).text).toMatch(/[.!?]( …)?$/);
    // A new photo file (or none) makes a new card; the same one the same card.
    expect(cardKey(withPhoto)).not.toBe(cardKey(without));
    expect(cardKey(quote(true))).toBe(cardKey(withPhoto));
  });

  it('keeps text readable over any photo: at least 7:1 for the main text, 4.5:1 for the muted lines and the sun-coloured place-and-date line, even over white', () => {
    const paper = rgb(CARD_COLOURS.paper);
    // Text runs from the left padding (72 px) to the right padding (1128 px) of the 1200 px card.
    for (let x = 72 / 1200; x <= 1128 / 1200; x += 0.01) {
      const a = alphaAt(x);
      for (const photo of [[255, 255, 255], [0, 0, 0], [255, 210, 74]]) {
        const behind = paper.map((c, i) => a * c + (1 - a) * photo[i]!);
        expect(contrast(rgb(CARD_COLOURS.ink), behind), `ink at ${x.toFixed(2)} over ${photo}`).toBeGreaterThanOrEqual(7);
        expect(contrast(rgb(CARD_COLOURS.muted), behind), `muted at ${x.toFixed(2)} over ${photo}`).toBeGreaterThanOrEqual(4.5);
        // The place and date, the eyebrow and the opening quotation mark (6.4:1 at worst, over white at the right edge).
        expect(contrast(rgb(CARD_COLOURS.sun), behind), `sun at ${x.toFixed(2)} over ${photo}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('draws the photo behind the text of a 1200 x 630 card, showing most towards the right edge', async () => {
    const stats = async (png: Buffer, left: number) => {
      const strip = await sharp(png).extract({ left, top: 0, width: 60, height: 630 }).png().toBuffer();
      return (await sharp(strip).stats()).channels.map((c) => c.stdev);
    };
    const [withPhoto, without] = await Promise.all([renderCardPng(cohortCard({ ...cohort, hero })), renderCardPng(cohortCard(cohort))]);
    expect(await sharp(withPhoto).metadata()).toMatchObject({ width: 1200, height: 630 });
    // Without a photo the right edge is flat paper; with one it has the photo's texture.
    expect(Math.max(...(await stats(without, 1140)))).toBeLessThan(1);
    expect(Math.max(...(await stats(withPhoto, 1140)))).toBeGreaterThan(2);
  });
});
