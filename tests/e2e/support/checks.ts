/**
 * Checks a browser test runs on an open page, shared by the per-page visit (pages.spec.ts) and
 * the specs that need one of them on their own: axe, reflow, target sizes, print.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** The WCAG levels axe checks: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG A/AA rules of axe whose outcome depends on colour: text contrast, and links told from text by colour alone. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

// axe-core as @axe-core/playwright bundles it (the same version, resolved from there).
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE: string = (fromAxePlaywright('axe-core') as { source: string }).source;

/**
 * axe's WCAG 2.2 A/AA violations on the page as it is now, one line per failing node, so the
 * report says what to fix and where. Every rule of those tags runs; none is turned off.
 *
 * We run axe-core directly instead of through @axe-core/playwright's AxeBuilder: for a page
 * without frames the results are the same, but AxeBuilder injects axe into every frame and then
 * opens a blank page to merge the frames' results, which measured 7-14 s per call on this
 * two-core machine under load against 0.5-1.7 s for axe.run (about 60% of the whole browser
 * suite's time went there). A page with frames goes through axe.run in each frame only if axe
 * is in them, so one with frames is refused here rather than half-checked.
 * `resultTypes: ['violations']` only skips collecting the nodes of passing rules.
 *
 * `only: COLOUR_RULES` runs just the rules whose outcome depends on colour, for a second look at
 * the same document in the other colour scheme: the dark theme swaps colour tokens only, so
 * every other rule (names, roles, structure, sizes) would give the same answer again.
 */
export async function axeViolations(page: Page, only?: readonly string[]): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: check it with @axe-core/playwright's AxeBuilder, which covers them`);
  await settled(page);
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async ({ tags, rules }) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } };
    const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, { tags: WCAG_TAGS, rules: only ? [...only] : undefined });
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}

/**
 * Fonts loaded and colour transitions finished: right after a switch to the dark scheme a card
 * with `transition-colors` is still white for a moment, which no reader opening a page sees.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** What makes the page wider than its viewport (WCAG 1.4.10 reflow): [] when nothing does. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')}`);
    return [`scrollWidth ${root.scrollWidth} > ${root.clientWidth}`, ...wide.slice(0, 5)];
  });
}

/**
 * Words of the header's links and buttons (navigation, language switcher) that wrap inside
 * themselves: "Қаза|қша" on two lines reads as two words. Long words in running text may still
 * wrap anywhere rather than widen the page; an interface label gets a line of its own instead.
 */
async function brokenLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const el of document.querySelectorAll('header a, header button, header [aria-current]')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if ((node.parentElement?.closest('.sr-only') ?? null) !== null) continue;
        for (const match of text.matchAll(/\S{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/**
 * Reflow (WCAG 1.4.10, 1.4.4) on the page already open: no sideways scrolling at 320 px, nor at
 * 360 px with text at 200%, and no header label broken mid-word to avoid it. Resizes the same
 * document rather than loading it again, and puts the viewport and text size back afterwards.
 * One line per failure.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  const before = page.viewportSize();
  const problems: string[] = [];
  for (const [width, textSize] of [
    [320, '100%'],
    [360, '200%'],
  ] as const) {
    await page.setViewportSize({ width, height: 740 });
    await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size, 'important'), textSize);
    await page.evaluate(() => document.fonts.ready);
    for (const line of await sidewaysOverflow(page)) problems.push(`at ${width} px, text ${textSize}: ${line}`);
    for (const label of await brokenLabels(page)) problems.push(`at ${width} px, text ${textSize}: "${label}" breaks mid-word`);
  }
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  if (before) await page.setViewportSize(before);
  return problems;
}

/** Links and buttons smaller than 24 x 24 px (WCAG 2.5.8), except links inside running text. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main a[href], main button, header a[href], header button, footer a[href]')]
      .filter((el) => el.offsetParent !== null && !el.closest('p, li.inline-text, dd, blockquote, figcaption span.text-muted'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({ el, box }) => `${el.textContent?.trim().slice(0, 30)} (${Math.round(box.width)}x${Math.round(box.height)})`),
  );
}

/**
 * The page as printed: what each visible link in <main> prints after itself (an absolute URL for
 * external links, nothing for internal ones), and the text of <main>. Puts the screen back after.
 */
export async function printed(page: Page): Promise<{ after: string[]; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const result = await page.evaluate(() => {
    const visible = (el: Element) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    const after = [...document.querySelectorAll('main a[href]')].filter(visible).map((a) => getComputedStyle(a, '::after').content);
    return { after, text: document.querySelector('main')!.innerText };
  });
  await page.emulateMedia({ media: 'screen' });
  return result;
}

/** Whether what a printed link shows after itself is nothing or an absolute URL, never a relative path. */
export function printsNoRelativePath(content: string): boolean {
  return content === 'none' || content === 'normal' || content === '""' || /^"\s*\(https?:\/\//.test(content);
}
