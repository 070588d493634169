/**
 * Trims each page's Content-Security-Policy to the hashes that page uses. Astro's `security.csp`
 * lists, on every page, the hash of every script and stylesheet it could inline anywhere (its
 * five island directives, each bundled script file, our inline snippets): eleven 44-character
 * hashes, which gzip cannot shrink, 0.4 KB on every page. A page needs only the hashes of the
 * inline <script> and <style> blocks it carries; script files and stylesheets are covered by
 * 'self'. So the policy stays as strict (stricter: nothing unused is allowed) and every page is
 * 0.4 KB lighter. Runs when pages are prerendered; scripts/quality/csp.ts still checks the result.
 *
 * Only <head> is decoded and rewritten; the body's bytes are passed on as they are. Reading the
 * whole page back as text and making a new Response from the string (decoding, undici's check of
 * the string, encoding again) made a 9,015-page build (npm run bench, 200 cohorts) take 39.3-40.5 s
 * and 50.5-51.5 s of CPU; bytes in and out, 34.2-34.4 s and 44.7-45.1 s of CPU, against 26.7-32.2 s
 * with no trimming at all (two runs each, alternating, on a noisy machine).
 */
import { Buffer } from 'node:buffer';
import { defineMiddleware } from 'astro:middleware';
import { trimPolicy } from './lib/site/inline-scripts';

const HEAD_END = Buffer.from('</head>');

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const bytes = Buffer.from(await response.arrayBuffer());
  // '</head>' is ASCII, so cutting the bytes where it starts never splits a character.
  const end = bytes.indexOf(HEAD_END);
  const head = end === -1 ? bytes : bytes.subarray(0, end);
  const body = Buffer.concat([Buffer.from(trimPolicy(head.toString('utf8'))), end === -1 ? Buffer.alloc(0) : bytes.subarray(end)]);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
});
