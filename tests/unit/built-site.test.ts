/**
 * The quality gates `npm run check:site` runs, on the build under test (dist/, or RECAP_DIST)
 * and on the renamed-quote fixture site, whose redirect page must pass them too: every page
 * within its page-weight budgets (fonts and a Russian or Kazakh first visit included), valid
 * HTML, every internal link and #fragment resolving, and a strict Content-Security-Policy.
 * Node-only checks: they read the built files, no browser needed.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/quality/budgets.ts';
import { checkLinks, siteUrl } from '../../scripts/quality/check-links.ts';
import { checkCsp } from '../../scripts/quality/csp.ts';
import { normaliseBase } from '../../scripts/serve.mjs';
import { validateSite } from '../../scripts/quality/validate-html.ts';
import { buildFixture, ROOT } from '../setup/builds';

const BASE = normaliseBase(process.env.BASE_PATH ?? '/');
const DIST = resolve(ROOT, process.env.RECAP_DIST ?? 'dist');

function gates(name: string, dist: () => string) {
  describe(name, () => {
    it('every page is within budget: HTML <= 12 KB, CSS <= 10 KB, JS <= 2 KB, all <= 20 KB gzipped, first visit with fonts <= 50 KB in any language', () => {
      const report = checkBudgets(dist(), BASE);
      expect(report.weights.length).toBeGreaterThan(0);
      expect(report.violations.map((v) => `${v.page}: ${v.message}`)).toEqual([]);
    });

    it('every page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
      const { pages, problems } = await validateSite(dist(), BASE);
      expect(pages).toBeGreaterThan(0);
      const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.page}:${p.line}:${p.column} ${p.rule}: ${p.message}`);
      expect(errors).toEqual([]);
    });

    it('every internal link and #fragment resolves, sitemap included', () => {
      const report = checkLinks(dist(), BASE, siteUrl(dist()));
      expect(report.checked).toBeGreaterThan(0);
      expect(report.broken.map((b) => `${b.page}: ${b.where} "${b.ref}": ${b.reason}`)).toEqual([]);
    });

    it('every page carries a strict CSP that allows exactly its inline scripts, and no unlisted inline styles', () => {
      const report = checkCsp(dist(), BASE);
      expect(report.pages).toBeGreaterThan(0);
      expect(report.problems.map((p) => `${p.page}: ${p.problem}`)).toEqual([]);
    });
  });
}

// `npm test` builds first; `npm run test:unit` alone checks a build only when there is one.
describe.skipIf(!existsSync(join(DIST, 'index.html')))('the site', () => gates(DIST, () => DIST));

describe('a site where a published quote was renamed (formerIds)', () => {
  const build = buildFixture('renamed-quote');
  it('builds', () => expect(build.status, build.output).toBe(0));
  it('has the redirect page for the old URL', () => {
    expect(existsSync(join(build.dist, 'quotes/wawiernia-opening-ceremony/index.html'))).toBe(true);
  });
  gates('passes every gate, redirect page included', () => build.dist);
});
