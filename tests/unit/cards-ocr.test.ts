/**
 * Each quote's social card, in every language, shown 300 px wide as a messenger shows it and
 * read back with OCR (tesseract): the quote ends at a sentence boundary (or at an ellipsis
 * after whole sentences), and the programme's name, the speaker and the whole place-and-date
 * line are there. What the card data holds is tested without OCR in share-og.test.ts; this
 * checks what the drawn pixels say at the size people see them, on the built site (dist/, or
 * RECAP_DIST) and the content it was built from.
 *
 * How a card is read: the built PNG is scaled down to 300 px wide (sharp, as a messenger's
 * preview scales it), enlarged 4 times, smoothly and adding no detail, turned to dark on light
 * and read by tesseract, which needs letters about 20 px tall. OCR noise is allowed for: a line
 * matches when its normalised edit distance (Levenshtein distance over the expected text's
 * length, after lower-casing and folding dashes, dots and spaces) is at most OCR_TOLERANCE.
 * Node only: it ran in the browser runner until the picture work moved to sharp, which took a
 * browser tab and two screenshots per card out of every run.
 *
 * Needs tesseract with the eng, rus and kaz data (Debian: tesseract-ocr tesseract-ocr-rus
 * tesseract-ocr-kaz; .ci/run installs them). Without it the test fails in CI and, elsewhere,
 * is skipped with a message saying what to install.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import sharp from 'sharp';
import { describe, it } from 'vitest';
import { cohortLine, identityOf } from '../../src/lib/sharing/cards/cards';
import { cardQuote } from '../../src/lib/sharing/cards/template';
import { tesseractProblem } from '../e2e/support/programs';
import { CONTENT, DIST, publishedQuotes, speakerName, squash } from '../e2e/support/site';

/** Largest normalised edit distance accepted between an expected line and what OCR read. */
const OCR_TOLERANCE = 0.2;
/** The width messengers show a card at. */
const SHOWN_WIDTH = 300;
/** How much the 300 px picture is enlarged for tesseract. */
const ENLARGE = 4;

const LOCALES = ['en', 'ru', 'kk'] as const;
type Locale = (typeof LOCALES)[number];
/** Tesseract's language data per card language: the quote itself may be English on any card. */
const OCR_LANGS: Record<Locale, string> = { en: 'eng', ru: 'rus+eng', kk: 'kaz+eng' };

/** Lower case, one kind of dash, no dots or separators, single spaces: what OCR reliably keeps. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[·•.,:;'’"“”«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The smallest normalised edit distance between `expected` and any stretch of `text` (a
 * substring of about the same length), 0 for an exact match, 1 for nothing alike.
 */
function fuzzyFind(text: string, expected: string): number {
  const haystack = normalise(text);
  const needle = normalise(expected);
  let best = 1;
  for (let start = 0; start <= Math.max(0, haystack.length - 1); start++) {
    for (const extra of [-2, -1, 0, 1, 2]) {
      const window = haystack.slice(start, start + needle.length + extra);
      if (!window) continue;
      best = Math.min(best, editDistance(window, needle) / needle.length);
      if (best === 0) return 0;
    }
  }
  return best;
}

interface CohortFacts {
  programme: string;
  city: string;
  startDate: Date;
  endDate: Date;
}

