/**
 * The site's only inline scripts, and their Content-Security-Policy hashes. Astro's
 * `security.csp` (astro.config.mjs) writes every page's policy and hashes the scripts and styles
 * it bundles, but not `is:inline` scripts: a page that writes one of these adds its hash with
 * `Astro.csp.insertScriptHash`, so this text is the single copy both the page and its policy use.
 * scripts/quality/csp.ts checks after the build that every inline script's hash is listed.
 */
import { createHash } from 'node:crypto';

const hashes = new Map<string, `sha256-${string}`>();

/** "sha256-…" of a script's exact text, as a browser computes it for a CSP hash source (once per text: every page carries the same few). */
export function cspHash(text: string): `sha256-${string}` {
  let hash = hashes.get(text);
  if (!hash) hashes.set(text, (hash = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`));
  return hash;
}

/**
 * The theme snippet BaseLayout inlines in <head>: it applies a stored light/dark choice before
 * paint (no flash), then reveals the toggle buttons and keeps them and theme-color in step; and
 * it carries the current #fragment onto a language switcher link when clicked (data-keep-hash),
 * so /cohorts/x/#quote-y switches to the same quote in the other language. It is
 * inline so that pages without share controls load no script file at all.
 */
export const THEME_SCRIPT = `(function(){var d=document,r=d.documentElement,m=matchMedia('(prefers-color-scheme: dark)');
try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')r.dataset.theme=t}catch(e){}
function dark(){return r.dataset.theme?r.dataset.theme==='dark':m.matches}
function sync(){var x=dark();d.querySelectorAll('[data-theme-toggle]').forEach(function(b){b.hidden=false;b.setAttribute('aria-pressed',String(x))});
d.querySelectorAll('meta[name=theme-color]').forEach(function(e){e.content=x?'#0e1030':'#faf7f0'})}
d.addEventListener('DOMContentLoaded',sync);m.addEventListener('change',sync);
d.addEventListener('click',function(e){if(!(e.target instanceof Element&&e.target.closest('[data-theme-toggle]')))return;
var n=dark()?'light':'dark';r.dataset.theme=n;try{localStorage.setItem('theme',n)}catch(x){}sync()});
d.addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a[data-keep-hash]');if(a&&location.hash)a.href=a.href.split('#')[0]+location.hash})})();`;

/**
 * The redirect page of a renamed quote, speaker or cohort (src/pages/[...moved].astro): goes on
 * to the new address (the page's data-moved-to) keeping the #fragment, which the meta refresh loses.
 */
export const REDIRECT_SCRIPT = 'location.replace(document.documentElement.dataset.movedTo+location.hash)';

export const THEME_SCRIPT_HASH = cspHash(THEME_SCRIPT);
export const REDIRECT_SCRIPT_HASH = cspHash(REDIRECT_SCRIPT);

// A page's policy and its inline blocks, as Astro writes them (src/middleware.ts says why it trims).
const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * The page with its policy's script-src and style-src hashes cut down to those of the inline
 * <script> (JSON-LD is data, not script) and <style> blocks in its <head>; every other source is kept.
 */
export function trimPolicy(html: string): string {
  // Only <head> is searched: inline scripts and styles belong there (scripts/quality/csp.ts refuses
  // one in <body>), and the body is most of a page's bytes.
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  const used = (pattern: RegExp) => new Set([...head.matchAll(pattern)].map((m) => `'${cspHash(m[1]!)}'`));
  const scripts = used(INLINE_SCRIPT);
  const styles = used(INLINE_STYLE);
  return html.replace(POLICY, (_, open: string, policy: string, close: string) => {
    const trimmed = policy
      .split(';')
      .map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        const keep = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
        if (!keep) return directive.trim();
        return [name, ...sources.filter((s) => !s.startsWith("'sha") || keep.has(s))].join(' ');
      })
      .join(';');
    return open + trimmed + close;
  });
}
