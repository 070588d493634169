/**
 * Each quote's social card, in every language, shown 300 px wide as a messenger shows it and
 * read back with OCR (tesseract): the quote ends at a sentence boundary (or at an ellipsis
 * after whole sentences), and the programme's name, the speaker and the whole place-and-date
 * line are there. What the card data holds is tested without OCR in share-og.test.ts; this
 * checks what the drawn pixels say at the size people see them, on the built site (dist/, or
 * RECAP_DIST) and the content it was built from, and on the two-cohorts fixture, whose cards
 * are drawn over the cohort's photo and which has a quote given in Kazakh. Tesseract reads each
 * card in the card's language, the quote's and English.
 *
 * How a card is read: the built PNG is scaled down to 300 px wide (sharp, as a messenger's
 * preview scales it), enlarged 4 times, smoothly and adding no detail, turned to dark on light
 * and read by tesseract, which needs letters about 20 px tall. OCR noise is allowed for: a line
 * matches when its normalised edit distance (Levenshtein distance over the expected text's
 * length, after lower-casing and folding dashes, dots and spaces) is at most OCR_TOLERANCE.
 * Text over a photo is read again with the photo's greys cut away (two cuts), and each check
 * passes when one reading passes it.
 * Node only: it ran in the browser runner until the picture work moved to sharp, which took a
 * browser tab and two screenshots per card out of every run.
 *
 * Needs tesseract with the eng, rus and kaz data (Debian: tesseract-ocr tesseract-ocr-rus
 * tesseract-ocr-kaz; .ci/run installs them). Without it the test fails in CI and, elsewhere,
 * is skipped with a message saying what to install.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { describe, it } from 'vitest';
import { cohortLine, identityOf } from '../../src/lib/sharing/cards/cards';
import { cardQuote } from '../../src/lib/sharing/cards/template';
import { LOCALES, type Locale } from '../../src/i18n';
import { tesseractProblem } from '../e2e/support/programs';
import { CONTENT, DIST, frontmatter, publishedQuotes, speakerName, squash } from '../e2e/support/site';
import { FIXTURE_SITES, fixtureDist, ROOT } from '../setup/builds';

/** Largest normalised edit distance accepted between an expected line and what OCR read. */
const OCR_TOLERANCE = 0.2;
/** The width messengers show a card at. */
const SHOWN_WIDTH = 300;
/** How much the 300 px picture is enlarged for tesseract. */
const ENLARGE = 4;

const TESSERACT: Record<Locale, string> = { en: 'eng', ru: 'rus', kk: 'kaz' };

/** Tesseract's languages for a card: the card's own (labels, date), the quote's (never translated on a card), and English (names, the programme). */
function ocrLangs(card: Locale, quote: Locale): string {
  return [...new Set([card, quote, 'en' as const])].map((l) => TESSERACT[l]).join('+');
}

