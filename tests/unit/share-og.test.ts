import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { QuoteSchema } from '../../src/schemas/quote';
import { cardAlt, cardText, cohortCard, cohortLine, homeCard, quoteCard, speakerCard, type QuoteCardSpec } from '../../src/lib/sharing/cards/cards';
import { uncovered } from '../../src/lib/sharing/cards/fonts';
import { CardGlyphError, assertDrawable, cardKey, cardPng, renderCardPng } from '../../src/lib/sharing/cards/render';
import { cardQuote, countLines, fitProgramme, fitQuote, occasionFits, QUOTE_BOX } from '../../src/lib/sharing/cards/template';

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
    expect(fit.size).toBe(68);
    expect(fit.text).toBe('Achieving gender equality requires ongoing commitment.');
  });

  it('fits a long quote by shrinking the type, then keeping whole sentences with an ellipsis after them', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence${i} with several ordinary words.`).join(' ');
    const fit = fitQuote(long);
    expect(fit.size).toBe(68);
    expect(fit.text.endsWith('. …')).toBe(true);
    const kept = fit.text.slice(0, -2);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' ');
    expect(countLines(fit.text, QUOTE_BOX.width, fit.size)).toBeLessThanOrEqual(fit.lines);
  });

  // The seed's quotes (the unit-test snapshot of content/) on a card in each language: the
  // words end at a sentence boundary, the place-and-date line and the programme are whole.
  // cards-ocr.test.ts reads the drawn cards back with OCR at 300 px wide.
  const seed = join(fileURLToPath(new URL('../fixtures/unit-site/content/cohorts/2024-astana/', import.meta.url)));
  const original = load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(seed, 'index.mdx'), 'utf8'))![1]!) as Record<string, string>;
  // The snapshot has no translated stories: the seed's (content/cohorts/2024-astana/index.<locale>.mdx).
  const translated = {
    ru: { programme: 'Программа лидерства для женщин в STEM', city: 'Астана' },
    kk: { programme: 'STEM саласындағы әйелдерге арналған көшбасшылық бағдарламасы', city: 'Астана' },
  };
  const seedQuotes = readdirSync(join(seed, 'quotes')).map((f) => load(readFileSync(join(seed, 'quotes', f), 'utf8')) as { text: string; highlight?: string; occasion: string });
  it.each(['en', 'ru', 'kk'] as const)('never ends a seed quote card mid-sentence, and keeps its date line and programme whole (%s)', (locale) => {
    const facts = { ...original, ...(locale === 'en' ? {} : translated[locale]) };
    const seedCohort = { ...cohort, programme: facts.programme!, city: facts.city! };
    expect(seedQuotes.length).toBeGreaterThanOrEqual(4);
    for (const q of seedQuotes) {
      const spec = quoteCard({ id: 'seed', text: q.text, highlight: q.highlight, occasion: q.occasion, speaker: { displayName: 'Helen Clark', roles: [] }, cohort: seedCohort }, locale);
      const words = spec.quote;
      const shown = cardQuote(spec).text;
      const whole = shown === words || (/[.!?] …$/.test(shown) && words.startsWith(shown.slice(0, -2)) && words[shown.length - 2] === ' ');
      expect(whole, `card text "${shown}"`).toBe(true);
      expect(shown).toMatch(/[.!?…]$/);
      expect(cardQuote(spec).size, 'quote type at least 34 px: 8.5 px at 300 px wide').toBeGreaterThanOrEqual(34);
      expect(spec.cohort).toBe(cohortLine(seedCohort, locale));
    }
    // Whole, at 28 px or more (7 px at 300 px wide), on at most two lines.
    expect(fitProgramme(seedCohort.programme).size).toBeGreaterThanOrEqual(28);
    expect(fitProgramme(seedCohort.programme).lines).toBeLessThanOrEqual(2);
  });

  it('sets a programme name too long for one line on two, never cutting it', () => {
    expect(fitProgramme('A'.repeat(10)).size).toBe(34);
    expect(fitProgramme('Leadership Programme for Women in Science, Technology, Engineering and Mathematics in Central Asia').lines).toBe(2);
  });

  it('prints the occasion after the place and date only when it fits whole', () => {
    // The review saw "Astana · 11–12 December 2024 · conversation with the partic…".
    expect(occasionFits('Astana · 11–12 December 2024', 'closing ceremony')).toBe(true);
    expect(occasionFits('Astana · 11–12 December 2024', 'conversation with the participants')).toBe(false);
    expect(occasionFits('Астана · 11–12 декабря 2024 г.', 'церемония закрытия')).toBe(true);
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
