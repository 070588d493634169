/**
 * How a card looks: a satori element tree (plain objects, no React) for a CardSpec, in the
 * site's identity: ink background, paper text, gold quotation mark and rule, sky-blue accent,
 * Onest throughout, as on the site.
 *
 * Bump TEMPLATE_VERSION whenever the drawing changes: it is part of every cache key, so all
 * cards are redrawn once and never again until the next change.
 */
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec, type PageCardSpec, type QuoteCardSpec } from './cards';
import { sentences, truncateAtWord } from '../../site/format';
import { CARD_FONT_STACK } from './fonts';

export const TEMPLATE_VERSION = 7;

/** The dark palette of the design identity: readable at thumbnail size in any feed. */
export const CARD_COLOURS = {
  paper: '#151838',
  surface: '#1d2150',
  ink: '#f4f0e6',
  muted: '#b8bbd6',
  line: '#2c3066',
  accent: '#6fd0f5',
  sun: '#ffd24a',
} as const;

/** A node satori can draw. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, unknown>; children?: CardNode | string | (CardNode | string)[]; src?: string; width?: number; height?: number };
}

/**
 * How much of the card's paper colour covers a hero photo, left to right: wherever text can run
 * it sits on at least 80% of it, so it reads over any photo, even a white one: the main text
 * keeps a contrast of at least 7:1 and the muted lines 4.5:1 (tests/unit/share-card-photo.test.ts
 * works it out), while the photo shows through towards the right edge.
 */
export const PHOTO_SCRIM = [
  { at: 0, alpha: 0.92 },
  { at: 0.6, alpha: 0.86 },
  { at: 1, alpha: 0.8 },
] as const;

const PAD = 72;

