/**
 * The Content-Security-Policy every page carries: Astro writes it (security.csp in
 * astro.config.mjs: scripts from files or by hash, styles from files or by hash), the page check
 * (scripts/quality/csp.ts) proves each built page's policy is strict and lists its inline
 * scripts, and the headers file for static hosts (public/_headers) sends the rest of the
 * security headers.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../scripts/quality/headers.ts';
import { cspProblems } from '../../scripts/quality/csp.ts';
import { cspHash, trimPolicy } from '../../src/lib/site/inline-scripts.ts';

const META = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}">`;
const doc = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;

describe('inline script hashes', () => {
  it('hashes a script as browsers do (SHA-256 of its exact text, base64)', () => {
    // The example from the CSP specification's hash-source section.
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });
});

describe('each page lists only its own hashes', () => {
  it("keeps the hashes of the page's inline script and style, drops the others and keeps every other source", () => {
    const [script, style, unused] = ['go()', '@font-face{}', 'other()'].map((t) => `'${cspHash(t)}'`);
    const page = (policy: string) =>
      `<head><meta http-equiv="content-security-policy" content="${policy}"><script>go()</script><style>@font-face{}</style>` +
      `<script type="application/ld+json">{}</script><script type="module" src="/a.js"></script></head>`;
    const trimmed = trimPolicy(page(`default-src 'none';script-src 'self' ${unused} ${script};style-src 'self' ${style} ${unused};`));
    expect(trimmed).toBe(page(`default-src 'none';script-src 'self' ${script};style-src 'self' ${style};`));
    expect(cspProblems(trimmed)).toEqual([]);
  });
});

describe('the page check', () => {
  const snippet = "try{document.documentElement.dataset.theme='dark'}catch(e){}";
  const policy = `default-src 'none'; script-src 'self' '${cspHash(snippet)}'; style-src 'self'`;

  it('passes a page whose policy lists its inline <head> script, before or after it; JSON-LD and script files need no hash', () => {
    expect(cspProblems(doc(`${META(policy)}<script>${snippet}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script>`))).toEqual([]);
    // Astro writes its meta tag at the end of <head>: an inline script before it must be one it allows.
    expect(cspProblems(doc(`<script>${snippet}</script>${META(policy)}<link rel="stylesheet" href="/a.css">`))).toEqual([]);
  });

  it('refuses a page without a policy, or with a script file or stylesheet before it', () => {
    expect(cspProblems(doc(''))).toEqual(['no Content-Security-Policy meta tag (Astro writes one into every page with a <head>)']);
    expect(cspProblems(doc(`<script type="module" src="/a.js"></script><link rel="stylesheet" href="/a.css">${META(policy)}`))).toEqual([
      '<script src="/a.js"> before the policy, which governs only what follows it',
      'a stylesheet before the policy, which governs only what follows it',
    ]);
  });

  it("refuses unsafe-inline, a default-src other than 'none', an inline script the policy does not list, one in the body, and inline styles", () => {
    expect(cspProblems(doc(META("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self'")))).toEqual([
      "script-src allows 'unsafe-inline'",
    ]);
    expect(cspProblems(doc(META("default-src 'self'; script-src 'self'; style-src 'self'")))).toEqual(["default-src is not 'none'"]);
    expect(cspProblems(doc(`${META(policy)}<script>alert(1)</script>`))).toEqual([
      'inline <script> (alert(1)…) whose hash script-src does not list (add it with Astro.csp.insertScriptHash): browsers will block it',
    ]);
    expect(cspProblems(doc(META(policy), `<script>${snippet}</script>`))[0]).toMatch(/^inline <script> in the page body/);
    expect(cspProblems(doc(`${META(policy)}<style>.a{color:red}</style>`))).toEqual([
      'a <style> block whose hash style-src does not list: browsers will ignore it; use a stylesheet file',
    ]);
    // The Fonts API's @font-face block, listed by its hash, is fine.
    expect(cspProblems(doc(`${META(`${policy} '${cspHash('@font-face{}')}'`)}<style>@font-face{}</style>`))).toEqual([]);
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
    // One Node process loading every quality script (Lighthouse and html-validate among them): slow on a busy machine.
  }, 90_000);
});
