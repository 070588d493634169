/**
 * The font social cards are drawn with: the site's own face, Onest, as static-weight .woff
 * files from the @fontsource/onest package, so cards build offline. (The site itself serves the
 * variable build, subset to what it uses; those ship WOFF2 only, and satori draws a variable
 * font at its default weight.)
 *
 * Each unicode subset is registered under its own family name ("Onest", "Onest cyrillic-ext",
 * ...) and a card lists them all in font-family, so every character is looked up in each
 * subset at the requested weight, in order. Together they draw Kazakh, Russian and English.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type FontWeight = 400 | 500 | 600 | 700;

/** The weights the card template uses. */
const CARD_WEIGHTS = [400, 500, 600, 700] as const satisfies readonly FontWeight[];

/** One font file as satori wants it. */
export interface CardFont {
  name: string;
  weight: FontWeight;
  style: 'normal';
  data: Buffer;
}

const require = createRequire(join(process.cwd(), 'package.json'));
const familyName = (subset: (typeof SUBSETS)[number]) => `Onest${subset === 'latin' ? '' : ` ${subset}`}`;

/** The CSS font-family list of the card font: its subsets in order, e.g. "Onest, Onest latin-ext, ...". */
export const CARD_FONT_STACK = SUBSETS.map((s) => `'${familyName(s)}'`).join(', ');

/** Absolute path of one .woff file in node_modules. */
function fontFile(subset: (typeof SUBSETS)[number], weight: FontWeight): string {
  return require.resolve(`@fontsource/onest/files/onest-${subset}-${weight}-normal.woff`);
}

let loaded: CardFont[] | undefined;

/** Every font file the template uses, read once per process. */
export function loadCardFonts(): CardFont[] {
  loaded ??= CARD_WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({ name: familyName(subset), weight, style: 'normal' as const, data: readFileSync(fontFile(subset, weight)) })),
  );
  return loaded;
}

// A .woff file holds one font, never a collection.
let coverage: Font[] | undefined;

/**
 * The characters of `text` the card font cannot draw, in order of first appearance. Satori
 * draws such a character as nothing at all, so the renderer refuses the card instead.
 */
export function uncovered(text: string): string[] {
  // Weights share a character set: one weight's files answer for all.
  coverage ??= SUBSETS.map((subset) => create(readFileSync(fontFile(subset, 400))) as Font);
  const missing: string[] = [];
  for (const char of new Set(Array.from(text))) {
    // White space and format controls are laid out, not drawn.
    if (/\s|\p{Cf}/u.test(char)) continue;
    if (!coverage.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0)!))) missing.push(char);
  }
  return missing;
}

/** "ä (U+00E4)": a character as people and bug reports can both read it. */
export function describeCharacter(char: string): string {
  return `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

const faces = new Map<FontWeight, Font[]>();
const widths = new Map<string, number>();

/**
 * The width of `text` set in the card font at `weight`, in em (multiply by the type size for
 * pixels): the sum of each character's advance in the first subset that has it, without kerning,
 * which only ever narrows Onest's Latin and Cyrillic text, so the measure errs on the wide side.
 * The template wraps and sizes text with it, so a card is laid out as satori will draw it.
 */
export function textWidth(text: string, weight: FontWeight): number {
  let fonts = faces.get(weight);
  if (!fonts) faces.set(weight, (fonts = SUBSETS.map((subset) => create(readFileSync(fontFile(subset, weight))) as Font)));
  let total = 0;
  for (const char of text) {
    const key = `${weight}${char}`;
    let width = widths.get(key);
    if (width === undefined) {
      const code = char.codePointAt(0)!;
      const font = fonts.find((f) => f.hasGlyphForCodePoint(code)) ?? fonts[0]!;
      width = font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm;
      widths.set(key, width);
    }
    total += width;
  }
  return total;
}
