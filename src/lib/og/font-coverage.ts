/**
 * Which characters a font file can draw, read from its `cmap` table. Satori draws a character
 * it finds in no font as nothing at all, so the card renderer asks this module first and
 * fails with a clear message instead of publishing a card with holes in a Kazakh word.
 *
 * Reads WOFF (1.0) and plain TrueType/OpenType files: the formats @fontsource ships as .woff.
 */
import { inflateSync } from 'node:zlib';

/** Every code point the font maps to a real glyph (glyph 0 is "missing" and does not count). */
export function fontCodePoints(file: Uint8Array): Set<number> {
  const cmap = readTable(file, 'cmap');
  if (!cmap) throw new Error('font has no cmap table');
  return readCmap(cmap);
}

/** The characters of `text` that none of `coverages` can draw, in order of first appearance. */
export function missingCharacters(text: string, coverages: readonly Set<number>[]): string[] {
  const missing: string[] = [];
  for (const char of new Set(Array.from(text))) {
    const cp = char.codePointAt(0)!;
    // White space and format controls are laid out, not drawn.
    if (/\s|\p{Cf}/u.test(char)) continue;
    if (!coverages.some((c) => c.has(cp))) missing.push(char);
  }
  return missing;
}

/** "ä (U+00E4)": a character as people and bug reports can both read it. */
export function describeCharacter(char: string): string {
  return `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function tagAt(dv: DataView, offset: number): string {
  return String.fromCharCode(dv.getUint8(offset), dv.getUint8(offset + 1), dv.getUint8(offset + 2), dv.getUint8(offset + 3));
}

function readTable(file: Uint8Array, wanted: string): Uint8Array | undefined {
  const dv = view(file);
  const signature = tagAt(dv, 0);
  if (signature === 'wOFF') {
    const numTables = dv.getUint16(12);
    for (let i = 0; i < numTables; i++) {
      const entry = 44 + i * 20;
      if (tagAt(dv, entry) !== wanted) continue;
      const offset = dv.getUint32(entry + 4);
      const compLength = dv.getUint32(entry + 8);
      const origLength = dv.getUint32(entry + 12);
      const data = file.subarray(offset, offset + compLength);
      return compLength < origLength ? new Uint8Array(inflateSync(data)) : data;
    }
    return undefined;
  }
  if (signature === 'wOF2') throw new Error('WOFF2 fonts are not supported here; use the .woff or .ttf file');
  const numTables = dv.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + i * 16;
    if (tagAt(dv, entry) !== wanted) continue;
    const offset = dv.getUint32(entry + 8);
    const length = dv.getUint32(entry + 12);
    return file.subarray(offset, offset + length);
  }
  return undefined;
}

function readCmap(cmap: Uint8Array): Set<number> {
  const dv = view(cmap);
  const numTables = dv.getUint16(2);
  const points = new Set<number>();
  for (let i = 0; i < numTables; i++) {
    const platform = dv.getUint16(4 + i * 8);
    const encoding = dv.getUint16(6 + i * 8);
    const offset = dv.getUint32(8 + i * 8);
    // Unicode subtables only: platform 0 (Unicode) or 3 (Windows) with encoding 1 (BMP) or 10 (full).
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = dv.getUint16(offset);
    if (format === 4) readFormat4(dv, offset, points);
    else if (format === 12) readFormat12(dv, offset, points);
  }
  return points;
}

function readFormat4(dv: DataView, at: number, points: Set<number>): void {
  const segCount = dv.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = dv.getUint16(ends + s * 2);
    const start = dv.getUint16(starts + s * 2);
    const delta = dv.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = dv.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const glyphAt = rangeOffsetAt + rangeOffset + (c - start) * 2;
        if (glyphAt + 2 > dv.byteLength) continue;
        glyph = dv.getUint16(glyphAt);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
}

function readFormat12(dv: DataView, at: number, points: Set<number>): void {
  const groups = dv.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const start = dv.getUint32(at + 16 + g * 12);
    const end = dv.getUint32(at + 20 + g * 12);
    const firstGlyph = dv.getUint32(at + 24 + g * 12);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) points.add(c);
  }
}
