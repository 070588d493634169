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

export const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type FontWeight = 400 | 500 | 600 | 700;

/** The weights the card template uses. */
export const CARD_WEIGHTS = [400, 500, 600, 700] as const satisfies readonly FontWeight[];

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
export function fontFile(subset: (typeof SUBSETS)[number], weight: FontWeight): string {
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