/** The programme and the place-and-date line as a card in `locale` prints them, from content/. */
function cohortFacts(cohortId: string, locale: Locale): CohortFacts {
  const front = (file: string): Record<string, unknown> => {
    try {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(CONTENT, 'cohorts', cohortId, file), 'utf8'));
      return match ? ((load(match[1]!, { schema: CORE_SCHEMA }) ?? {}) as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const original = front('index.mdx');
  const translated = locale === 'en' ? {} : front(`index.${locale}.mdx`);
  const date = (v: unknown) => new Date(`${String(v).slice(0, 10)}T00:00:00Z`);
  return {
    programme: String(translated.programme ?? original.programme),
    city: String(translated.city ?? original.city),
    startDate: date(original.startDate),
    endDate: date(original.endDate),
  };
}

/** The built card at `file` as it looks 300 px wide, enlarged and turned dark on light for OCR, as a PNG. */
async function shownAt300(file: string): Promise<Buffer> {
  if (!existsSync(file)) throw new Error(`no card at ${file}`);
  const small = await sharp(file).resize({ width: SHOWN_WIDTH }).png().toBuffer();
  return sharp(small).resize({ width: SHOWN_WIDTH * ENLARGE, kernel: 'cubic' }).grayscale().negate({ alpha: false }).png().toBuffer();
}

/** What tesseract reads on `png`. One thread each: the cards are read several at once. */
async function ocr(png: Buffer, langs: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'card-ocr-'));
  try {
    const file = join(dir, 'card.png');
    writeFileSync(file, png);
    const { stdout } = await run('tesseract', [file, 'stdout', '-l', langs, '--psm', '4'], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = promisify(execFile);
const quotes = publishedQuotes();
const problem = tesseractProblem();
if (problem && !process.env.CI) console.warn(`cards-ocr: the cards are skipped here (in CI this fails): ${problem}`);

describe.skipIf(!existsSync(join(DIST, 'index.html')))('social cards read back at 300 px wide', () => {
  it('tesseract, which reads them, is installed (in CI; elsewhere the cards are skipped with this message)', () => {
    if (problem && process.env.CI) throw new Error(problem);
  });

  for (const locale of LOCALES) {
    for (const quote of quotes) {
      // Concurrent: each card waits on its own tesseract process, so they are read side by side.
      it.skipIf(Boolean(problem)).concurrent(`${locale}: card of quote ${quote.id}`, async ({ expect }) => {
        const facts = cohortFacts(quote.cohortId, locale);
        const expected = {
          programme: facts.programme,
          speaker: speakerName(quote.speakerId),
          dateLine: cohortLine(facts, locale),
        };
        const text = await ocr(await shownAt300(join(DIST, locale === 'en' ? '' : locale, 'og', 'quotes', `${quote.id}.png`)), OCR_LANGS[locale]);
        const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
        const report = `OCR read:\n${text}`;
        for (const [what, value] of Object.entries(expected)) {
          expect(fuzzyFind(text, value), `${what} "${value}" on the card (tolerance ${OCR_TOLERANCE}). ${report}`).toBeLessThanOrEqual(OCR_TOLERANCE);
        }
        // The quote is read between the wordmark (programme and tagline) and the speaker's name,
        // leaving out specks read as lines (fewer than 4 letters: the big quotation mark, "66").
        const speakerLine = lines.findIndex((l) => fuzzyFind(l, expected.speaker) <= OCR_TOLERANCE);
        const programmeLine = lines.findIndex((l) => fuzzyFind(l, expected.programme) <= OCR_TOLERANCE);
        expect(speakerLine, `the speaker's line comes after the programme's. ${report}`).toBeGreaterThan(programmeLine + 1);
        const quoteLines = lines.slice(programmeLine + 2, speakerLine).filter((l) => (l.match(/\p{L}/gu) ?? []).length >= 4);
        // What the card should print: whole sentences, ending in . ! ? or with an ellipsis after them.
        const shown = cardQuote({ quote: squash(quote.highlight ?? quote.text), identity: identityOf(facts.programme, locale) }).text;
        expect(shown, 'the card data ends at a sentence boundary').toMatch(/[.!?…]["”»]?$/);
        expect(editDistance(normalise(quoteLines.join(' ')).replace(/^66 /, ''), normalise(shown)) / normalise(shown).length, `the quote as printed: "${shown}". ${report}`).toBeLessThanOrEqual(OCR_TOLERANCE);
        expect(quoteLines.at(-1), `the quote's last line ends a sentence. ${report}`).toMatch(/([.!?]|…|\.\.\.)["”»]?$/);
      });
    }
  }
});
