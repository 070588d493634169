/**
 * Links that last. Every page URL the site has published is recorded in a committed manifest,
 * `published-urls.json`, which sits beside the content folder (the repository root for
 * ./content; `tests/fixtures/<name>/` for a fixture's `tests/fixtures/<name>/content`), so
 * each content set carries its own record and the content checker never sees it.
 *
 * After each build:
 *   - a recorded URL with no page fails the build, listing the URLs and the two ways out:
 *     declare the move (`formerIds: [old-id]` in the renamed file, and the old URL becomes a
 *     redirect page), or record the removal on purpose with `npm run urls:update`;
 *   - pages not recorded yet are added to the manifest by the build itself ("record" mode, the
 *     default outside CI), so an editor's build and the publishing workflow record new quote
 *     links with no extra step: the editor commits the manifest with the content, and the deploy
 *     workflow commits it when a change reached main without it. Only additions are written:
 *     a removal is never accepted by a build;
 *   - in CI ("check" mode, the default when CI is set) nothing is written: a pull request's
 *     build lists the new URLs it will publish and still fails on a missing one, and a CI run
 *     leaves no change behind in the clone;
 *   - redirect pages (noindex) are taken out of the sitemap.
 *
 * RECAP_URLS picks the mode: record, check, update (what `npm run urls:update` sets: the
 * manifest becomes exactly the pages built, removals included), or off (throwaway content sets,
 * benchmarks). RECAP_URL_MANIFEST points at another manifest file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The manifest's file name, beside the content folder. */
export const MANIFEST_FILE = 'published-urls.json';

/** What the manifest file holds. */
export interface UrlManifest {
  $comment?: string;
  /** Site paths without the base path, each ending in "/", sorted: "/", "/quotes/x/". */
  urls: string[];
}

const COMMENT =
  'Every page URL this site has published, added to by each build. A build in which one disappears fails: declare moves with formerIds in the renamed file, or record removals with `npm run urls:update`. Paths are without the base path.';

/** Where the manifest of the content set in `contentDir` lives. */
export function manifestPathFor(contentDir: string, override = process.env.RECAP_URL_MANIFEST): string {
  return override ? resolve(override) : join(dirname(resolve(contentDir)), MANIFEST_FILE);
}

/** The route of src/pages/[...moved].astro: its pages are redirects from old URLs to new ones. */
export const MOVED_ROUTE = '/[...moved]';

export interface BuiltPage {
  /** "/quotes/x/" */
  path: string;
  /** Whether the page is a redirect to another one. */
  redirect: boolean;
}

/**
 * Every page of a build as a site path ("/", "/quotes/x/"), sorted, from the files Astro reports
 * writing for each route (astro:build:done's `assets`), so no built file is read. A page is an
 * index.html (build.format "directory"); the 404 pages (404.html, /ru/404/) are not URLs, and neither are
 * endpoints such as the social card PNGs. Pages of MOVED_ROUTE are redirects.
 */
