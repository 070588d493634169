/**
 * Build-time middleware registered by csp-inline-scripts.ts: adds the hashes of a page's inline
 * <head> scripts to its Content-Security-Policy meta tag and moves the tag to the top of <head>.
 * Only in production builds: the dev server writes no CSP.
 */
import { defineMiddleware } from 'astro:middleware';
import { addInlineScriptHashes } from './csp-inline-scripts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.PROD || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  return new Response(addInlineScriptHashes(html, context.url.pathname), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
