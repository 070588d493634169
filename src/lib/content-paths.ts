/**
 * Where content lives and how a file's path becomes its id. Ids come from file and folder
 * names, never from text, so a URL survives edits to what an entry says.
 */

/** The content folder, relative to the project root. */
export const CONTENT_DIR = 'content';

/**
 * The id of the entry stored at `path` (relative to content/):
 * `cohorts/2024-astana/index.mdx` -> "2024-astana", `speakers/helen-clark.yaml` -> "helen-clark".
 */
export function entryIdFromPath(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  const file = parts.at(-1) ?? '';
  const stem = file.replace(/\.(mdx|md|ya?ml|json)$/i, '');
  return stem === 'index' && parts.length > 1 ? parts.at(-2)! : stem;
}

/**
 * The cohort a quote or statistic belongs to, from its folder:
 * `content/cohorts/2024-astana/quotes/x.yaml` -> "2024-astana". Undefined outside a cohort folder.
 */
export function cohortIdFromPath(path: string): string | undefined {
  const match = /(?:^|\/)cohorts\/([^/]+)\//.exec(path.replace(/\\/g, '/'));
  return match?.[1];
}
