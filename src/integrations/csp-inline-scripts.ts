/**
 * Completes Astro's Content-Security-Policy meta tag for the few inline scripts we write ourselves.
 *
 * Astro (security.csp) hashes the scripts and styles it processes, but not `<script is:inline>`,
 * such as the theme snippet that must run in <head> before paint. As each page is rendered in the
 * build, a middleware this integration registers (csp-inline-scripts-middleware.ts) fits each
 * page's policy to that page: script-src is 'self' plus the hashes of the page's own inline
 * executable scripts, style-src 'self' plus the hashes of its own <style> blocks (Astro lists every
 * client file of the site by hash; files from 'self' need none, so each page carries only what it
 * inlines, about 0.5 KB less per page). No page needs 'unsafe-inline'. The meta tag moves to the
 * top of <head>, because a meta policy only governs what follows it. Doing this on the rendered
 * string, not on the written files, costs no extra disk pass. The build stops, naming the page, when
 *   - a page has no CSP meta tag, or its script-src allows 'unsafe-inline';
 *   - a page has an inline executable script outside <head> (content and components do not add
 *     inline scripts; behaviour goes in processed <script> files, which Astro hashes).
 * JSON-LD and other data blocks (type="application/ld+json") are not scripts and need no hash.
 */
import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_RE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const HASH_SOURCE = /^'sha(256|384|512)-/;
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

const hashOf = (text: string) => {
  let hash = hashCache.get(text);
  if (!hash) hashCache.set(text, (hash = `'${cspHash(text)}'`));
  return hash;
};

/**
 * Fits `html`'s CSP meta tag to the page: script-src and style-src allow 'self' and the hashes of
 * this page's inline scripts (in <head>) and <style> blocks, nothing else; the tag moves to the
 * top of <head>. Returns the new HTML, or throws an Error whose message names the page and the problem.
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
    hashes.push(hashOf(m[2]!));
  }
  const styleHashes = [...html.matchAll(STYLE_RE)].map((m) => hashOf(m[1]!));
  // Pages share one policy and the same few inline blocks, so each distinct tag is built once.
  const key = `${meta[1]}\n${hashes.join(' ')}\n${styleHashes.join(' ')}`;
  let tag = tagCache.get(key);
  if (!tag) tagCache.set(key, (tag = policyTag(meta[1]!, hashes, styleHashes, page)));
  // A policy in a meta tag governs only what comes after it: move it to the top of <head>,
  // right after <meta charset>, so it covers the head's own scripts and styles too.
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const anchor = /<meta\s+charset=[^>]*>/i.exec(without) ?? /<head\b[^>]*>/i.exec(without);
  if (!anchor) throw new Error(`${page}: no <head> to put the Content-Security-Policy in`);
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + tag + without.slice(at);
}

/**
 * The meta tag for `content` (as Astro wrote it, entity-encoded) with script-src and style-src
 * holding their sources other than hashes (e.g. 'self') plus exactly the given hashes.
 */
function policyTag(content: string, scriptHashes: string[], styleHashes: string[], page: string): string {
  const policy = content.replace(/&#39;/g, "'");
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const fit = (name: string, hashes: string[]) => {
    const index = directives.findIndex((d) => d === name || d.startsWith(`${name} `));
    if (index < 0) throw new Error(`${page}: the CSP has no ${name} directive`);
    const sources = directives[index]!.split(/\s+/).slice(1);
    if (sources.includes("'unsafe-inline'")) throw new Error(`${page}: the CSP's ${name} allows 'unsafe-inline'`);
    const kept = sources.filter((s) => !HASH_SOURCE.test(s));
    directives[index] = [name, ...kept, ...new Set(hashes)].join(' ');
  };
  fit('script-src', scriptHashes);
  fit('style-src', styleHashes);
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
