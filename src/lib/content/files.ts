/**
 * Files stay inside content/ and are what they claim: the checks on files themselves, before
 * anything reads what they say. Node-only (file system).
 *
 *   - no symbolic links anywhere under content/ (Astro would follow one out of the folder);
 *   - an image path resolves to a file inside content/, and that file is a JPEG, PNG, WebP or
 *     AVIF picture by its bytes (an SVG can carry script, whatever its name);
 *   - text files are UTF-8 and of a sane size;
 *   - YAML is plain: no anchors, aliases, merge keys or tags (see yaml.ts).
 */
import { closeSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import { describeValue } from './schema-issues';

/** The picture formats content may use, by what their first bytes say. */
const RASTER_FORMATS = ['JPEG', 'PNG', 'WebP', 'AVIF'] as const;
export type RasterFormat = (typeof RASTER_FORMATS)[number];

/** File name endings an image may have (Astro's image pipeline picks its reader by them). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** Largest text file read: a story or YAML file beyond this is refused before it is parsed. */
const MAX_TEXT_BYTES = 512 * 1024;

/** What the first bytes of a file say it is: a raster format, "SVG", or undefined. */
function sniffImage(head: Uint8Array): RasterFormat | 'SVG' | 'GIF' | 'TIFF' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'JPEG';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'PNG';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'WebP';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'AVIF';
  if (ascii(0, 4) === 'GIF8') return 'GIF';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'TIFF';
  // SVG is text: skip a byte-order mark and white space, then look for XML or an <svg> tag.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<?xml') || text.startsWith('<svg') || text.startsWith('<!doctype svg') || text.includes('<svg')) return 'SVG';
  return undefined;
}

function readHead(path: string, length = 512): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.slice(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` is `root` or inside it (both absolute, symlinks already resolved). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * What is wrong with the picture `src` names, relative to the file `from` (both inside
 * `contentRoot`), in the words of a problem's "found"; undefined when it is a raster picture
 * inside content/. Example: `imageProblem('./portraits/x.svg', speakerFile, contentRoot)` ->
 * found `"./portraits/x.svg", an SVG drawing (SVG can carry script; save it as JPEG, PNG, WebP or AVIF)`.
 */
export function imageProblem(src: string, from: string, contentRoot: string): ImageProblem | undefined {
  const found = imageFound(src, from, contentRoot);
  return typeof found === 'string' ? problemOf(found) : undefined;
}

// A missing file or a wrong format breaks the page; the rest could show what must not be shown
// (or, for a picture of too many pixels, stall whatever decodes it).
const problemOf = (found: string): ImageProblem => ({ found, unsafe: !/no such file|not a picture|is a folder|whose name does not end|cannot be read/.test(found) });

/** What is wrong with a picture, and whether it is unsafe (see ContentProblem.unsafe). */
export interface ImageProblem {
  found: string;
  unsafe: boolean;
}

/** A picture's size in pixels as it is shown (a JPEG turned by its EXIF orientation counts turned), and its format. */
export interface ImageSize {
  width: number;
  height: number;
  format: RasterFormat;
}

/** Largest picture read: beyond this many pixels a file is refused before anything decodes it (a "decompression bomb"). */
const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * The picture `src` names (as imageProblem), checked and measured: its size, or what is wrong.
 * Dimensions come from the file's header with image-size, the library Astro's image() reads
 * them with too, so `npm run check` and the build agree on a picture's width.
 */
export function inspectImage(src: string, from: string, contentRoot: string): ImageSize | ImageProblem {
  const found = imageFound(src, from, contentRoot);
  return typeof found === 'string' ? problemOf(found) : found;
}

function measure(real: string, format: RasterFormat, shown: string): ImageSize | string {
  let size;
  try {
    size = imageSize(readFileSync(real));
  } catch {
    return `${shown}, a ${format} file whose size cannot be read (it may be damaged; export it again)`;
  }
  if (!size.width || !size.height) return `${shown}, a ${format} file whose size cannot be read (it may be damaged; export it again)`;
  // EXIF orientations 5-8 turn the picture a quarter: it is shown with width and height swapped.
  const turned = (size.orientation ?? 0) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  if (width * height > MAX_IMAGE_PIXELS) {
    return `${shown}, ${width} × ${height} pixels (at most ${MAX_IMAGE_PIXELS / 1_000_000} million pixels; save a smaller copy, 2400 pixels wide is plenty)`;
  }
  return { width, height, format };
}

function imageFound(src: string, from: string, contentRoot: string): string | ImageSize {
  const shown = describeValue(src);
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[\\/]{2}/.test(src)) return `${shown}, a web address (pictures are files in content/, so the site never loads another site)`;
  if (isAbsolute(src) || /^[\\/]/.test(src)) return `${shown}, a path from the root of the computer (write it relative to this file, e.g. "./portraits/name.jpg")`;
  const target = resolve(dirname(from), src);
  let root: string;
  let real: string;
  try {
    root = realpathSync(contentRoot);
    if (!isInside(resolve(contentRoot), target)) return `${shown}, which points outside the content folder`;
    if (lstatSync(target).isSymbolicLink()) return `${shown}, a link to another file (put the picture itself in content/)`;
    real = realpathSync(target);
  } catch {
    return `${shown}, but there is no such file`;
  }
  if (!isInside(root, real)) return `${shown}, which points outside the content folder`;
  if (!statSync(real).isFile()) return `${shown}, which is a folder, not a picture`;
  const format = sniffImage(readHead(real));
  if (format === 'SVG') return `${shown}, an SVG drawing (SVG can carry script; save it as JPEG, PNG, WebP or AVIF)`;
  if (format === undefined) return `${shown}, a file that is not a picture in any of these formats`;
  if (!(RASTER_FORMATS as readonly string[]).includes(format)) return `${shown}, a ${format} picture (save it as JPEG, PNG, WebP or AVIF)`;
  const ext = src.slice(src.lastIndexOf('.')).toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) return `${shown}, a ${format} picture whose name does not end in ${IMAGE_EXTENSIONS.join(', ')}`;
  return measure(real, format as RasterFormat, shown);
}

/** A file as read for checking: its text, or why it cannot be read as text. */
export type TextRead = { text: string } | { problem: { expected: string; found: string } };

/** Reads a content text file, refusing what is too large or not UTF-8 text before any parser sees it. */
export function readContentText(bytes: Uint8Array): TextRead {
  if (bytes.length > MAX_TEXT_BYTES) {
    return { problem: { expected: `a file of at most ${MAX_TEXT_BYTES / 1024} KB`, found: `${(bytes.length / 1024).toFixed(0)} KB` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: { expected: 'text saved as UTF-8', found: 'a file in another encoding, or not text' } };
  }
  if (text.includes('\0')) return { problem: { expected: 'text saved as UTF-8', found: 'a file that is not text' } };
  // A byte-order mark (Notepad writes one) is dropped, as Astro's readers do: it is not content.
  return { text: text.replace(/^\uFEFF/, '') };
}

/** `path` relative to `root` with forward slashes, as every message shows paths. */
export function shownPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/') || '.';
}
