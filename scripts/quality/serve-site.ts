/**
 * Serves a build folder on a free localhost port the way a static host does, for Lighthouse and
 * the quality tests: folder URLs answered by index.html, unknown URLs by 404.html with status 404,
 * text compressed with gzip, and the headers the build's _headers file declares
 * (Content-Security-Policy, X-Content-Type-Options, caching...).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '../serve.mjs';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers.ts';
import { isMain, runMain } from './site.ts';

export interface ServedSite {
  /** The site's home, e.g. "http://127.0.0.1:41234/" (base path included). */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Starts the server for `dist` built with `base`; call close() when done. */
export async function serveSite(dist: string, base = '/', port = 0): Promise<ServedSite> {
  const headersFile = join(dist, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  // The same server as `npm start`, plus what a static host adds: the _headers rules and gzip.
  const { server, url } = (await serve({ dir: dist, base, port, headers: (hostPath: string) => headersFor(rules, hostPath), gzip: true })) as {
    server: Server;
    url: string;
  };
  return {
    url,
    origin: new URL(url).origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The browser tests' server (playwright.config.ts):
 *   node scripts/quality/serve-site.ts --dir dist --port 4321 --base /recap/
 */
if (isMain(import.meta.url)) {
  runMain(async () => {
    const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, base: { type: 'string' } } });
    const site = await serveSite(resolve(values.dir ?? 'dist'), values.base ?? '/', Number(values.port ?? 0));
    // The listening server keeps the process alive until the test runner stops it.
    console.log(`Serving the site as a static host does at ${site.url}`);
  });
}
