/**
 * After the build: every page carries a strict Content-Security-Policy that fits it. Astro's
 * `security.csp` writes the policy (astro.config.mjs) and hashes what it bundles; this check
 * proves what Astro does not: that every page has one (a page with no <head> gets none), that
 * every `is:inline` script's hash is listed (Astro hashes none of them, and a browser would
 * silently block the script), that the directives stay strict (default-src 'none', no
 * 'unsafe-inline' or '*'), and that no unlisted <style> block or style="" creeps in.
 *
 * Astro writes its meta tag at the end of <head>, after the layout's own tags, and a meta policy
 * governs only what follows it. So nothing may precede it that the policy would refuse: an
 * inline script there must be listed by hash, a script file or stylesheet must come after it.
 * JSON-LD (type="application/ld+json") is data, not a script, and needs no hash.
 *
 *   npm run check:csp                           # dist/ (or RECAP_DIST)
 */
import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';
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
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What is wrong with one page's Content-Security-Policy; empty when nothing is. */
export function cspProblems(html: string): string[] {
  const root = parse(html, { comment: false });
  const problems: string[] = [];
  const metas = root.querySelectorAll('meta').filter(isPolicyTag);
  if (metas.length === 0) return ['no Content-Security-Policy meta tag (Astro writes one into every page with a <head>)'];
  if (metas.length > 1) problems.push(`${metas.length} Content-Security-Policy meta tags; one policy per page`);
  const meta = metas[0]!;
  const policy = parsePolicy(attr(meta, 'content'));
  if (policy.get('default-src')?.join(' ') !== "'none'") problems.push("default-src is not 'none'");
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name);
    if (!sources) problems.push(`no ${name} directive`);
    else if (sources.includes("'unsafe-inline'") || sources.includes('*')) problems.push(`${name} allows ${sources.includes('*') ? '*' : "'unsafe-inline'"}`);
  }
  const allowed = new Set(policy.get('script-src') ?? []);
  const head = root.querySelector('head');
  const beforePolicy = new Set(head ? head.children.slice(0, head.children.indexOf(meta)) : []);
  for (const script of root.querySelectorAll('script')) {
    if (!isExecutableScript(script)) continue;
    const text = script.rawText;
    if (script.hasAttribute('src')) {
      if (beforePolicy.has(script)) problems.push(`<script src="${attr(script, 'src')}"> before the policy, which governs only what follows it`);
      continue;
    }
    if (text.trim() === '') continue;
    const shown = `${text.trim().slice(0, 60)}…`;
    if (script.closest('body')) {
      problems.push(`inline <script> in the page body (${shown}): use a processed <script> (an external file) or a tiny pre-paint snippet in <head>`);
    } else if (!allowed.has(hashOf(text))) {
      problems.push(`inline <script> (${shown}) whose hash script-src does not list (add it with Astro.csp.insertScriptHash): browsers will block it`);
    }
  }
  for (const el of beforePolicy) {
    if (el.tagName === 'LINK' && attr(el, 'rel').toLowerCase().split(/\s+/).includes('stylesheet')) problems.push('a stylesheet before the policy, which governs only what follows it');
  }
  const allowedStyles = new Set(policy.get('style-src') ?? []);
  for (const style of root.querySelectorAll('style')) {
    // Astro lists the hashes of the <style> blocks it writes itself (the Fonts API's @font-face rules).
    if (!allowedStyles.has(hashOf(style.rawText))) problems.push('a <style> block whose hash style-src does not list: browsers will ignore it; use a stylesheet file');
  }
  if (root.querySelector('[style]')) problems.push('a style="" attribute: style-src blocks inline styles; use a class');
  return problems;
}

export interface CspReport {
  pages: number;
  problems: { page: string; problem: string }[];
}

/** Checks every page of the build in `dist`, redirect pages included. */
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
