/**
 * The Content-Security-Policy every page carries: the layout writes one strict policy
 * (src/lib/csp.ts: scripts from files or by hash, styles from files only), the page check
 * (scripts/quality/csp.ts) proves each built page fits it, and the headers file for static
 * hosts (public/_headers) sends the rest of the security headers.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../scripts/quality/headers.ts';
import { cspProblems, parsePolicy } from '../../scripts/quality/csp.ts';
import { contentSecurityPolicy, cspHash } from '../../src/lib/csp.ts';
import { THEME_SCRIPT } from '../../src/lib/theme-script.ts';

const META = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}">`;
const doc = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;

describe('the policy', () => {
  it('hashes a script as browsers do (SHA-256 of its exact text, base64)', () => {
    // The example from the CSP specification's hash-source section.
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it("allows scripts from the site and the theme snippet by its hash, styles from files only, nothing from elsewhere", () => {
    const policy = parsePolicy(contentSecurityPolicy([THEME_SCRIPT]));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", `'${cspHash(THEME_SCRIPT)}'`]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    for (const name of ['img-src', 'font-src', 'connect-src']) expect(policy.get(name)).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});

describe('the page check', () => {
  const snippet = "try{document.documentElement.dataset.theme='dark'}catch(e){}";
  const policy = contentSecurityPolicy([snippet]);

  it('passes a page whose policy comes first and lists its inline <head> script; JSON-LD and script files need no hash', () => {
    const html = doc(`${META(policy)}<script>${snippet}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script>`);
    expect(cspProblems(html)).toEqual([]);
  });

  it('refuses a page without a policy, or with the policy after what it should govern', () => {
    expect(cspProblems(doc(''))).toEqual(['no Content-Security-Policy meta tag (BaseLayout writes it in builds)']);
    expect(cspProblems(doc(`<script>${snippet}</script>${META(policy)}`))).toEqual([
      'the Content-Security-Policy meta tag is not first in <head> (after <meta charset>): it governs only what follows it',
    ]);
  });

  it("refuses unsafe-inline, an inline script the policy does not list, one in the body, and inline styles", () => {
    expect(cspProblems(doc(META("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self'")))).toEqual([
      "script-src allows 'unsafe-inline'",
    ]);
    expect(cspProblems(doc(`${META(policy)}<script>alert(1)</script>`))).toEqual([
      'inline <script> (alert(1)…) whose hash script-src does not list: browsers will block it',
    ]);
    expect(cspProblems(doc(META(policy), `<script>${snippet}</script>`))[0]).toMatch(/^inline <script> in the page body/);
    expect(cspProblems(doc(`${META(policy)}<style>.a{color:red}</style>`))).toEqual([
      "a <style> block: style-src allows only stylesheet files (build.inlineStylesheets: 'never')",
    ]);
    expect(cspProblems(doc(META(policy), '<p style="color:red">x</p>'))).toEqual(['a style="" attribute: style-src blocks inline styles; use a class']);
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8'));
  const page = Object.fromEntries(headersFor(rules, '/quotes/some-quote/').map(([k, v]) => [k.toLowerCase(), v]));

  it('sends the security headers on every page', () => {
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['x-frame-options']).toBe('DENY');
    expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page['cross-origin-opener-policy']).toBe('same-origin');
    expect(page['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    expect(page['permissions-policy']).toContain('camera=()');
    // Share controls may use the Web Share API and the clipboard.
    expect(page['permissions-policy']).toContain('web-share=(self)');
  });

  it("forbids framing in the header CSP, and leaves scripts and styles to the page's hashed policy", () => {
    const csp = page['content-security-policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/(^|;)\s*(default-src|script-src|style-src)/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('caches hashed build assets for a year, and pages not at all', () => {
    const asset = Object.fromEntries(headersFor(rules, '/_astro/index.abc123.css'));
    expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(page['cache-control']).toBeUndefined();
  });

  it('stops script in every file that is not a page: pictures, fonts, cards, the icon, opened as their own URL', () => {
    for (const path of ['/_astro/portrait.abc123.webp', '/_astro/onest.abc123.woff2', '/_astro/x.abc123.svg', '/og/quotes/some-quote.png', '/favicon.svg']) {
      const policies = headersFor(rules, path).filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value);
      expect(policies.some((policy) => policy.includes("script-src 'none'") && policy.includes("default-src 'none'") && /;\s*sandbox$/.test(policy)), path).toBe(true);
    }
    // Pages keep only the framing policy from the header: their scripts are governed by their own hashed policy.
    expect(headersFor(rules, '/quotes/some-quote/').filter(([name]) => name === 'Content-Security-Policy')).toHaveLength(1);
  });

  it('matches path patterns the way Netlify and Cloudflare do', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(patternMatches('/_astro/*', '/quotes/')).toBe(false);
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('_headers line 1: expected "Name: value" under a path, found "X-A: b"');
  });
});

describe('the npm run check:* commands', () => {
  it('load with Node alone, as npm runs them (no bundler resolves extensionless imports there)', () => {
    const dir = join(import.meta.dirname, '../../scripts/quality');
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    const script = modules.map((f) => `await import(${JSON.stringify(join(dir, f))});`).join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr.split('\n').find((line) => /Error/.test(line)) ?? '').toBe('');
    expect(result.status).toBe(0);
  });
});
