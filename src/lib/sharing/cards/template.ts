/**
 * How a card looks: a satori element tree (plain objects, no React) for a CardSpec, in the
 * site's identity: ink background, paper text, gold quotation mark, sky-blue accent, Onest
 * throughout, as on the site, and the site's wordmark (its quotation-mark logo beside the
 * programme's name and the tagline, as in the site header) at the top of every card.
 *
 * Messengers show a card about 300 px wide, a quarter of its 1200 px, so every line a reader
 * needs is set at 30 px or more (7.5 px or more at 300 px): the programme 30-34, the speaker 46,
 * the place and date 36, the quote 34-68. The tagline (22) is the only smaller text.
 * tests/unit/cards-ocr.test.ts reads each quote card back with OCR at 300 px wide.
 *
 * Bump TEMPLATE_VERSION whenever the drawing changes: it is part of every cache key, so all
 * cards are redrawn once and never again until the next change.
 */
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec, type PageCardSpec, type QuoteCardSpec } from './cards';
import { sentences, truncateAtWord } from '../../site/format';
import { CARD_FONT_STACK, textWidth, type FontWeight } from './fonts';

export const TEMPLATE_VERSION = 9;

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
 * keeps a contrast of at least 7:1, the muted and sun-coloured lines 4.5:1 (tests/unit/share-card-photo.test.ts
 * works it out), while the photo shows through towards the right edge.
 */
export const PHOTO_SCRIM = [
  { at: 0, alpha: 0.92 },
  { at: 0.6, alpha: 0.86 },
  { at: 1, alpha: 0.8 },
] as const;

const PAD = 64;

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
export const QUOTE_BOX = { width: 960, height: 300, lineHeight: 1.25 } as const;
/** Type sizes to try, largest first: a short quote is set big so it reads in a thumbnail. */
const QUOTE_SIZES = [68, 60, 52, 46, 42] as const;
/** The quote's weight: the measure below must use the face satori draws it with. */
const QUOTE_WEIGHT = 500;

/**
 * Lines `text` takes when satori wraps it at word boundaries into `width` pixels at `size` px,
 * measured with the card font's own advance widths (a word wider than a line breaks inside it).
 */
export function countLines(text: string, width: number, size: number, weight: FontWeight = QUOTE_WEIGHT): number {
  const space = textWidth(' ', weight) * size;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, weight) * size;
    if (used > 0 && used + space + w <= width) used += space + w;
    else {
      if (used > 0) lines += 1;
      lines += Math.max(0, Math.ceil(w / width) - 1);
      used = w > width ? w % width : w;
    }
  }
  return lines;
}

/** Smaller sizes, tried only for a single sentence too long for QUOTE_SIZES: never cut a thought. */
const LAST_RESORT_SIZES = [38, 34] as const;


/**
 * The biggest type size at which the whole quote fits its box. A quote that does not fit even
 * at the smallest size keeps as many whole sentences from its start as fit, followed by an
 * ellipsis that marks the omitted sentences: never a sentence cut mid-way, the review saw cards
 * stop at "... but a profound...". Only a first sentence too long for any size is cut at a word.
 */
export function fitQuote(quote: string, height: number = QUOTE_BOX.height): { text: string; size: number; lines: number } {
  const boxLines = (size: number) => Math.floor(height / (size * QUOTE_BOX.lineHeight));
  // 3% of the width kept spare for rounding.
  const fitsBox = (text: string, size: number) => countLines(text, QUOTE_BOX.width * 0.97, size) <= boxLines(size);
  for (const size of QUOTE_SIZES) if (fitsBox(quote, size)) return { text: quote, size, lines: boxLines(size) };
  const parts = sentences(quote);
  for (const size of [...QUOTE_SIZES, ...LAST_RESORT_SIZES]) {
    for (let n = parts.length - 1; n >= 1; n--) {
      const text = `${parts.slice(0, n).join(' ')} …`;
      if (fitsBox(text, size)) return { text, size, lines: boxLines(size) };
    }
  }
  const size = LAST_RESORT_SIZES.at(-1)!;
  let max = quote.length;
  let text = quote;
  while (!fitsBox(text, size) && max > 20) text = truncateAtWord(quote, (max -= 8));
  return { text, size, lines: boxLines(size) };
}

