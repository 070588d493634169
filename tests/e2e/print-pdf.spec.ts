/**
 * The printed cohort page, as paper shows it: Chromium prints the page to PDF (`page.pdf`, the
 * print stylesheet applied) and pdftotext reads the text back. reflow.spec.ts checks the print
 * CSS in the page; this checks what reaches the paper, in English and in Kazakh: no relative
 * paths after links (the review saw "(/s peakers/katarz yna-...)"), no permalink or share lines,
 * and a printed address only for links that leave the site, always absolute (https://...).
 *
 * Needs pdftotext (Debian: poppler-utils; .ci/run installs it). Without it the test fails in CI
 * and, elsewhere, is skipped with a message saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/reader';
import { t } from '../../src/i18n/index';
import { publishedCohortIds, SITE_ORIGIN, sitePath } from './support/site';
import { pdftotextProblem } from './support/programs';
import { needs } from './support/tools';

const problem = pdftotextProblem();

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    // -layout: the default mode takes a hyphen at a line's end for hyphenation and drops it,
    // breaking an address wrapped at one of its hyphens.
    const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('the printed cohort page, read back from PDF', () => {
  needs(problem);

  const cohortId = publishedCohortIds()[0]!;
  for (const locale of ['en', 'kk'] as const) {
    test(`${locale}: /cohorts/${cohortId}/ prints no relative paths, no permalink or share lines, and absolute external URLs only`, async ({ page }) => {
      test.skip(Boolean(problem), problem ?? '');
      const dict = t(locale);
      await page.goto(sitePath(`${locale === 'en' ? '' : `${locale}/`}cohorts/${cohortId}/`));
      const external = await page.locator('main a[href^="http"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const text = pdfText(await page.pdf({ format: 'A4', printBackground: false }));
      const report = `printed text:\n${text}`;
      expect(text.length, 'the PDF has text').toBeGreaterThan(2000);
      const title = (await page.locator('h1').innerText()).replace(/\s+/g, ' ');
      expect(text.replace(/\s+/g, ' '), `the page is printed. ${report}`).toContain(title);
      // A relative path after a link: "(/speakers/...)", possibly broken across lines.
      expect(text, `no relative path printed after a link. ${report}`).not.toMatch(/\(\s*\//);
      expect(text, `no path of the site printed. ${report}`).not.toMatch(/(^|\s|\()\/?(cohorts|quotes|speakers)\/[a-z0-9-]+\//m);
      for (const word of [dict.quote.permalink, 'Permalink', dict.share.copyLink, dict.share.moreWays]) {
        expect(text, `no "${word}" line on paper. ${report}`).not.toContain(word);
      }
      // Every address printed is absolute and leaves the site; at least the article's is printed.
      const printed = [...text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)]+/gi)].map((m) => m[0]);
      expect(printed.length, `external links print their address. ${report}`).toBeGreaterThan(0);
      for (const url of printed) {
        expect(url, 'a printed address is https://').toMatch(/^https:\/\//);
        expect(url.startsWith(SITE_ORIGIN), `a printed address leaves the site: ${url}`).toBe(false);
      }
      expect(external.length).toBeGreaterThan(0);
      // Long addresses wrap across lines on paper: compared without white space.
      for (const href of new Set(external)) expect(text.replace(/\s+/g, ''), `the address of ${href} is printed`).toContain(href);
    });
  }
});