function el(style: Record<string, unknown>, children?: CardNode['props']['children']): CardNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** One line of text; cut with an ellipsis rather than spill off the card. */
function line(value: string, style: Record<string, unknown>): CardNode {
  return { type: 'div', props: { style: { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%', ...style }, children: value } };
}

/** A block of text clamped to `lines` lines, so nothing ever spills off the card. */
function text(value: string, style: Record<string, unknown>, lines = 1): CardNode {
  return { type: 'div', props: { style: { display: 'block', lineClamp: lines, overflow: 'hidden', ...style }, children: value } };
}

const onest = CARD_FONT_STACK;

/** Space the quote may take, in pixels, and the line height it is set with. */
const QUOTE_BOX = { width: 920, height: 330, lineHeight: 1.28 } as const;
/** Type sizes to try, largest first: a short quote is set big so it reads in a thumbnail. */
const QUOTE_SIZES = [72, 64, 54, 46, 40] as const;
/** A generous average advance width of Onest (in em) for Latin and Cyrillic text. */
const AVERAGE_ADVANCE = 0.56;

/** Lines `text` takes when wrapped at word boundaries into lines of `perLine` characters. */
export function countLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) used = need;
    else {
      lines += Math.ceil(word.length / perLine);
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** Smaller sizes, tried only for a single sentence too long for QUOTE_SIZES: never cut a thought. */
const LAST_RESORT_SIZES = [34, 30] as const;

/**
 * The biggest type size at which the whole quote fits its box. A quote that does not fit even
 * at the smallest size keeps as many whole sentences from its start as fit, followed by an
 * ellipsis that marks the omitted sentences: never a sentence cut mid-way, the review saw cards
 * stop at "... but a profound...". Only a first sentence too long for any size is cut at a word.
 */
export function fitQuote(quote: string): { text: string; size: number; lines: number } {
  const capacity = (size: number) => ({
    lines: Math.floor(QUOTE_BOX.height / (size * QUOTE_BOX.lineHeight)),
    perLine: Math.floor(QUOTE_BOX.width / (size * AVERAGE_ADVANCE)),
  });
  const fits = (text: string, size: number) => {
    const { lines, perLine } = capacity(size);
    return countLines(text, perLine) <= lines;
  };
  for (const size of QUOTE_SIZES) if (fits(quote, size)) return { text: quote, size, lines: capacity(size).lines };
  const parts = sentences(quote);
  for (const size of [...QUOTE_SIZES, ...LAST_RESORT_SIZES]) {
    for (let n = parts.length - 1; n >= 1; n--) {
      const text = `${parts.slice(0, n).join(' ')} …`;
      if (fits(text, size)) return { text, size, lines: capacity(size).lines };
    }
  }
  const size = LAST_RESORT_SIZES.at(-1)!;
  const { lines, perLine } = capacity(size);
  let max = lines * perLine;
  let text = truncateAtWord(quote, max);
  while (countLines(text, perLine) > lines && max > 20) text = truncateAtWord(quote, (max -= 8));
  return { text, size, lines };
}

function header(spec: CardSpec): CardNode {
  return el({ alignItems: 'center', justifyContent: 'space-between', width: '100%', height: 36 }, [
    el({ alignItems: 'center', gap: 20, flexShrink: 1 }, [
      el({ width: 56, height: 6, backgroundColor: CARD_COLOURS.sun, borderRadius: 3, flexShrink: 0 }),
      // 54 characters beside the English tagline, fewer beside a longer one ("БАҒДАРЛАМА ҚОРЫТЫНДЫСЫ"), so both fit.
      line(truncateAtWord(spec.identity.programme, Math.max(24, 80 - Math.round(spec.identity.tagline.length * 1.75))), { fontFamily: onest, fontWeight: 600, fontSize: 24, color: CARD_COLOURS.accent }),
    ]),
    line(spec.identity.tagline.toUpperCase(), { fontFamily: onest, fontWeight: 700, fontSize: 20, letterSpacing: 3, color: CARD_COLOURS.sun, flexShrink: 0, marginLeft: 24 }),
  ]);
}

const PAD_Y = 48;
const MARK_WIDTH = 100;
const MARK_GAP = 28;

/** The cohort's hero photo under the scrim, filling the card; nothing without a photo. */
function backdrop(photo: string | undefined): CardNode[] {
  if (!photo) return [];
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(CARD_COLOURS.paper.slice(i, i + 2), 16));
  const stops = PHOTO_SCRIM.map((s) => `rgba(${r}, ${g}, ${b}, ${s.alpha}) ${s.at * 100}%`).join(', ');
  const fill = { position: 'absolute', left: 0, top: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
  return [
    { type: 'img', props: { src: photo, width: CARD_WIDTH, height: CARD_HEIGHT, style: { ...fill, objectFit: 'cover' } } },
    el({ ...fill, backgroundImage: `linear-gradient(90deg, ${stops})` }),
  ];
}

/** The card: ink background (or the hero photo under an ink scrim), content inset by explicit sizes (satori sizes boxes without their padding). */
function frame(children: CardNode[], photo?: string): CardNode {
  return el({ position: 'relative', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: CARD_COLOURS.paper, color: CARD_COLOURS.ink }, [
    ...backdrop(photo),
    // Placed absolutely so it lies over the backdrop's layers, where the card has a photo.
    el({ position: 'absolute', flexDirection: 'column', width: CARD_WIDTH - 2 * PAD, height: CARD_HEIGHT - 2 * PAD_Y, left: PAD, top: PAD_Y }, children),
  ]);
}

function quoteCardTree(spec: QuoteCardSpec, photo?: string): CardNode {
  const fit = fitQuote(spec.quote);
  return frame([
    header(spec),
    el({ flexGrow: 1, flexDirection: 'row', marginTop: 32, gap: MARK_GAP }, [
      line('“', { fontFamily: onest, fontWeight: 700, fontSize: 150, lineHeight: 1, color: CARD_COLOURS.sun, marginTop: -6, width: MARK_WIDTH, flexShrink: 0 }),
      el({ flexDirection: 'column', width: CARD_WIDTH - 2 * PAD - MARK_WIDTH - MARK_GAP, justifyContent: 'space-between' }, [
        text(fit.text, { fontFamily: onest, fontWeight: 500, fontSize: fit.size, lineHeight: QUOTE_BOX.lineHeight, color: CARD_COLOURS.ink, width: QUOTE_BOX.width, maxHeight: QUOTE_BOX.height }, fit.lines),
        el({ flexDirection: 'column', gap: 4 }, [
          line(spec.speaker, { fontFamily: onest, fontWeight: 700, fontSize: 34, color: CARD_COLOURS.ink }),
          ...(spec.role ? [line(spec.role, { fontFamily: onest, fontWeight: 400, fontSize: 24, color: CARD_COLOURS.muted })] : []),
          line(spec.occasion, { fontFamily: onest, fontWeight: 400, fontSize: 24, color: CARD_COLOURS.muted }),
          // The place and date line on its own, short enough never to be cut ("Astana · 11–12 December 2024").
          line(spec.cohort, { fontFamily: onest, fontWeight: 600, fontSize: 26, color: CARD_COLOURS.ink }),
        ]),
      ]),
    ]),
  ], photo);
}

function pageCardTree(spec: PageCardSpec, photo?: string): CardNode {
  const titleSize = spec.title.length <= 24 ? 64 : spec.title.length <= 48 ? 52 : 42;
  const body = el({ flexDirection: 'column', width: CARD_WIDTH - 2 * PAD - (spec.monogram ? 190 : 0), gap: 16 }, [
    line(spec.eyebrow, { fontFamily: onest, fontWeight: 600, fontSize: 24, color: CARD_COLOURS.sun }),
    text(spec.title, { fontFamily: onest, fontWeight: 700, fontSize: titleSize, lineHeight: 1.15, color: CARD_COLOURS.ink }, 2),
    ...spec.lines.map((l) => text(l, { fontFamily: onest, fontWeight: 400, fontSize: 26, lineHeight: 1.35, color: CARD_COLOURS.muted }, 2)),
  ]);
  return frame([
    header(spec),
    el({ flexGrow: 1, marginTop: 40, gap: 40, alignItems: 'flex-start' }, [
      ...(spec.monogram
        ? [
            el({ width: 150, height: 150, borderRadius: 75, backgroundColor: CARD_COLOURS.sun, alignItems: 'center', justifyContent: 'center', flexShrink: 0 }, [
              line(spec.monogram, { fontFamily: onest, fontWeight: 700, fontSize: 56, color: CARD_COLOURS.paper }),
            ]),
          ]
        : []),
      body,
    ]),
    el({ gap: 48 }, spec.figures.slice(0, 4).map((f) =>
      el({ flexDirection: 'column', borderLeft: `4px solid ${CARD_COLOURS.sun}`, paddingLeft: 18 }, [
        line(f.value, { fontFamily: onest, fontWeight: 700, fontSize: 44, lineHeight: 1.1, color: CARD_COLOURS.ink }),
        line(f.label, { fontFamily: onest, fontWeight: 500, fontSize: 22, color: CARD_COLOURS.muted }),
      ]),
    )),
  ], photo);
}

/** The element tree for a card; `photo` is the spec's hero photo as a data URL (render.ts reads and crops it). */
export function cardTree(spec: CardSpec, photo?: string): CardNode {
  return spec.kind === 'quote' ? quoteCardTree(spec, photo) : pageCardTree(spec, photo);
}
