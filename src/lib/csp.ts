/**
 * The Content-Security-Policy every page carries, as a <meta> tag BaseLayout writes first in
 * <head> (a meta policy governs only what follows it). Everything comes from the site itself:
 * script-src is 'self' plus the hash of each inline script the layout writes (only the theme
 * snippet, which must run before paint), never 'unsafe-inline'; style-src is 'self' alone, so
 * stylesheets stay files (build.inlineStylesheets: 'never') and no style="" attributes are used.
 * frame-ancestors cannot be set by a meta tag: public/_headers sends it, with the other headers.
 *
 * The policy is the same on every page and built once (PAGE_POLICY), so it costs the build
 * nothing per page.
 * `npm run check:site` and tests/e2e/quality.spec.ts check every built page against it
 * (scripts/quality/csp.ts), and security.spec.ts proves browsers report no violation.
 */
import { createHash } from 'node:crypto';
// With its extension: the quality scripts (scripts/quality/csp.ts) load this module with Node alone.
import { THEME_SCRIPT } from './theme-script.ts';

/** Directives other than script-src and style-src: nothing from other origins, no plugins. */
export const BASE_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** "sha256-…" of a script's exact text, as a browser computes it for a CSP hash source. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The policy for pages whose only inline executable scripts are `inlineScripts` (their exact text). */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = [...new Set(inlineScripts.map((text) => `'${cspHash(text)}'`))];
  return [...BASE_DIRECTIVES, ['script-src', "'self'", ...hashes].join(' '), "style-src 'self'"].join('; ') + ';';
}

/** The policy every page carries: its only inline script is the theme snippet. */
export const PAGE_POLICY = contentSecurityPolicy([THEME_SCRIPT]);
