/**
 * The quality gates on the build under test, so `npm test` enforces them (the same checks
 * `npm run check:site` prints as tables): every page within its page-weight budgets, valid HTML,
 * every internal link and #fragment resolving, and a strict Content-Security-Policy. Axe (light and dark) is accessibility.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { checkBudgets } from '../../scripts/quality/budgets.ts';
import { checkLinks, siteUrl } from '../../scripts/quality/check-links.ts';
import { checkCsp } from '../../scripts/quality/csp.ts';
import { validateSite } from '../../scripts/quality/validate-html.ts';
import { BASE, DIST } from './support/site';

test('every page is within budget: HTML <= 12 KB, CSS <= 10 KB, JS <= 2 KB, all <= 20 KB gzipped; subset woff2 fonts, <= 2 preloaded', () => {
  const report = checkBudgets(DIST, BASE);
  expect(report.weights.length).toBeGreaterThan(0);
  expect(report.violations.map((v) => `${v.page}: ${v.message}`)).toEqual([]);
});

test('every page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  const { pages, problems } = await validateSite(DIST, BASE);
  expect(pages).toBeGreaterThan(0);
  const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.page}:${p.line}:${p.column} ${p.rule}: ${p.message}`);
  expect(errors).toEqual([]);
});

test('every internal link and #fragment resolves, sitemap included', () => {
  const report = checkLinks(DIST, BASE, siteUrl(DIST));
  expect(report.checked).toBeGreaterThan(0);
  expect(report.broken.map((b) => `${b.page}: ${b.where} "${b.ref}": ${b.reason}`)).toEqual([]);
});

test('every page carries a strict CSP that allows exactly its inline scripts, and no inline styles', () => {
  const report = checkCsp(DIST, BASE);
  expect(report.pages).toBeGreaterThan(0);
  expect(report.problems.map((p) => `${p.page}: ${p.problem}`)).toEqual([]);
});
