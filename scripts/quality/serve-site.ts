/**
 * Serves a build folder on a free localhost port the way a static host does, for Lighthouse and
 * the quality tests: folder URLs answered by index.html, unknown URLs by 404.html with status 404,
 * text compressed with gzip, and the headers the build's _headers file declares
 * (Content-Security-Policy, X-Content-Type-Options, caching...).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers.ts';
import { fileForUrlPath, normaliseBase } from './site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.webmanifest', '.xml', '.txt', '.svg']);

export interface ServedSite {
  /** The site's home, e.g. "http://127.0.0.1:41234/" (base path included). */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Starts the server for `dist` built with `base`; call close() when done. */
export async function serveSite(dist: string, base = '/'): Promise<ServedSite> {
  const prefix = normaliseBase(base);
  const headersFile = join(dist, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    // _headers paths are relative to the folder the host publishes, i.e. without the base path.
    const hostPath = path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : path;
    for (const [name, value] of headersFor(rules, hostPath)) res.setHeader(name, value);

    let file = fileForUrlPath(dist, base, path);
    if (file && !path.endsWith('/') && file.endsWith('/index.html') && statSync(file.slice(0, -'/index.html'.length)).isDirectory()) {
      res.writeHead(301, { location: `${path}/${url.search}` });
      return res.end();
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = existsSync(join(dist, '404.html')) ? join(dist, '404.html') : undefined;
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end('Not found\n');
      }
    }
    const ext = extname(file).toLowerCase();
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
