/**
 * The fonts social cards are drawn with: the site's own faces, Onest (body) and Unbounded
 * (display), as static-weight .woff files from the @fontsource npm packages, so cards build
 * offline. (The site itself uses the variable builds; those ship WOFF2 only, and a variable
 * font would render as its default weight in satori.)
 *
 * Each unicode subset is registered under its own family name ("Onest", "Onest cyrillic-ext",
 * ...) and a card lists them all in font-family, so every character is looked up in each
 * subset at the requested weight, in order.
 *
 * Unbounded's cyrillic-ext subset has no Kazakh letters (ә ғ қ ң ө ұ ү һ), so display text is
 * set in Unbounded only when every character of it is covered (see displayFamily); otherwise
 * in Onest, which covers Kazakh, Russian and English.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fontCodePoints, missingCharacters } from './font-coverage';

export const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type FontWeight = 400 | 500 | 600 | 700;

/** Which weights of which family the card template uses. */
export const CARD_FACES = {
  onest: [400, 500, 600, 700],
  unbounded: [600, 700],
} as const satisfies Record<string, readonly FontWeight[]>;
export type CardFamily = keyof typeof CARD_FACES;

/** One font file as satori wants it. */
export interface CardFont {
  name: string;
  weight: FontWeight;
  style: 'normal';
  data: Buffer;
}

const require = createRequire(join(process.cwd(), 'package.json'));
const familyName = (family: CardFamily, subset: (typeof SUBSETS)[number]) =>
  `${family === 'onest' ? 'Onest' : 'Unbounded'}${subset === 'latin' ? '' : ` ${subset}`}`;

/** The CSS font-family list for a family: its subsets in order, e.g. "Onest, Onest latin-ext, ...". */
export function fontStack(family: CardFamily): string {
  return SUBSETS.map((s) => `'${familyName(family, s)}'`).join(', ');
}

/** Absolute path of one .woff file in node_modules. */
export function fontFile(family: CardFamily, subset: (typeof SUBSETS)[number], weight: FontWeight): string {
  return require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`);
}

let loaded: CardFont[] | undefined;

/** Every font file the template uses, read once per process. */
export function loadCardFonts(): CardFont[] {
  loaded ??= (Object.keys(CARD_FACES) as CardFamily[]).flatMap((family) =>
    CARD_FACES[family].flatMap((weight) =>
      SUBSETS.map((subset) => ({
        name: familyName(family, subset),
        weight,
        style: 'normal' as const,
        data: readFileSync(fontFile(family, subset, weight)),
      })),
    ),
  );
  return loaded;
}

const coverageCache = new Map<CardFamily, Set<number>[]>();

/** The code points each family can draw (union over its subsets; weights share a character set). */
export function familyCoverage(family: CardFamily): Set<number>[] {
  let coverage = coverageCache.get(family);
  if (!coverage) {
    const weight = CARD_FACES[family][0];
    coverage = SUBSETS.map((subset) => fontCodePoints(readFileSync(fontFile(family, subset, weight))));
    coverageCache.set(family, coverage);
  }
  return coverage;
}

/** Characters in `text` that `family` cannot draw. */
export function uncovered(text: string, family: CardFamily): string[] {
  return missingCharacters(text, familyCoverage(family));
}

/** Unbounded for display text it can draw completely; Onest (which covers Kazakh) otherwise. */
export function displayFamily(text: string): CardFamily {
  return uncovered(text, 'unbounded').length === 0 ? 'unbounded' : 'onest';
}
