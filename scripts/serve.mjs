#!/usr/bin/env node
/**
 * A small static file server for the built site, so `npm start` and the browser tests need no
 * extra package. It serves the build folder under the configured base path (BASE_PATH, e.g.
 * "/recap/"), answers a folder URL with its index.html, redirects "/cohorts" to "/cohorts/"
 * (the URL contract ends every page with a slash) and answers unknown URLs with the site's own
 * 404.html and status 404, the way a static host such as GitHub Pages does.
 *
 * Kept rather than `astro preview`: the browser tests and Lighthouse need the site served with
 * the build's _headers rules (CSP frame-ancestors, nosniff...) and gzip, as a host serves it
 * (scripts/quality/serve-site.ts), which `astro preview` does not do; the rest is ~100 lines.
 *
 *   node scripts/serve.mjs                     # dist/ on a free port, prints the URL
 *   node scripts/serve.mjs --dir /tmp/x-dist --port 4321 --host 127.0.0.1
 *
 * Environment: PORT (default: a free port), HOST (default 127.0.0.1), BASE_PATH (default "/").
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content types for what an Astro build emits. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};

/** Types worth compressing when the server is asked to gzip, as static hosts do. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.txt', '.svg']);

/** "/recap" or "recap/" -> "/recap/"; "" -> "/". */
export function normaliseBase(base = '/') {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

async function fileAt(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : s.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/**
 * Creates (does not start) the server for `dir` served under `base`.
 * `headers(hostPath)` adds response headers for a path as the host publishes it (without the base),
 * e.g. the rules of a `_headers` file; `gzip` compresses text when the client accepts it. Both are
 * off for `npm start`; the quality checks turn them on to serve the site the way a static host does.
 * @param {{ dir: string, base?: string, quiet?: boolean,
 *   headers?: (hostPath: string) => Iterable<[string, string]>, gzip?: boolean }} options
 */
export function createStaticServer({ dir, base = '/', quiet = true, headers, gzip = false }) {
  const root = resolve(dir);
  const prefix = normaliseBase(base);
  const notFoundPage = join(root, '404.html');

  async function send(req, res, status, path) {
    const ext = extname(path).toLowerCase();
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const hostPath = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
    const head = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    for (const [name, value] of headers?.(hostPath) ?? []) head[name.toLowerCase()] = value;
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(await readFile(path));
      res.writeHead(status, { ...head, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': String(body.length) });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(status, head);
    if (req.method === 'HEAD') return res.end();
    createReadStream(path).on('error', () => res.end()).pipe(res);
  }

  function notFound(req, res) {
    const method = req.method;
    if (existsSync(notFoundPage)) return send(req, res, 404, notFoundPage);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(method === 'HEAD' ? undefined : 'Not found\n');
  }

  return createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    if (!quiet) console.log(`${method} ${url.pathname}`);

    // The site root without its base ("/recap") and the bare origin both lead to the base.
    if (prefix !== '/' && (pathname === prefix.slice(0, -1) || pathname === '/')) {
      res.writeHead(302, { location: prefix + url.search });
      return res.end();
    }
    if (!pathname.startsWith(prefix)) return notFound(req, res);

    const relative = pathname.slice(prefix.length);
    const target = normalize(join(root, relative));
    if (target !== root && !target.startsWith(root + sep)) return notFound(req, res);

    const found = await fileAt(target);
    if (found === 'dir') {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      const index = join(target, 'index.html');
      if (await fileAt(index) === index) return send(req, res, 200, index);
      return notFound(req, res);
    }
    if (found) return send(req, res, 200, found);
    // "/about" built as "/about.html" (build.format 'file' or 'preserve').
    if (!pathname.endsWith('/') && (await fileAt(`${target}.html`)) === `${target}.html`) {
      return send(req, res, 200, `${target}.html`);
    }
    return notFound(req, res);
  });
}

/**
 * Starts serving and resolves with the URL of the site's home page.
 * @param {{ dir: string, base?: string, port?: number, host?: string, quiet?: boolean,
 *   headers?: (hostPath: string) => Iterable<[string, string]>, gzip?: boolean }} options
 */
export function serve({ dir, base = '/', port = 0, host = '127.0.0.1', quiet = true, headers, gzip = false }) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`serve: ${dir} has no index.html. Build the site first (npm run build).`);
  }
  const server = createStaticServer({ dir, base, quiet, headers, gzip });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolvePromise({ server, url: `http://${shownHost}:${address.port}${normaliseBase(base)}` });
    });
  });
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--dir') options.dir = value();
    else if (flag === '--port') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--base') options.base = value();
    else if (flag === '--verbose') options.quiet = false;
    else throw new Error(`serve: unknown option ${argv[i]} (use --dir, --port, --host, --base, --verbose)`);
  }
  return options;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  try {
    const args = parseArgs(process.argv.slice(2));
    const { url } = await serve({
      dir: args.dir ? resolve(args.dir) : join(root, 'dist'),
      base: args.base ?? process.env.BASE_PATH ?? '/',
      port: args.port ?? Number(process.env.PORT ?? 0),
      host: args.host ?? process.env.HOST ?? '127.0.0.1',
      quiet: args.quiet ?? true,
    });
    console.log(`Serving the site at ${url}  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
