/**
 * The Content-Security-Policy every page carries: the build step that adds our <head> snippet's
 * hash (src/integrations/csp-inline-scripts.ts) keeps scripts to hashes and files, and the
 * headers file for static hosts (public/_headers) sends the rest of the security headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../scripts/quality/headers.ts';
import { addInlineScriptHashes, cspHash } from '../../src/integrations/csp-inline-scripts.ts';

const META = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}">`;
const doc = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)![1]!.replace(/&#39;/g, "'");

describe('inline script hashes', () => {
  it('hashes a script as browsers do (SHA-256 of its exact text, base64)', () => {
    // The example from the CSP specification's hash-source section.
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it("allows exactly the page's own inline <head> scripts and <style> blocks, and moves the policy to the top of <head>", () => {
    const snippet = "\n  try{document.documentElement.dataset.theme='dark'}catch(e){}\n";
    const style = '.a{color:red}';
    const html = doc(
      `<script>${snippet}</script><link rel="stylesheet" href="/a.css"><style>${style}</style>` +
        META("default-src 'none'; script-src 'self' 'sha256-abc=' 'sha256-def='; style-src 'self' 'sha256-xyz='"),
    );
    const out = addInlineScriptHashes(html, '/');
    // Astro's hashes of the site's script and style files go: files from 'self' need none.
    expect(policyOf(out)).toBe(`default-src 'none'; script-src 'self' '${cspHash(snippet)}'; style-src 'self' '${cspHash(style)}';`);
    expect(out.indexOf('content-security-policy')).toBeLessThan(out.indexOf('<script>'));
    expect(out).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/);
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('leaves JSON-LD and external scripts alone', () => {
    const html = doc(`${META("script-src 'self'; style-src 'self'")}<script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script>`);
    expect(policyOf(addInlineScriptHashes(html, '/'))).toBe("script-src 'self'; style-src 'self';");
  });

  it('refuses an inline script in the page body, a page without a policy, and unsafe-inline', () => {
    expect(() => addInlineScriptHashes(doc(META("script-src 'self'; style-src 'self'"), '<script>alert(1)</script>'), '/x/')).toThrow(
      /^\/x\/: inline <script> in the page body \(alert\(1\)…\)/,
    );
    expect(() => addInlineScriptHashes(doc(''), '/y/')).toThrow('/y/: no Content-Security-Policy meta tag (security.csp in astro.config.mjs)');
    expect(() => addInlineScriptHashes(doc(META("script-src 'self' 'unsafe-inline'; style-src 'self'")), '/z/')).toThrow(
      "/z/: the CSP's script-src allows 'unsafe-inline'",
    );
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

  it('matches path patterns the way Netlify and Cloudflare do', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(patternMatches('/_astro/*', '/quotes/')).toBe(false);
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('_headers line 1: expected "Name: value" under a path, found "X-A: b"');
  });
});
