/**
 * The built site as the quality scripts see it: its HTML pages, and how a URL the pages print
 * maps back to a file in the build folder. Shared by budgets, links, html-validate, Lighthouse.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTMLElement } from 'node-html-parser';

/** The repository root (two folders above this file). */
export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/** "/recap" or "recap/" -> "/recap/"; "" -> "/". The same normalisation Astro applies to `base`. */
export function normaliseBase(base = '/'): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Options every quality command takes: the build folder and the base path it was built for. */
export interface SiteOptions {
  /** Absolute path of the build folder, e.g. "/tmp/quality-dist". */
  dist: string;
  /** Base path the site was built with, e.g. "/" or "/recap/". */
  base: string;
  /** Arguments left after the folder and --base were taken. */
  rest: string[];
}

/**
 * Reads `[dist-folder] [--base /recap/]` from argv. The folder defaults to RECAP_DIST, then
 * dist/; the base to BASE_PATH (what astro.config.mjs reads), then "/". `valueFlags` are the
 * command's own flags that take a value ("--runs 3"): they stay in `rest` with their value, which
 * is never taken for the folder.
 */
export function siteOptions(argv: string[] = process.argv.slice(2), valueFlags: readonly string[] = []): SiteOptions {
  let dist: string | undefined;
  let base: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--base') base = argv[++i];
    else if (arg.startsWith('--base=')) base = arg.slice('--base='.length);
    else if (valueFlags.includes(arg)) rest.push(arg, ...(i + 1 < argv.length ? [argv[++i]!] : []));
    else if (!arg.startsWith('-') && dist === undefined) dist = arg;
    else rest.push(arg);
  }
  const folder = resolve(ROOT, dist ?? process.env.RECAP_DIST ?? 'dist');
  if (!existsSync(join(folder, 'index.html'))) {
    throw new Error(`${folder} holds no built site (no index.html). Build first, e.g. npx astro build --outDir ${folder}`);
  }
  return { dist: folder, base: normaliseBase(base ?? process.env.BASE_PATH ?? '/'), rest };
}

/**
 * The whole number given after `name` in `argv` (e.g. "--runs 5"), or `fallback` when the flag is
 * absent; throws, naming the script, the flag and what it counts, when it is not a positive whole number.
 */
export function countOption(script: string, argv: readonly string[], name: string, fallback: number, what: string): number {
  const i = argv.indexOf(name);
  const n = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`${script}: ${name} takes a whole number of ${what}, e.g. ${fallback}`);
  return n;
}

/** Every file under `dir` whose name ends with `ext`, as absolute paths, sorted. */
export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(ext)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** One HTML page of the build. */
export interface Page {
  /** Absolute file path. */
  file: string;
  /** The URL path it is served at, base included: "/recap/cohorts/2024-astana/". */
  url: string;
  html: string;
}

/** The URL path a built HTML file is served at: ".../cohorts/x/index.html" -> "<base>cohorts/x/". */
export function urlForFile(dist: string, file: string, base: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${normaliseBase(base)}${path}`;
}

/** Every HTML page in the build, home first, then by URL. */
export function readPages(dist: string, base: string): Page[] {
  return filesUnder(dist, '.html')
    .map((file) => ({ file, url: urlForFile(dist, file, base), html: readFileSync(file, 'utf8') }))
    .sort((a, b) => (a.url === normaliseBase(base) ? -1 : b.url === normaliseBase(base) ? 1 : a.url.localeCompare(b.url)));
}

/**
 * The file in the build that a same-origin URL path names, or undefined when there is none.
 * Folder URLs ("/cohorts/") are answered by their index.html, as static hosts do. Paths outside
 * the base path are never part of the site.
 */
export function fileForUrlPath(dist: string, base: string, pathname: string): string | undefined {
  const prefix = normaliseBase(base);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith(prefix)) return undefined;
  const target = resolve(dist, decoded.slice(prefix.length));
  if (target !== dist && !target.startsWith(dist + sep)) return undefined;
  const candidates = decoded.endsWith('/') ? [join(target, 'index.html')] : [target, join(target, 'index.html')];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there; try the next spelling
    }
  }
  return undefined;
}

/** "12345" -> "12.1 KB" (1 KB = 1024 bytes, as the budgets are stated). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Left-aligned first column, right-aligned others: a plain text table for the terminal. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** True when this module is the script node was started with (a CLI entry point). */
export function isMain(metaUrl: string): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(metaUrl);
}

/** Runs a CLI main: prints an Error's message (not a stack) and exits 1 on failure. */
export function runMain(main: () => Promise<number | void> | number | void): void {
  Promise.resolve()
    .then(main)
    .then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}

/** An attribute of a parsed element, trimmed; "" when absent. */
export const attr = (el: HTMLElement, name: string): string => el.getAttribute(name)?.trim() ?? '';

/** Script types a browser executes; JSON-LD and other data blocks are not JavaScript. */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Whether a <script> element is JavaScript a browser runs (inline or from a file), not a data block. */
export function isExecutableScript(script: HTMLElement): boolean {
  return EXECUTABLE_SCRIPT_TYPES.has(attr(script, 'type').toLowerCase());
}
