/**
 * Completes Astro's Content-Security-Policy meta tag for the few inline scripts we write ourselves.
 *
 * Astro (security.csp) hashes the scripts and styles it processes, but not `<script is:inline>`,
 * such as the theme snippet that must run in <head> before paint. As each page is rendered in the
 * build, a middleware this integration registers (csp-inline-scripts-middleware.ts) hashes each
 * inline executable script in the page's <head>, adds the hash to its script-src, so no page needs
 * 'unsafe-inline', and moves the meta tag to the top of <head> (a meta policy only governs what
 * follows it). Doing it on the rendered string, not on the written files, costs no extra disk
 * pass. The build stops, naming the page, when
 *   - a page has no CSP meta tag, or its script-src allows 'unsafe-inline';
 *   - a page has an inline executable script outside <head> (content and components do not add
 *     inline scripts; behaviour goes in processed <script> files, which Astro hashes).
 * JSON-LD and other data blocks (type="application/ld+json") are not scripts and need no hash.
 */
import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META_RE = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

/** "sha256-…" of a script's text, as a browser computes it for a CSP hash source. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|$)`, 'i').exec(attrs);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

function isInlineExecutable(attrs: string): boolean {
  if (attribute(attrs, 'src') !== undefined) return false;
  return EXECUTABLE_TYPES.has((attribute(attrs, 'type') ?? '').trim().toLowerCase());
}

const hashCache = new Map<string, string>();
const tagCache = new Map<string, string>();

/**
 * Adds hashes for the inline scripts in `html`'s <head> to its CSP meta tag. Returns the new
 * HTML, or throws an Error whose message names the page and the problem.
 */
export function addInlineScriptHashes(html: string, page: string): string {
  const meta = META_RE.exec(html);
  if (!meta) throw new Error(`${page}: no Content-Security-Policy meta tag (security.csp in astro.config.mjs)`);
  const headEnd = html.search(/<\/head\s*>/i);
  const hashes: string[] = [];
  for (const m of html.matchAll(SCRIPT_RE)) {
    if (!isInlineExecutable(m[1] ?? '') || (m[2] ?? '').trim() === '') continue;
    if (headEnd >= 0 && m.index! > headEnd) {
      throw new Error(
        `${page}: inline <script> in the page body (${(m[2] ?? '').trim().slice(0, 60)}…). ` +
          'Use a processed <script> (an external, hashed file) or put a tiny pre-paint snippet in <head>.',
      );
    }
    let hash = hashCache.get(m[2]!);
    if (!hash) hashCache.set(m[2]!, (hash = `'${cspHash(m[2]!)}'`));
    hashes.push(hash);
  }
  // Pages share one policy and one snippet, so the new tag is computed once per distinct pair.
  const key = `${meta[1]}\n${hashes.join(' ')}`;
  let tag = tagCache.get(key);
  if (!tag) tagCache.set(key, (tag = policyTag(meta[1]!, hashes, page)));
  // A policy in a meta tag governs only what comes after it: move it to the top of <head>,
  // right after <meta charset>, so it covers the head's own scripts and styles too.
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const anchor = /<meta\s+charset=[^>]*>/i.exec(without) ?? /<head\b[^>]*>/i.exec(without);
  if (!anchor) throw new Error(`${page}: no <head> to put the Content-Security-Policy in`);
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + tag + without.slice(at);
}

/** The meta tag for `content` (as Astro wrote it, entity-encoded) with `hashes` added to script-src. */
function policyTag(content: string, hashes: string[], page: string): string {
  const policy = content.replace(/&#39;/g, "'");
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const scriptIndex = directives.findIndex((d) => d.startsWith('script-src ') || d === 'script-src');
  if (scriptIndex < 0) throw new Error(`${page}: the CSP has no script-src directive`);
  const scriptSrc = directives[scriptIndex]!.split(/\s+/);
  if (scriptSrc.includes("'unsafe-inline'")) throw new Error(`${page}: the CSP's script-src allows 'unsafe-inline'`);
  for (const hash of hashes) if (!scriptSrc.includes(hash)) scriptSrc.push(hash);
  directives[scriptIndex] = scriptSrc.join(' ');
  return `<meta http-equiv="content-security-policy" content="${`${directives.join('; ')};`.replace(/'/g, '&#39;')}">`;
}

/** The integration; list it in astro.config.mjs. It only registers the middleware. */
export default function cspInlineScripts(): AstroIntegration {
  return {
    name: 'recap:csp-inline-scripts',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        // 'pre' so it wraps every other middleware and sees the final HTML.
        addMiddleware({ entrypoint: new URL('./csp-inline-scripts-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