export function builtPages(outDir: URL, assets: ReadonlyMap<string, readonly URL[]>): BuiltPage[] {
  const root = fileURLToPath(outDir);
  const pages = new Map<string, BuiltPage>();
  for (const [route, files] of assets) {
    // The not-found pages of other locales (/ru/404/) are served for missing addresses, like 404.html.
    if (/\/404$/.test(route)) continue;
    for (const file of files) {
      const rel = relative(root, fileURLToPath(file)).split(sep).join('/');
      if (rel !== 'index.html' && !rel.endsWith('/index.html')) continue;
      const path = `/${rel.slice(0, -'index.html'.length)}`;
      pages.set(path, { path, redirect: route === MOVED_ROUTE || pages.get(path)?.redirect === true });
    }
  }
  return [...pages.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Recorded URLs with no page now, and pages not recorded yet. */
export function compareUrls(recorded: readonly string[], built: readonly string[]): { missing: string[]; added: string[] } {
  const builtSet = new Set(built);
  const recordedSet = new Set(recorded);
  return {
    missing: recorded.filter((u) => !builtSet.has(u)).sort(),
    added: built.filter((u) => !recordedSet.has(u)).sort(),
  };
}

/** The message a build fails with when published URLs disappeared. */
export function missingUrlsMessage(missing: readonly string[], manifestPath: string): string {
  const noun = missing.length === 1 ? 'URL has' : 'URLs have';
  const first = missing[0] ?? '/quotes/old-id/';
  const kind = /^\/(quotes|speakers|cohorts)\/([^/]+)\/$/.exec(first);
  const example = kind
    ? kind[1] === 'quotes'
      ? `content/cohorts/<cohort>/quotes/<new-id>.yaml`
      : kind[1] === 'speakers'
        ? `content/speakers/<new-id>.yaml`
        : `content/cohorts/<new-id>/index.mdx (front matter)`
    : 'the renamed file';
  return [
    `${missing.length} published ${noun} disappeared from the build (recorded in ${manifestPath}):`,
    ...missing.map((u) => `  - ${u}`),
    'Links people have shared must keep working. To fix:',
    `  - If a quote, speaker or cohort was renamed, declare its old id in the renamed file, e.g. in ${example}:`,
    `      formerIds: [${kind?.[2] ?? 'old-id'}]`,
    '    and the old URL will redirect to the new one.',
    '  - If a page was removed on purpose, record it with `npm run urls:update` and commit the manifest.',
  ].join('\n');
}

export function readManifest(path: string): UrlManifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: expected a JSON file with a "urls" list, found something unreadable (${(error as Error).message})`);
  }
  const urls = (data as UrlManifest | undefined)?.urls;
  if (!Array.isArray(urls) || !urls.every((u) => typeof u === 'string' && u.startsWith('/') && u.endsWith('/'))) {
    throw new Error(`${path}: urls: expected a list of site paths such as "/quotes/x/"`);
  }
  return { urls };
}

export function writeManifest(path: string, urls: readonly string[]): void {
  const manifest: UrlManifest = { $comment: COMMENT, urls: [...new Set(urls)].sort() };
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Removes `<url>` entries whose page is in `paths` from a sitemap XML document. */
export function dropFromSitemap(xml: string, isDropped: (loc: string) => boolean): string {
  return xml.replace(/<url>\s*<loc>([^<]+)<\/loc>[\s\S]*?<\/url>/g, (entry, loc: string) => (isDropped(loc.trim()) ? '' : entry));
}

export type UrlMode = 'record' | 'check' | 'update' | 'off';

/** The mode a build runs in: RECAP_URLS when set, else "check" in CI and "record" elsewhere. */
export function urlMode(env: NodeJS.ProcessEnv = process.env): UrlMode {
  const wanted = env.RECAP_URLS;
  if (wanted === 'record' || wanted === 'check' || wanted === 'update' || wanted === 'off') return wanted;
  if (wanted) throw new Error(`RECAP_URLS: expected record, check, update or off, found "${wanted}"`);
  return env.CI && env.CI !== 'false' ? 'check' : 'record';
}

/** How many new URLs the build line names: a new cohort adds a few dozen, the bench thousands. */
const URLS_SHOWN = 12;

/** The line a build prints about URLs it published for the first time (the first few, then a count). */
export function addedUrlsMessage(added: readonly string[], shown: string, mode: 'record' | 'check'): string {
  const count = `${added.length} new URL${added.length === 1 ? '' : 's'}`;
  const more = added.length - URLS_SHOWN;
  const list = more > 0 ? `${added.slice(0, URLS_SHOWN).join(', ')} and ${more} more` : added.join(', ');
  return mode === 'record'
    ? `Recorded ${count} in ${shown} (commit it with your content): ${list}`
    : `${count} not in ${shown} yet, recorded when this is published: ${list}`;
}

export default function urlManifest(): AstroIntegration {
  let manifestPath = '';
  let base = '/';
  return {
    name: 'recap:url-manifest',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        manifestPath = manifestPathFor(resolve(root, process.env.RECAP_CONTENT_DIR ?? 'content'));
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = builtPages(dir, assets);

        // Redirect pages are noindex: keep them out of the sitemap.
        const redirects = new Set(pages.filter((p) => p.redirect).map((p) => p.path));
        if (redirects.size > 0) {
          const isDropped = (loc: string) => {
            const path = new URL(loc).pathname;
            return redirects.has(path.startsWith(base) ? `/${path.slice(base.length)}` : path);
          };
          for (const file of readdirSync(outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
            const xml = readFileSync(join(outDir, file), 'utf8');
            writeFileSync(join(outDir, file), dropFromSitemap(xml, isDropped));
          }
        }

        const mode = urlMode();
        const built = pages.map((p) => p.path);
        const shown = relative(process.cwd(), manifestPath) || manifestPath;
        if (mode === 'off') return;
        if (mode === 'update') {
          const before = existsSync(manifestPath) ? readManifest(manifestPath).urls : [];
          const { missing, added } = compareUrls(before, built);
          writeManifest(manifestPath, built);
          logger.info(`Recorded ${built.length} published URLs in ${shown} (${added.length} added, ${missing.length} removed).`);
          for (const u of missing) logger.info(`removed from the record on purpose: ${u}`);
          return;
        }
        const recorded = existsSync(manifestPath) ? readManifest(manifestPath).urls : null;
        const { missing, added } = compareUrls(recorded ?? [], built);
        if (missing.length > 0) throw new Error(missingUrlsMessage(missing, shown));
        if (added.length === 0) {
          logger.info(`All ${built.length} published URLs are present (${shown}).`);
        } else if (mode === 'record') {
          // Only ever adds: every URL recorded before stays, so the record keeps growing.
          writeManifest(manifestPath, [...(recorded ?? []), ...added]);
          logger.info(addedUrlsMessage(added, shown, 'record'));
        } else {
          logger.info(addedUrlsMessage(added, shown, 'check'));
        }
      },
    },
  };
}