/** What OCR makes of the large quotation mark or the logo at the start of a line: "66", "6¢", "«|". */
const LEADING_MARK = /^[^\p{L}\p{N}]*(?:[\p{N}][^\p{L}\s]*)?\s+/u;

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
function cohortFacts(content: string, cohortId: string, locale: Locale): CohortFacts {
  const front = (file: string) => {
    const path = join(content, 'cohorts', cohortId, file);
    return existsSync(path) ? frontmatter(path) : {};
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

/**
 * The built card at `file` as it looks 300 px wide, enlarged and turned dark on light for OCR, as
 * a PNG; `threshold` also turns every grey lighter than it white and the rest black, which is how
 * tesseract reads text drawn over a cohort's photo (the photo's shapes read as letters otherwise).
 */
async function shownAt300(file: string, threshold?: number): Promise<Buffer> {
  if (!existsSync(file)) throw new Error(`no card at ${file}`);
  const small = await sharp(file).resize({ width: SHOWN_WIDTH }).png().toBuffer();
  const big = sharp(small).resize({ width: SHOWN_WIDTH * ENLARGE, kernel: 'cubic' }).grayscale();
  return (threshold ? big.threshold(threshold) : big).negate({ alpha: false }).png().toBuffer();
}

/** Grey levels that separate a card's light text from its darkened photo, tried in turn. */
const PHOTO_THRESHOLDS = [170, 150];

interface CardExpectation {
  programme: string;
  /** The line under the programme's name ("PROGRAMME RECAP"), which is not part of the quote. */
  tagline: string;
  speaker: string;
  dateLine: string;
  /** The quote as the card data prints it. */
  quote: string;
}

/** What is wrong with what OCR read on a card, by check: an empty map when it reads as expected. */
function readingProblems(text: string, expected: CardExpectation): Map<string, string> {
  const problems = new Map<string, string>();
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const what of ['programme', 'speaker', 'dateLine'] as const) {
    if (fuzzyFind(text, expected[what]) > OCR_TOLERANCE) problems.set(what, `${what} "${expected[what]}" is not on the card`);
  }
  // The quote is read between the wordmark (programme and tagline) and the speaker's name,
  // leaving out the tagline (when it is read at all) and specks read as lines (fewer than 4
  // letters). The speaker's line is the last that names them (a quote may name its own speaker),
  // found by the whole name or its longest word: whether the whole name reads is checked above.
  const surname = expected.speaker.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
  const programmeLine = lines.findIndex((l) => fuzzyFind(l, expected.programme) <= OCR_TOLERANCE);
  const speakerLine = lines.findLastIndex((l) => [expected.speaker, surname].some((name) => fuzzyFind(l, name) <= OCR_TOLERANCE));
  if (programmeLine < 0 || speakerLine <= programmeLine + 1) return problems.set('quote', "the quote is not found between the programme's line and the speaker's");
  const quoteLines = lines
    .slice(programmeLine + 1, speakerLine)
    .filter((l) => (l.match(/\p{L}/gu) ?? []).length >= 4 && !(l.length < expected.tagline.length * 1.5 && fuzzyFind(l, expected.tagline) <= 0.35));
  const read = normalise(quoteLines.join(' ')).replace(LEADING_MARK, '');
  if (editDistance(read, normalise(expected.quote)) / normalise(expected.quote).length > OCR_TOLERANCE) problems.set('quote', `the quote reads "${read}", not "${expected.quote}"`);
  else if (!/([.!?]|…|\.\.\.)["”»]?$/.test(quoteLines.at(-1) ?? '')) problems.set('quote', `the quote's last line "${quoteLines.at(-1)}" does not end a sentence`);
  return problems;
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
const problem = tesseractProblem();
if (problem && !process.env.CI) console.warn(`cards-ocr: the cards are skipped here (in CI this fails): ${problem}`);

it('tesseract, which reads the cards, is installed (in CI; elsewhere the cards are skipped with this message)', () => {
  if (problem && process.env.CI) throw new Error(problem);
});

/**
 * The built site, and the two-cohorts fixture: its cards are drawn over the cohort's photo and
 * one of its quotes is in Kazakh, which the seed content has neither of.
 */
const SITES = [
  { name: 'the site', dist: DIST, content: CONTENT },
  { name: 'the two-cohorts fixture', dist: fixtureDist('two-cohorts'), content: resolve(ROOT, FIXTURE_SITES['two-cohorts'].content) },
];

for (const site of SITES) {
  describe.skipIf(!existsSync(join(site.dist, 'index.html')))(`${site.name}: social cards read back at 300 px wide`, () => {
    for (const locale of LOCALES) {
      for (const quote of publishedQuotes(site.content)) {
        // Concurrent: each card waits on its own tesseract process, so they are read side by side.
        it.skipIf(Boolean(problem)).concurrent(`${locale}: card of quote ${quote.id}`, async ({ expect }) => {
          const facts = cohortFacts(site.content, quote.cohortId, locale);
          // What the card should print: whole sentences, ending in . ! ? or with an ellipsis after them.
          const identity = identityOf(facts.programme, locale);
          const shown = cardQuote({ quote: squash(quote.highlight ?? quote.text), identity }).text;
          expect(shown, 'the card data ends at a sentence boundary').toMatch(/[.!?…]["”»]?$/);
          const expected = { programme: facts.programme, tagline: identity.tagline, speaker: speakerName(quote.speakerId, site.content), dateLine: cohortLine(facts, locale), quote: shown };
          const file = join(site.dist, locale === 'en' ? '' : locale, 'og', 'quotes', `${quote.id}.png`);
          const langs = ocrLangs(locale, quote.lang);
          // Each check passes when one reading passes it: the card as it is, or, for text over a
          // photo, with the photo's greys cut away (the yellow date line and the white quote
          // come out best at different cuts). The quote itself must be read whole in one reading.
          let report = '';
          let problems: Map<string, string> | undefined;
          for (const threshold of [undefined, ...PHOTO_THRESHOLDS]) {
            const text = await ocr(await shownAt300(file, threshold), langs);
            report += `\n${threshold ? `with greys below ${threshold} cut away` : 'OCR read'}:\n${text}`;
            const found = readingProblems(text, expected);
            problems = new Map([...(problems ?? found)].filter(([check]) => found.has(check)));
            if (!problems.size) break;
          }
          expect([...(problems?.values() ?? [])], `${file} at 300 px (tolerance ${OCR_TOLERANCE}).${report}`).toEqual([]);
        });
      }
    }
  });
}
