/**
 * The site's one font family, Onest, is subset at build time (src/integrations/subset-fonts.ts)
 * to the characters the site can show, and Kazakh, Russian and English readers see every letter
 * in it: the subset files draw both alphabets whatever the content says today.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { afterAll, describe, expect, it } from 'vitest';
import { ALPHABETS, siteCharacters, subsetFonts, unicodeRanges } from '../../src/integrations/subset-fonts';
import { inUnicodeRange } from '../../scripts/quality/budgets.ts';

const KAZAKH = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const root = mkdtempSync(join(tmpdir(), 'subset-fonts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('font subsetting', () => {
  it('writes unicode-range entries as runs', () => {
    expect(unicodeRanges([0x61, 0x41, 0x42, 0x43, 0x41])).toEqual(['U+41-43', 'U+61']);
    const inRange = inUnicodeRange(unicodeRanges([0x20, 0x21, 0x4d8]).join(', '));
    expect([0x20, 0x21, 0x22, 0x4d8].map(inRange)).toEqual([true, true, false, true]);
  });

  it('reads the characters of every text file in the content, whatever its language, plus ASCII and both alphabets', () => {
    mkdirSync(join(root, 'content/cohorts/x'), { recursive: true });
    writeFileSync(join(root, 'content/cohorts/x/index.kk.mdx'), 'Ғылым ✓\n');
    writeFileSync(join(root, 'content/cohorts/x/photo.png'), 'ignored 数');
    const chars = siteCharacters([join(root, 'content')]);
    expect(chars.has('✓'.codePointAt(0)!)).toBe(true);
    expect(chars.has('数'.codePointAt(0)!)).toBe(false);
    for (const char of `AZaz09~${ALPHABETS}`) expect(chars.has(char.codePointAt(0)!), char).toBe(true);
    expect(chars.has(0x0a)).toBe(false);
  });

  it('cuts Onest to those characters, one file per unicode subset, drawing every Kazakh and Russian letter', async () => {
    const provider = subsetFonts({
      package: '@fontsource-variable/onest',
      subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'],
      weights: [400, 700],
      textDirs: [join(root, 'content')],
    });
    await provider.init?.({ root: new URL(`file://${process.cwd()}/`), storage: undefined as never });
    const { fonts } = (await provider.resolveFont({ familyName: 'Onest', weights: [], styles: [], subsets: [], formats: [], options: undefined as never }))!;
    expect(fonts.map((f) => f.meta?.subset)).toEqual(['latin', 'cyrillic', 'cyrillic-ext']);
    const files = fonts.map((f) => create(readFileSync((f.src[0] as { url: string }).url)) as Font);
    for (const char of KAZAKH + RUSSIAN + RUSSIAN.toUpperCase() + 'Helen Clark 2024') {
      expect(files.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0)!)), char).toBe(true);
    }
    // The weight axis kept is what the CSS uses; a subset is a fraction of the 33 KB Latin file.
    expect(files[0]!.variationAxes.wght).toMatchObject({ min: 400, max: 700 });
    expect(readFileSync((fonts[0]!.src[0] as { url: string }).url).length).toBeLessThan(20_000);
  });
});