/** The site's logo, as in the header and favicon (a double quotation mark on a rounded tile), in gold so it stands out on the ink card. */
const LOGO = `data:image/svg+xml;base64,${Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="9" fill="${CARD_COLOURS.sun}"/><path fill="${CARD_COLOURS.paper}" d="M9 20.5c0-4.2 2.2-7.6 5.6-9.2l1 1.6c-2 1.2-3.1 2.9-3.3 4.7h.6a2.6 2.6 0 1 1-2.6 2.9zm8.4 0c0-4.2 2.2-7.6 5.6-9.2l1 1.6c-2 1.2-3.1 2.9-3.3 4.7h.6a2.6 2.6 0 1 1-2.6 2.9z"/></svg>`,
).toString('base64')}`;
const LOGO_SIZE = 60;
const WORDMARK_GAP = 18;
/**
 * The programme's name in the wordmark: always whole. It is set at 34 px, smaller for a long
 * name (down to 28), and on two lines for a name too long even then, never cut.
 */
export function fitProgramme(programme: string): { size: number; lines: 1 | 2 } {
  const width = (CARD_WIDTH - 2 * PAD - LOGO_SIZE - WORDMARK_GAP) * 0.97;
  for (const size of [34, 32, 30, 28]) if (textWidth(programme, 700) * size <= width) return { size, lines: 1 };
  return { size: 28, lines: 2 };
}

/** The wordmark: the site's logo, its name (the programme) and the tagline, as in the site header. */
function header(spec: CardSpec): CardNode {
  const fit = fitProgramme(spec.identity.programme);
  return el({ alignItems: 'center', width: '100%', gap: WORDMARK_GAP }, [
    { type: 'img', props: { src: LOGO, width: LOGO_SIZE, height: LOGO_SIZE, style: { flexShrink: 0 } } as CardNode['props'] },
    el({ flexDirection: 'column', flexShrink: 1 }, [
      text(spec.identity.programme, { fontFamily: onest, fontWeight: 700, fontSize: fit.size, lineHeight: 1.15, color: CARD_COLOURS.ink }, fit.lines),
      line(spec.identity.tagline.toUpperCase(), { fontFamily: onest, fontWeight: 700, fontSize: 22, lineHeight: 1.3, letterSpacing: 3, color: CARD_COLOURS.sun }),
    ]),
  ]);
}

const PAD_Y = 44;
const MARK_WIDTH = 84;
const MARK_GAP = 24;

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

/** What a quote card prints of its quote, and at what size: a programme name on two lines takes its second line from the quote's box. */
export function cardQuote(spec: Pick<QuoteCardSpec, 'quote' | 'identity'>): ReturnType<typeof fitQuote> {
  return fitQuote(spec.quote, QUOTE_BOX.height - (fitProgramme(spec.identity.programme).lines - 1) * 32);
}

/** The quote card's text column, beside the opening mark. */
const TEXT_COLUMN = CARD_WIDTH - 2 * PAD - MARK_WIDTH - MARK_GAP;
const PLACE_SIZE = 36;
const OCCASION_SIZE = 30;
const DOT_MARGIN = 12;

/**
 * Whether the occasion fits whole after the place and date ("Astana · 11–12 December 2024 ·
 * closing ceremony"). The place and date are always printed whole; an occasion that does not fit
 * beside them is left out, dot and all, rather than cut ("· conversation with the partic…"):
 * the quote's own page and the card's alt text still name it.
 */
export function occasionFits(place: string, occasion: string): boolean {
  const used =
    textWidth(place, 600) * PLACE_SIZE + textWidth('·', 400) * OCCASION_SIZE + 2 * DOT_MARGIN + textWidth(occasion, 400) * OCCASION_SIZE;
  return used <= TEXT_COLUMN * 0.97;
}

function quoteCardTree(spec: QuoteCardSpec, photo?: string): CardNode {
  const fit = cardQuote(spec);
  return frame([
    header(spec),
    el({ flexGrow: 1, flexDirection: 'row', marginTop: 24, gap: MARK_GAP }, [
      line('“', { fontFamily: onest, fontWeight: 700, fontSize: 130, lineHeight: 1, color: CARD_COLOURS.sun, marginTop: -4, width: MARK_WIDTH, flexShrink: 0 }),
      el({ flexDirection: 'column', width: TEXT_COLUMN, justifyContent: 'space-between' }, [
        text(fit.text, { fontFamily: onest, fontWeight: QUOTE_WEIGHT, fontSize: fit.size, lineHeight: QUOTE_BOX.lineHeight, color: CARD_COLOURS.ink, width: QUOTE_BOX.width, maxHeight: fit.lines * fit.size * QUOTE_BOX.lineHeight }, fit.lines),
        el({ flexDirection: 'column', gap: 2 }, [
          line(spec.speaker, { fontFamily: onest, fontWeight: 700, fontSize: 46, lineHeight: 1.15, color: CARD_COLOURS.ink }),
          ...(spec.role ? [line(spec.role, { fontFamily: onest, fontWeight: 400, fontSize: 30, lineHeight: 1.25, color: CARD_COLOURS.muted })] : []),
          // The place and date always whole ("Astana · 11–12 December 2024"), the occasion after
          // them only when it fits whole too (occasionFits).
          el({ alignItems: 'baseline', width: '100%' }, [
            line(spec.cohort, { fontFamily: onest, fontWeight: 600, fontSize: PLACE_SIZE, lineHeight: 1.25, color: CARD_COLOURS.sun, flexShrink: 0, maxWidth: 'none' }),
            ...(occasionFits(spec.cohort, spec.occasion)
              ? [
                  line('·', { fontFamily: onest, fontWeight: 400, fontSize: OCCASION_SIZE, lineHeight: 1.25, color: CARD_COLOURS.muted, flexShrink: 0, marginLeft: DOT_MARGIN, marginRight: DOT_MARGIN }),
                  line(spec.occasion, { fontFamily: onest, fontWeight: 400, fontSize: OCCASION_SIZE, lineHeight: 1.25, color: CARD_COLOURS.muted, flexShrink: 0, maxWidth: 'none' }),
                ]
              : []),
          ]),
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
