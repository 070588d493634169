/**
 * Draws a card: spec -> satori (SVG, text as paths) -> resvg (PNG), behind a file cache.
 *
 * The cache key is a hash of the spec, the template version and the versions of the fonts
 * and renderers, so a rebuild with unchanged content redraws nothing, and any change to what
 * a card shows, how it is drawn or what draws it makes a fresh one. Cached files live in
 * `.cache/og/` (git-ignored); deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardText, type CardPhoto, type CardSpec } from './cards';
import { describeCharacter, loadCardFonts, uncovered } from './fonts';
import { TEMPLATE_VERSION, cardTree } from './template';

/** Where cached PNGs are kept, relative to the project root; override with RECAP_OG_CACHE. */
const OG_CACHE_DIR = process.env.RECAP_OG_CACHE ?? join(process.cwd(), '.cache', 'og');

/** Thrown when a card would print a character none of the card fonts can draw. */
export class CardGlyphError extends Error {
  override name = 'CardGlyphError';
}

const require = createRequire(join(process.cwd(), 'package.json'));
const versionOf = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};
let toolVersions: string | undefined;

/** The cache key of a card: a hash of everything that decides its pixels. */
export function cardKey(spec: CardSpec): string {
  toolVersions ??= ['satori', '@resvg/resvg-js', '@fontsource/onest'].map((p) => `${p}@${versionOf(p)}`).join(' ');
  // The photo by its bytes, not its path: a replaced photo makes a new card, a moved checkout does not.
  const photo = spec.photo ? photoHash(spec.photo) : undefined;
  return createHash('sha256').update(JSON.stringify({ template: TEMPLATE_VERSION, tools: toolVersions, spec: { ...spec, photo } })).digest('hex').slice(0, 32);
}

function photoHash(photo: CardPhoto): string {
  return createHash('sha256').update(readFileSync(photo.file)).digest('hex');
}

/** The hero cropped to the card (1200 x 630) as a JPEG data URL, which satori draws as the card's backdrop. */
async function photoDataUrl(photo: CardPhoto): Promise<string> {
  const jpeg = await sharp(photo.file).rotate().resize(CARD_WIDTH, CARD_HEIGHT, { fit: 'cover' }).jpeg({ quality: 70 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/** Fails with a message naming the card and the characters when the fonts cannot draw them. */
export function assertDrawable(spec: CardSpec): void {
  const missing = uncovered(cardText(spec));
  if (missing.length > 0) {
    throw new CardGlyphError(
      `The social card for ${spec.subject} contains characters its font (Onest from @fontsource) cannot draw: ` +
        `${missing.map(describeCharacter).join(', ')}. Replace them in the content (for example a look-alike letter), or add a font that covers them in src/lib/sharing/cards/fonts.ts.`,
    );
  }
}

/** The SVG of a card, text converted to outlines. */
async function renderCardSvg(spec: CardSpec): Promise<string> {
  assertDrawable(spec);
  const photo = spec.photo ? await photoDataUrl(spec.photo) : undefined;
  return satori(cardTree(spec, photo) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadCardFonts() });
}

/** The PNG of a card, drawn now (no cache). */
export async function renderCardPng(spec: CardSpec): Promise<Buffer> {
  const svg = await renderCardSvg(spec);
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}

/** The PNG of a card from the cache, or drawn and cached. */
export async function cardPng(spec: CardSpec, cacheDir = OG_CACHE_DIR): Promise<Buffer> {
  const file = join(cacheDir, `${cardKey(spec)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not cached yet: draw it below.
  }
  const started = performance.now();
  const png = await renderCardPng(spec);
  // Only drawing is logged: a rebuild with unchanged content prints none of these lines.
  if (!process.env.VITEST) console.info(`og: drew the card for ${spec.subject} in ${Math.round(performance.now() - started)} ms`);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a build stopped half-way never leaves a torn PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
