/**
 * Kazakh, Russian and English readers see every letter in the site's own fonts: the body face
 * (Onest) draws the Kazakh letters, and the display stack falls back to it, not to a system
 * font, for the letters Unbounded lacks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontCodePoints, missingCharacters } from '../../src/lib/og/font-coverage';

const require = createRequire(import.meta.url);
const coverage = (file: string) => fontCodePoints(readFileSync(require.resolve(`@fontsource/onest/files/${file}`)));
const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

const KAZAKH = 'әғқңөұүһі ӘҒҚҢӨҰҮҺІ';
const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

describe('site fonts', () => {
  it('draw every Kazakh and Russian letter in the body face', () => {
    const onest = ['onest-latin-400-normal.woff', 'onest-cyrillic-400-normal.woff', 'onest-cyrillic-ext-400-normal.woff'].map(coverage);
    expect(missingCharacters(KAZAKH + RUSSIAN + RUSSIAN.toUpperCase(), onest)).toEqual([]);
  });

  it('let headings fall back to the self-hosted body face before any system font', () => {
    const display = /--font-display:\s*([^;]+);/.exec(css)?.[1] ?? '';
    const families = display.split(',').map((f) => f.trim().replace(/['"]/g, ''));
    expect(families.slice(0, 2)).toEqual(['Unbounded Variable', 'Onest Variable']);
  });
});
