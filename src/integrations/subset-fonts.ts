/**
 * A font provider for Astro's Fonts API (`fonts` in astro.config.mjs) that serves a variable font
 * from an @fontsource-variable package cut down to the characters the site uses.
 *
 * Astro's own providers serve whole files (or Google's fixed subsets): the Latin subset of
 * Onest alone is 33 KB, over half of a first visit's 50 KB budget. This provider keeps Astro's
 * machinery (the @font-face rules, hashed file names, preload links, CSP hashes, and the
 * metric-matched fallback face that keeps text from shifting when the font swaps in) and adds
 * the one step it lacks: subsetting at build time.
 *
 * Which characters: every character in the site's text files (content/ and src/: stories,
 * YAML, translations of any language, interface strings and dictionaries), plus printable
 * ASCII and the whole Russian and Kazakh alphabets, so a page in any of the three languages
 * never falls back mid-word even before its text exists. A build after content adds a
 * character re-subsets; the subset files are cached by font file, character set and weight
 * range, so an unchanged site costs nothing.
 *
 * Each unicode subset the package ships (latin, cyrillic, ...) stays a separate file with an
 * exact unicode-range, so an English page downloads no Cyrillic glyphs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontProvider } from 'astro';
import { create, type Font } from 'fontkitten';
import subsetFont from 'subset-font';

/** Letters every page may need whatever its content says today: Russian, and Kazakh's own nine pairs. */
export const ALPHABETS =
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' + 'ӘҒҚҢӨҰҮҺІәғқңөұүһі' + '«»„“”‘’–—…№·×\u00a0\u202f';

const TEXT_FILE = /\.(mdx?|ya?ml|json|astro|ts)$/;

function textFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) textFiles(path, out);
    else if (TEXT_FILE.test(name)) out.push(path);
  }
  return out;
}

/** The characters the site can show: printable ASCII, ALPHABETS and every character in `dirs`' text files. */
export function siteCharacters(dirs: readonly string[]): Set<number> {
  const chars = new Set<number>();
  for (let cp = 0x20; cp < 0x7f; cp++) chars.add(cp);
  for (const char of ALPHABETS) chars.add(char.codePointAt(0)!);
  for (const file of dirs.flatMap((dir) => textFiles(dir))) {
    for (const char of readFileSync(file, 'utf8')) {
      const cp = char.codePointAt(0)!;
      // Control characters and line breaks are not drawn.
      if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) chars.add(cp);
    }
  }
  return chars;
}

/** Sorted code points as CSS unicode-range entries: [0x41, 0x42, 0x43, 0x61] -> ["U+41-43", "U+61"]. */
export function unicodeRanges(codePoints: Iterable<number>): string[] {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (cp: number) => cp.toString(16).toUpperCase();
    ranges.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return ranges;
}

export interface SubsetFontsOptions {
  /** The @fontsource-variable package, e.g. "@fontsource-variable/onest". */
  package: string;
  /** Its unicode subsets to draw from, in order; each becomes one file (when the site uses any of its characters). */
  subsets: readonly string[];
  /** The weight range to keep of the wght axis, e.g. [400, 700]: what the site's CSS asks for. */
  weights: readonly [number, number];
  /** Folders whose text files say which characters are needed (default: content/ and src/). */
  textDirs?: readonly string[];
}

export function subsetFonts(options: SubsetFontsOptions): FontProvider {
  let root = process.cwd();
  return {
    name: 'recap-subset-fonts',
    init(context) {
      root = fileURLToPath(context.root);
    },
    async resolveFont() {
      const require = createRequire(join(root, 'package.json'));
      const chars = siteCharacters((options.textDirs ?? ['content', 'src']).map((dir) => join(root, dir)));
      const cache = join(root, 'node_modules/.astro/subset-fonts');
      mkdirSync(cache, { recursive: true });
      const [min, max] = options.weights;
      const name = options.package.split('/').pop();
      const fonts = [];
      for (const subset of options.subsets) {
        const source = readFileSync(require.resolve(`${options.package}/files/${name}-${subset}-wght-normal.woff2`));
        // Only what this file can draw and no earlier subset file already has (a woff2 is one font, never a collection).
        const covered = new Set((create(source) as Font).characterSet);
        const wanted = [...chars].filter((cp) => covered.has(cp));
        for (const cp of wanted) chars.delete(cp);
        if (wanted.length === 0) continue;
        const key = createHash('sha256').update(source).update(String(wanted)).update(`${min}-${max}`).digest('hex').slice(0, 16);
        const file = join(cache, `${name}-${subset}-${key}.woff2`);
        if (!existsSync(file)) {
          const text = String.fromCodePoint(...wanted);
          writeFileSync(file, await subsetFont(source, text, { targetFormat: 'woff2', variationAxes: { wght: { min, max } } }));
        }
        fonts.push({
          src: [{ url: file, format: 'woff2' }],
          weight: [min, max] as [number, number],
          style: 'normal',
          unicodeRange: unicodeRanges(wanted),
          meta: { subset },
        });
      }
      return { fonts };
    },
  };
}
