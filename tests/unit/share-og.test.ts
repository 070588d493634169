import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { QuoteSchema } from '../../src/schemas/quote';
import { cardAlt, cardText, cohortCard, homeCard, quoteCard, speakerCard, type QuoteCardSpec } from '../../src/lib/sharing/cards/cards';
import { uncovered } from '../../src/lib/sharing/cards/fonts';
import { CardGlyphError, assertDrawable, cardKey, cardPng, renderCardPng } from '../../src/lib/sharing/cards/render';
import { countLines, fitQuote } from '../../src/lib/sharing/cards/template';

const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

const kazakh = QuoteSchema.parse(load(readFileSync(new URL('../fixtures/kazakh-quote/quote.yaml', import.meta.url), 'utf8')));

const cohort = {
  id: '2024-astana',
  title: 'Leadership Programme for Women in STEM, Astana 2024',
  programme: 'Leadership Programme for Women in STEM',
  city: 'Astana',
  startDate: new Date('2024-12-11T00:00:00Z'),
  endDate: new Date('2024-12-12T00:00:00Z'),
  participants: 12,
  regions: ['Kyzylorda', 'Mangystau'],
  summary: 'Twelve young women from the Kyzylorda and Mangystau regions spent two days in Astana.',
  quotes: [1],
  speakers: [1],
};

function kazakhCard(): QuoteCardSpec {
  return quoteCard({
    id: 'kazakh-fixture',
    text: kazakh.text,
    occasion: kazakh.occasion,
    speaker: { displayName: 'Әсел Құрманғазықызы', roles: [{ label: 'Мәжіліс депутаты' }] },
    cohort,
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('social card fonts', () => {
  it('the Kazakh fixture uses every Kazakh-specific letter', () => {
    for (const letter of KAZAKH_LETTERS) expect(kazakh.text.toLowerCase()).toContain(letter);
  });

  it('Onest draws every character of a Kazakh and Russian card, so nothing falls back to a blank', () => {
    expect(uncovered(cardText(kazakhCard()))).toEqual([]);
    expect(uncovered(KAZAKH_LETTERS.join('') + KAZAKH_LETTERS.join('').toUpperCase())).toEqual([]);
  });

  it('refuses to draw a card with a character no card font has, naming the card and the character', () => {
    const spec = { ...kazakhCard(), quote: 'Data 数据 matters' };
    expect(() => assertDrawable(spec)).toThrow(CardGlyphError);
    expect(() => assertDrawable(spec)).toThrow(/quote "kazakh-fixture".*数 \(U\+6570\)/);
  });
});

describe('social card layout', () => {
  it('sets a short quote big and keeps it whole', () => {
    const fit = fitQuote('Achieving gender equality requires ongoing commitment.');
    expect(fit.size).toBe(72);
    expect(fit.text).toBe('Achieving gender equality requires ongoing commitment.');
  });

  it('fits a long quote by shrinking the type, then keeping whole sentences with an ellipsis after them', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence${i} with several ordinary words.`).join(' ');
    const fit = fitQuote(long);
    expect(fit.size).toBe(72);
    expect(fit.text.endsWith('. …')).toBe(true);
    const kept = fit.text.slice(0, -2);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' ');
    expect(countLines(fit.text, Math.floor(920 / (fit.size * 0.56)))).toBeLessThanOrEqual(fit.lines);
  });

  it('never ends a seed quote card mid-sentence', () => {
    const clark =
      'I am thrilled to see UNDP bringing together women in STEM fields. We are at a pivotal moment in history where algorithms and artificial intelligence shape our world. This is not just a technological issue but a profound gender equality issue. Women must have equal access to these fields, as their perspectives and contributions are indispensable. I applaud you, the women who have courageously entered and are driving change in this vital sector.';
    const fit = fitQuote(clark);
    expect(fit.text === clark || /[.!?] …$/.test(fit.text)).toBe(true);
  });

  it('describes the card for screen readers with quote, speaker, role and occasion', () => {
    const alt = cardAlt(kazakhCard());
    expect(alt).toContain('Әсел Құрманғазықызы');
    expect(alt).toContain('Мәжіліс депутаты');
    expect(alt).toContain('ашылу салтанаты');
  });
});

describe('social card rendering', () => {
  it('draws a Kazakh quote as a 1200x630 PNG', async () => {
    const png = await renderCardPng(kazakhCard());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('draws cohort, speaker and home cards as 1200x630 PNGs', async () => {
    const speaker = { id: 'helen-clark', name: 'Helen Clark', displayName: 'Helen Clark', roles: [{ label: 'UNDP Administrator (2009–2017)' }], quotes: [1], cohorts: [cohort] };
    const home = { programme: cohort.programme, totals: { cohorts: 1, participants: 12, regions: 2, speakers: 4 }, latest: cohort };
    for (const spec of [cohortCard(cohort), speakerCard(speaker, cohort.programme), homeCard(home)]) {
      expect(pngSize(await renderCardPng(spec))).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('social card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a card once and serves the same bytes from the cache after that', async () => {
    const first = await cardPng(kazakhCard(), dir);
    expect(readdirSync(dir)).toEqual([`${cardKey(kazakhCard())}.png`]);
    expect((await cardPng(kazakhCard(), dir)).equals(first)).toBe(true);
    // Served from the file, not drawn again: what the file holds is what comes back.
    writeFileSync(join(dir, `${cardKey(kazakhCard())}.png`), 'cached');
    expect((await cardPng(kazakhCard(), dir)).toString()).toBe('cached');
  });

  it('keys a card by its content, so an edited quote gets a new card', () => {
    const edited = { ...kazakhCard(), quote: `${kazakhCard().quote} Қосымша.` };
    expect(cardKey(edited)).not.toBe(cardKey(kazakhCard()));
    expect(cardKey({ ...kazakhCard() })).toBe(cardKey(kazakhCard()));
  });
});
