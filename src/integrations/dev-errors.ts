/**
 * The preview's error page. In `npm run dev`, while the content has a problem, every page is a
 * plain HTML page (status 500) listing every problem as `file:line: field: expected ..., found
 * ...`, readable without JavaScript and without Vite's overlay; it reloads itself every two
 * seconds, so the page comes back on its own once the file is fixed.
 *
 * Why our own: with broken content Astro answers with a page whose only text is
 * `<title>ContentError</title>` (the message is in Vite's overlay, under a stack trace), and a
 * YAML syntax error keeps the last good entries, so the page goes on showing stale content with
 * status 200. Here the content checker (the same one `npm run check` and the build run) is asked
 * before Astro renders a page, and its answer is cached until a file under content/ changes.
 * Every page depends on the content (lists, counts, the footer), so every page shows the problems.
 *
 * Once the content is clean again, every content file is announced as changed to Astro's
 * watcher, so its content layer reloads them all: an edit it missed or failed to reload while
 * the content was broken (seen under load: a fixed speaker id still read as the broken one)
 * must not leave the preview showing a problem that is gone. Pages wait a moment for that.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem, type CheckReport } from '../lib/content/check';
import { contentDirFromEnv } from '../lib/content/layout';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The error page for a report with problems: plain HTML, no script, reloading itself. */
export function errorPage(report: CheckReport, path: string): string {
  const count = report.problems.length;
  const unsafe = report.problems.some((p) => p.unsafe);
  const items = report.problems.map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>Content problem${count === 1 ? '' : 's'}: preview paused</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.5rem; color: #a40000; }
  li { margin: 0.5rem 0; }
  code { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.95rem; }
</style>
</head>
<body>
<main>
<h1>The content has ${count} problem${count === 1 ? '' : 's'}</h1>
${unsafe ? '<p><strong>The preview is paused: some content is unsafe.</strong> Nothing is served until it is fixed, because it could run code or show files from outside the content folder.</p>\n' : ''}
<p>The page <code>${escapeHtml(path)}</code> will show again when ${count === 1 ? 'it is' : 'they are'} fixed. Each line gives the file and line, the field, what was expected and what was found:</p>
<ul>
${items}
</ul>
<p>Save the file and this page reloads by itself. <code>npm run check</code> prints the same list in the terminal.</p>
</main>
</body>
</html>
`;
}

/** The page shown for a moment while the preview reloads the fixed content. */
const RELOADING = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="1"><title>Reloading the preview</title></head>
<body><p>The content is fixed; reloading the preview...</p></body></html>
`;

/** Whether a request is for a page (not a script, style, image or Vite's own module). */
export function isPageRequest(method: string | undefined, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?')[0] ?? '';
  if (/^\/(@|_astro\/|node_modules\/|src\/)/.test(path) || path.includes('/@')) return false;
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return false;
  return !accept || accept.includes('text/html') || accept.includes('*/*');
}

export default function devErrors(): AstroIntegration {
  return {
    name: 'recap:dev-errors',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const root = server.config.root;
        const contentDir = resolve(root, contentDirFromEnv());
        // A clean result holds until a file under content/ changes (a save, a new or deleted
        // file); while there are problems, every page request checks again.
        let clean: CheckReport | undefined;
        let broken = false;
        let reloadingUntil = 0;
        server.watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(contentDir)) clean = undefined;
        });
        const reloadAll = () => {
          const files = readdirSync(contentDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
          for (const file of files) server.watcher.emit('change', join(file.parentPath, file.name));
        };
        // While content is unsafe (code, raw HTML, a symlink, an SVG), every request is refused,
        // not only pages: a picture or file it names must not be served either.
        let unsafe = false;
        server.middlewares.use((req, res, next) => {
          const page = isPageRequest(req.method, req.url ?? '/', req.headers.accept);
          if (!page && !unsafe) return next();
          const report = clean ?? checkContent({ root, contentDir });
          unsafe = report.problems.some((p) => p.unsafe);
          if (report.problems.length === 0) {
            if (broken) {
              broken = false;
              reloadAll();
              reloadingUntil = Date.now() + 1500;
            }
            clean = report;
            if (page && Date.now() < reloadingUntil) {
              res.statusCode = 503;
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.setHeader('Cache-Control', 'no-store');
              return res.end(RELOADING);
            }
            return next();
          }
          if (!page && !unsafe) return next();
          broken = true;
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
          res.setHeader('Cache-Control', 'no-store');
          res.end(errorPage(report, decodeURI((req.url ?? '/').split('?')[0] ?? '/')));
        });
      },
    },
  };
}
