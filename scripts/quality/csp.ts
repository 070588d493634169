/**
 * Every built page carries a strict Content-Security-Policy that fits it: a <meta> policy first
 * in <head> (right after <meta charset>), script-src and style-src without 'unsafe-inline', every
 * inline executable script in <head> and allowed by its hash, no <style> blocks or style=""
 * attributes (style-src is 'self': styles are files). The layout writes the policy
 * (src/lib/csp.ts); this is the check that keeps it true as pages and components change.
 * JSON-LD (type="application/ld+json") is data, not a script, and needs no hash.
 *
 *   npm run check:csp                           # dist/ (or RECAP_DIST)
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { cspHash } from '../../src/lib/csp.ts';
import { attr, isExecutableScript, isMain, readPages, runMain, siteOptions } from './site.ts';

/** The sources of each directive of a policy, e.g. "script-src" -> ["'self'", "'sha256-…'"]. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const isPolicyTag = (el: HTMLElement) => el.tagName === 'META' && attr(el, 'http-equiv').toLowerCase() === 'content-security-policy';

/** What is wrong with one page's Content-Security-Policy; empty when nothing is. */
export function cspProblems(html: string): string[] {
  const root = parse(html, { comment: false });
  const problems: string[] = [];
  const metas = root.querySelectorAll('meta').filter(isPolicyTag);
  if (metas.length === 0) return ['no Content-Security-Policy meta tag (BaseLayout writes it in builds)'];
  if (metas.length > 1) problems.push(`${metas.length} Content-Security-Policy meta tags; one policy per page`);
  const policy = parsePolicy(attr(metas[0]!, 'content'));
  const [first, second] = root.querySelector('head')?.children ?? [];
  const firstInHead = first && (isPolicyTag(first) || (first.tagName === 'META' && first.hasAttribute('charset') && second && isPolicyTag(second)));
  if (!firstInHead) {
    problems.push('the Content-Security-Policy meta tag is not first in <head> (after <meta charset>): it governs only what follows it');
  }
  if (policy.get('default-src')?.join(' ') !== "'none'") problems.push("default-src is not 'none'");
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name);
    if (!sources) problems.push(`no ${name} directive`);
    else if (sources.includes("'unsafe-inline'") || sources.includes('*')) problems.push(`${name} allows ${sources.includes('*') ? '*' : "'unsafe-inline'"}`);
  }
  const allowed = new Set(policy.get('script-src') ?? []);
  for (const script of root.querySelectorAll('script')) {
    const text = script.rawText;
    if (!isExecutableScript(script) || script.hasAttribute('src') || text.trim() === '') continue;
    const shown = `${text.trim().slice(0, 60)}…`;
    if (script.closest('body')) {
      problems.push(`inline <script> in the page body (${shown}): use a processed <script> (an external file) or a tiny pre-paint snippet in <head>`);
    } else if (!allowed.has(`'${cspHash(text)}'`)) {
      problems.push(`inline <script> (${shown}) whose hash script-src does not list: browsers will block it`);
    }
  }
  if (root.querySelector('style')) problems.push("a <style> block: style-src allows only stylesheet files (build.inlineStylesheets: 'never')");
  if (root.querySelector('[style]')) problems.push('a style="" attribute: style-src blocks inline styles; use a class');
  return problems;
}

export interface CspReport {
  pages: number;
  problems: { page: string; problem: string }[];
}

/** Checks every page of the build in `dist`. */
export function checkCsp(dist: string, base: string): CspReport {
  const pages = readPages(dist, base);
  return { pages: pages.length, problems: pages.flatMap((p) => cspProblems(p.html).map((problem) => ({ page: p.url, problem }))) };
}

export function formatCspReport(report: CspReport): string {
  if (report.problems.length === 0) return `CSP: ${report.pages} pages, each with a strict policy that allows exactly its inline scripts`;
  return [`CSP: ${report.problems.length} problems in ${report.pages} pages:`, ...report.problems.map((p) => `  ${p.page}: ${p.problem}`)].join('\n');
}

if (isMain(import.meta.url)) {
  runMain(() => {
    const { dist, base } = siteOptions();
    const report = checkCsp(dist, base);
    console.log(formatCspReport(report));
    return report.problems.length ? 1 : 0;
  });
}
