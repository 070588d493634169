/**
 * The content checker behind `npm run check`, the build's content check (it runs before Astro
 * loads any content) and the dev server's. It reads every file under the content folder itself
 * (no Astro, no Vite) and returns EVERY problem at once, each naming the file (with its line
 * where known), the field, what was expected and what was found:
 *   - files: where they sit (layout.ts), no symlinks, size and encoding, pictures by their
 *     bytes (files.ts);
 *   - YAML: plain and safe (yaml.ts), then the collection's schema;
 *   - stories: parsed with the build's own MDX parser and walked (story.ts);
 *   - across entries: references, unique ids (rules.ts), placeholders;
 *   - translations (index.<locale>.mdx, translations: blocks): they line up with the original,
 *     and how much of each cohort is translated (translation-check.ts; coverage, not problems).
 * Node-only: it uses the file system.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { z } from 'astro/zod';
import { ID_PATTERN } from '../../schemas/common';
import { imageProblem, inspectImage, IMAGE_EXTENSIONS, readContentText, shownPath } from './files';
import { COLLECTIONS, COLLECTION_NAMES, cohortIdFromPath, contentDirFromEnv, entryIdFromPath, translationLocaleFromPath, type CollectionLayout, type CollectionName } from './layout';
import type { ContentProblem } from './problems';
import { findContentProblems, type RawContent, type RawEntry } from './rules';
import { closest, describeValue, issuesToProblems } from './schema-issues';
import { checkStory, type StoryComponentUse } from './story';
import { readYaml } from './yaml';
import { checkTranslations, translationCoverage, type CoverageRow } from './translation-check';

export { formatProblem, formatProblems, type ContentProblem } from './problems';

/** What `checkContent` looks at. */
export interface CheckOptions {
  /** Project root that file names are shown relative to. Default: the working directory. */
  root?: string;
  /** The content folder, relative to root or absolute. Default: RECAP_CONTENT_DIR, else "content". */
  contentDir?: string;
}

/** How many entries of each kind were read, for the one-line OK. */
export type ContentCounts = Record<CollectionName, number>;

export interface CheckReport {
  /** Every problem found, in file order; empty when the content can be published. */
  problems: ContentProblem[];
  counts: ContentCounts;
  /** The content folder that was checked, relative to root. */
  contentDir: string;
  /** Translation coverage per cohort and locale: what is still shown in the original (not a problem). */
  coverage: CoverageRow[];
}

/** The text that marks a placeholder an editor still has to fill in, e.g. `TODO: who spoke`. */
const PLACEHOLDER_PATTERN = /\bTODO\b/;

const LAYOUT =
  'a file at cohorts/<cohort>/index.mdx (or its translation index.ru.mdx, index.kk.mdx), cohorts/<cohort>/quotes/<id>.yaml, cohorts/<cohort>/statistics/<id>.yaml, speakers/<id>.yaml or organisations/<id>.yaml (or an image)';

type Kind = CollectionName;

interface LoadedFile {
  kind: Kind;
  /** Shown path, relative to root, with forward slashes. */
  file: string;
  absolute: string;
  id: string;
  text: string;
  /** Parsed data, or undefined when the file could not be read as YAML. */
  data?: unknown;
  /** Data after the schema, when it passed. */
  valid?: unknown;
  /** The MDX story (cohorts and their translations): the whole file with its front matter blanked, so lines stay the file's. */
  body?: string;
  /** The line the story starts on, after the front matter. */
  bodyLine?: number;
  /** Line of a field path, where the YAML says. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The field written on a line, e.g. 9 -> "source.publisher". */
  fieldAtLine: (line: number) => string | undefined;
}

/**
 * Checks the content folder and returns every problem at once. Example:
 * `const { problems } = checkContent(); if (problems.length) console.error(formatProblems(problems));`
 */
export function checkContent(options: CheckOptions = {}): CheckReport {
  const root = resolve(options.root ?? process.cwd());
  const contentDirOption = options.contentDir ?? contentDirFromEnv();
  const contentAbs = isAbsolute(contentDirOption) ? contentDirOption : resolve(root, contentDirOption);
  const show = (abs: string) => shownPath(root, abs);
  const contentDir = show(contentAbs);
  const counts = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, 0])) as ContentCounts;
  const problems: ContentProblem[] = [];

  let isFolder = false;
  try {
    isFolder = lstatSync(contentAbs).isDirectory() || statSync(contentAbs).isDirectory();
  } catch {}
  if (!isFolder) {
    problems.push({ file: contentDir, field: '(folder)', expected: 'a folder holding the site content', found: 'no such folder' });
    return { problems, counts, contentDir, coverage: [] };
  }

  // Which collection each file belongs to: the layout's patterns, listed by the same glob
  // library with the same options as Astro's glob() loader, so both see the same files.
  const kinds = new Map<string, Kind>();
  for (const name of COLLECTION_NAMES) {
    for (const rel of globSync((COLLECTIONS[name] as CollectionLayout).pattern, { cwd: contentAbs, expandDirectories: false })) kinds.set(rel, name);
  }

  const files: LoadedFile[] = [];
  const walked: string[] = [];
  // Paths are built from the walk's own names (no path resolution per file: thousands of files).
  const shownPrefix = contentDir === '.' ? '' : `${contentDir}/`;
  for (const { path: abs, rel, link } of walk(contentAbs)) {
    const file = shownPrefix + rel;
    walked.push(file);
    if (link) {
      problems.push({
        file,
        field: '(file)',
        expected: 'a real file or folder inside content/ (copy the file in rather than linking to it)',
        found: `a symbolic link${link === 'folder' ? ' to a folder' : ''}, which could show files from outside content/`,
        unsafe: true,
      });
      continue;
    }
    const kind = kinds.get(rel);
    if (kind === undefined) {
      if (!isIgnorable(rel)) problems.push(misplaced(file, rel));
      continue;
    }
    counts[kind]++;
    const id = entryIdFromPath(rel);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: kind === 'cohorts' ? 'id (folder name)' : 'id (file name)',
        expected: 'a name in lowercase kebab-case (letters, digits and hyphens), e.g. "helen-clark"; it becomes the page address',
        found: JSON.stringify(id),
      });
    }
    const loaded = load(kind, file, abs, id, problems);
    if (loaded) files.push(loaded);
  }

  const schemas = collectionSchemas(contentAbs);
  for (const f of files) validate(f, schemas, problems);

  const raw = rawContent(files);
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const problem of findContentProblems(raw)) {
    problems.push(withLine(problem, byFile.get(problem.file), fieldPath(problem.field)));
  }

  // Translated stories are stories: the same walk and refusals (story.ts) as index.mdx.
  checkStories(files, contentAbs, problems);
  checkPlaceholders(files, problems);

  const entries = files.filter((f) => f.kind !== 'cohortTranslations').map((f) => ({ kind: f.kind as Exclude<Kind, 'cohortTranslations'>, file: f.file, id: f.id, data: f.valid }));
  const translated = files
    .filter((f) => f.kind === 'cohortTranslations')
    .map((f) => ({ file: f.file, cohort: f.id, locale: translationLocaleFromPath(f.file)!, data: f.valid }));
  for (const problem of checkTranslations(entries, translated)) problems.push(withLine(problem, byFile.get(problem.file), fieldPath(problem.field)));

  return { problems: sortProblems(problems, walked), counts, contentDir, coverage: translationCoverage(entries, translated) };
}

/** "Content OK: 1 cohort, 4 quotes, 7 statistics, 4 speakers, 9 organisations (content)". */
export function formatCounts(report: CheckReport): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const c = report.counts;
  return `Content OK: ${n(c.cohorts, 'cohort', 'cohorts')}, ${n(c.quotes, 'quote', 'quotes')}, ${n(c.statistics, 'statistic', 'statistics')}, ${n(c.speakers, 'speaker', 'speakers')}, ${n(c.organisations, 'organisation', 'organisations')} (${report.contentDir})`;
}

/**
 * Every file under `dir`, in name order, without following symbolic links: a link (to a file or
 * a folder) is yielded as such, to be refused. Dot-files (.DS_Store, .gitkeep) are skipped, as
 * Astro's loader skips them, unless they are links.
 */
function* walk(dir: string, relDir = ''): Generator<{ path: string; rel: string; link?: 'file' | 'folder' }> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const rel = relDir + entry.name;
    if (entry.isSymbolicLink()) {
      let folder = false;
      try {
        folder = statSync(path).isDirectory();
      } catch {}
      yield { path, rel, link: folder ? 'folder' : 'file' };
    } else if (entry.name.startsWith('.')) continue;
    else if (entry.isDirectory()) yield* walk(path, `${rel}/`);
    else if (entry.isFile()) yield { path, rel };
  }
}

/** Images (portraits) may sit anywhere; notes for editors at the top level are fine too. */
function isIgnorable(rel: string): boolean {
  const ext = extname(rel).toLowerCase();
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(ext)) return true;
  return !rel.includes('/') && (ext === '.md' || ext === '.txt');
}

/** A file the site would silently ignore: say where it should have gone. */
function misplaced(file: string, rel: string): ContentProblem {
  const parts = rel.split('/');
  const name = parts.at(-1)!;
  let expected = LAYOUT;
  const picture = /\.(gif|svg|tiff?|bmp|heic|heif)$/i.exec(name)?.[1];
  if (picture) {
    return { file, field: '(file)', expected: 'pictures saved as JPEG, PNG, WebP or AVIF', found: `a .${picture.toLowerCase()} file, which the site cannot show` };
  }
  if (parts[0] === 'cohorts' && parts.length === 3 && /^index\./.test(name))
    expected = 'the story to be named index.mdx, or a translation of it index.ru.mdx or index.kk.mdx';
  else if (parts[0] === 'cohorts' && parts.length === 4 && (parts[2] === 'quotes' || parts[2] === 'statistics'))
    expected = `a .yaml file in ${parts[2]}/`;
  else if (parts[0] === 'cohorts' && parts.length === 4) {
    const folder = closest(parts[2]!, ['quotes', 'statistics']);
    expected = folder ? `the folder to be named ${folder}/` : 'quotes and statistics in the folders quotes/ and statistics/';
  } else if ((parts[0] === 'speakers' || parts[0] === 'organisations') && parts.length === 2) expected = `a .yaml file in ${parts[0]}/`;
  return { file, field: '(file location)', expected, found: 'a file the site would ignore' };
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function load(kind: Kind, file: string, absolute: string, id: string, problems: ContentProblem[]): LoadedFile | undefined {
  const read = readContentText(readFileSync(absolute));
  const none = { lineOf: () => undefined, fieldAtLine: () => undefined };
  if ('problem' in read) {
    problems.push({ file, field: '(whole file)', ...read.problem });
    // Unread, it still takes part with its id, so what names it is not also reported.
    return { kind, file, absolute, id, text: '', data: undefined, ...none };
  }
  const { text } = read;
  if ((COLLECTIONS[kind] as CollectionLayout).story) {
    const match = FRONT_MATTER.exec(text);
    if (!match) {
      problems.push({
        file,
        line: 1,
        field: '(front matter)',
        expected: 'the cohort\'s fields between two "---" lines at the top of the file',
        found: text.trim() === '' ? 'an empty file' : 'no front matter',
      });
      return undefined;
    }
    const { data, lineOf, fieldAtLine } = readYaml(match[1]!, file, 1, problems);
    const bodyLine = match[0].split('\n').length;
    // The story as the build's MDX step reads it: the front matter blanked, so lines stay the file's.
    const body = match[0].replace(/[^\n]/g, ' ') + text.slice(match[0].length);
    return { kind, file, absolute, id, text, data, body, bodyLine, lineOf, fieldAtLine };
  }
  const { data, lineOf, fieldAtLine } = readYaml(text, file, 0, problems);
  return { kind, file, absolute, id, text, data, lineOf, fieldAtLine };
}

/**
 * An image path as `npm run check` reads it: a picture file inside content/, raster by its
 * bytes (files.ts), read as its path with its measured size, as Astro's image() reads the same
 * field in the build (its metadata has width and height too), so a schema's rule on a picture's
 * size (a hero photo's width) holds in both.
 */
function imagePathSchema(contentRoot: string, currentFile: () => string) {
  const expected = 'a path to a JPEG, PNG, WebP or AVIF picture inside content/, relative to this file, e.g. "./portraits/helen-clark.jpg"';
  return z.string({ error: expected }).transform((src, ctx) => {
    const image = inspectImage(src, currentFile(), contentRoot);
    if ('found' in image) {
      ctx.addIssue({ code: 'custom', message: expected, params: image });
      return z.NEVER;
    }
    return { src, ...image };
  });
}

/**
 * One schema per collection for every file of it (building and compiling a zod schema per file
 * costs more than checking it). Image paths resolve against the file being checked, which
 * validate sets just before each (synchronous) parse.
 */
let currentFile = '';
function collectionSchemas(contentRoot: string): Record<Kind, z.ZodType> {
  const image = imagePathSchema(contentRoot, () => currentFile);
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, (COLLECTIONS[name] as CollectionLayout).schema(image)])) as Record<Kind, z.ZodType>;
}

function validate(f: LoadedFile, schemas: Record<Kind, z.ZodType>, problems: ContentProblem[]): void {
  if (f.data === undefined) return;
  const schema = schemas[f.kind];
  if (f.data === null || typeof f.data !== 'object' || Array.isArray(f.data)) {
    problems.push({ file: f.file, line: 1, field: '(whole file)', expected: 'fields written as "name: value" lines', found: describeValue(f.data) });
    return;
  }
  currentFile = f.absolute;
  let result;
  try {
    result = schema.safeParse(f.data, { reportInput: true });
  } finally {
    currentFile = '';
  }
  if (result.success) {
    f.valid = result.data;
    return;
  }
  for (const problem of issuesToProblems(result.error.issues, { file: f.file, data: f.data, schema })) {
    problems.push(withLine(problem, f, fieldPath(problem.field)));
  }
}

/** "roles[1].to" -> ['roles', 1, 'to'], to find the line of a field named in a problem. */
function fieldPath(field: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const m of field.matchAll(/([^.[\]\s]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) path.push(Number(m[2]));
    else if (m[1] !== undefined && !m[1].startsWith('(')) path.push(m[1]);
    else break;
  }
  return path;
}

function withLine(problem: ContentProblem, f: LoadedFile | undefined, path: PropertyKey[]): ContentProblem {
  // "id (file name)", "cohort (folder)": about the file as a whole, not a line in it.
  if (problem.line !== undefined || !f || problem.field.includes('(')) return problem;
  const line = f.lineOf(path);
  return line === undefined ? problem : { ...problem, line };
}

/**
 * Entries for the cross-entry rules. An entry whose own fields are wrong still takes part with
 * its id (so a quote naming it is not also reported), but its references are not followed.
 */
function rawContent(files: LoadedFile[]): RawContent {
  const empty: Record<keyof RawContent, unknown> = {
    cohorts: { organisers: [], funders: [], credits: [] },
    quotes: {},
    statistics: {},
    speakers: { roles: [] },
    organisations: { kind: '' },
  };
  const raw = Object.fromEntries(Object.keys(empty).map((name) => [name, []])) as unknown as RawContent;
  for (const f of files) {
    if (f.kind === 'cohortTranslations') continue;
    (raw[f.kind] as RawEntry<unknown>[]).push({ id: f.id, filePath: f.file, data: f.valid ?? empty[f.kind] });
  }
  return raw;
}

/** Which cohorts are drafts (draft: true in their front matter). */
function draftCohorts(files: LoadedFile[]): Set<string> {
  return new Set(files.filter((f) => f.kind === 'cohorts' && (f.data as { draft?: unknown } | undefined)?.draft === true).map((f) => f.id));
}

/**
 * Each story checked on its own (story.ts), then each component's id against this cohort's
 * quotes and statistics: a story places only its own cohort's entries (the components look
 * them up there).
 */
function checkStories(files: LoadedFile[], contentRoot: string, problems: ContentProblem[]): void {
  const entriesOf = (kind: Kind) => files.filter((f) => f.kind === kind);
  // Indexed once (ids by cohort, entry by id), so checking a story costs the same however many cohorts there are.
  const index = (entries: LoadedFile[]) => {
    const byCohort = new Map<string, string[]>();
    const byId = new Map<string, LoadedFile>();
    for (const e of entries) {
      const cohort = cohortIdFromPath(e.file) ?? '';
      if (!byCohort.has(cohort)) byCohort.set(cohort, []);
      byCohort.get(cohort)!.push(e.id);
      if (!byId.has(e.id)) byId.set(e.id, e);
    }
    return { byCohort, byId };
  };
  const targets: Partial<Record<StoryComponentUse['name'], { entries: ReturnType<typeof index>; folder: string; what: string }>> = {
    StatCallout: { entries: index(entriesOf('statistics')), folder: 'statistics', what: 'a statistic' },
    Quote: { entries: index(entriesOf('quotes')), folder: 'quotes', what: 'a quote' },
  };

  /** Each story's section headings, by file. */
  const sections = new Map<LoadedFile, string[]>();
  for (const f of files) {
    if (f.body === undefined) continue;
    const { problems: found, components, sections: headings } = checkStory(f.body, { file: f.file, checkImage: (src) => imageProblem(src, f.absolute, contentRoot) });
    sections.set(f, headings);
    problems.push(...found);
    for (const use of components) {
      const target = targets[use.name];
      const id = use.props.id;
      if (!target || id === undefined) continue;
      const own = target.entries.byCohort.get(f.id) ?? [];
      if (own.includes(id)) continue;
      const elsewhere = target.entries.byId.get(id);
      const guess = closest(id, own);
      problems.push({
        file: f.file,
        line: use.line,
        field: `<${use.name}> prop "id"`,
        expected: `the id of ${target.what} in this cohort's ${target.folder}/ folder${guess ? ` (did you mean "${guess}"?)` : ''}`,
        found: elsewhere ? `"${id}", which belongs to cohort "${cohortIdFromPath(elsewhere.file)}"` : `"${id}", which does not exist`,
      });
    }
  }
  checkSections(sections, problems);
}

/**
 * A highlight's `section` names a ## heading of its cohort's story, exactly. (A translated story
 * is linked by position; the page lists its parts without links where its ## headings do not
 * line up with the original's.)
 */
function checkSections(sections: Map<LoadedFile, string[]>, problems: ContentProblem[]): void {
  for (const [f, headings] of sections) {
    if (f.kind !== 'cohorts') continue;
    const highlights = ((f.valid ?? f.data) as { highlights?: { section?: unknown }[] } | undefined)?.highlights;
    if (!Array.isArray(highlights)) continue;
    highlights.forEach((highlight, i) => {
      const section = highlight?.section;
      if (typeof section !== 'string' || headings.includes(section.trim())) return;
      const guess = closest(section, headings);
      problems.push({
        file: f.file,
        line: f.lineOf(['highlights', i, 'section']),
        field: `highlights[${i}].section`,
        expected: `the text of a ## heading in this story, exactly (${guess ? `did you mean "${guess}"?` : `one of: ${headings.map((h) => `"${h}"`).join(', ') || 'the story has none'}`})`,
        found: `"${section}"`,
      });
    });
  }
}

/**
 * Placeholders (the word TODO, as new:cohort writes them) may stay only while a cohort is a
 * draft. A speaker or organisation may keep them only while no published content uses it.
 */
function checkPlaceholders(files: LoadedFile[], problems: ContentProblem[]): void {
  const drafts = draftCohorts(files);
  const published = (f: LoadedFile) => {
    const cohort = f.kind === 'cohorts' ? f.id : cohortIdFromPath(f.file);
    return cohort === undefined || !drafts.has(cohort);
  };
  // Speakers and organisations used by published content.
  const usedSpeakers = new Set<string>();
  const usedOrganisations = new Set<string>();
  for (const f of files) {
    if (!f.valid) continue;
    if (f.kind === 'quotes' && published(f)) usedSpeakers.add((f.valid as { speaker: string }).speaker);
  }
  for (const f of files) {
    if (!f.valid) continue;
    if (f.kind === 'cohorts' && published(f)) {
      const c = f.valid as { venue?: string; organisers: string[]; funders: string[]; credits: { publisher: string; citing?: string }[] };
      [c.venue, ...c.organisers, ...c.funders, ...c.credits.flatMap((x) => [x.publisher, x.citing])].forEach((id) => id && usedOrganisations.add(id));
    }
    if (f.kind === 'speakers' && usedSpeakers.has(f.id)) {
      for (const role of (f.valid as { roles: { organisation?: string }[] }).roles) if (role.organisation) usedOrganisations.add(role.organisation);
    }
  }
  const mustBeFinished = (f: LoadedFile) =>
    f.kind === 'speakers' ? usedSpeakers.has(f.id) : f.kind === 'organisations' ? usedOrganisations.has(f.id) : published(f);

  for (const f of files) {
    if (!PLACEHOLDER_PATTERN.test(f.text) || !mustBeFinished(f)) continue;
    const why =
      f.kind === 'speakers'
        ? 'a published cohort quotes this speaker'
        : f.kind === 'organisations'
          ? 'published content names this organisation'
          : `cohort "${f.kind === 'cohorts' ? f.id : cohortIdFromPath(f.file)}" is published (it is not draft: true)`;
    f.text.split('\n').forEach((text, i) => {
      const at = PLACEHOLDER_PATTERN.exec(text);
      if (!at) return;
      const line = i + 1;
      const inBody = f.bodyLine !== undefined && line >= f.bodyLine;
      const comment = /^\s*#/.test(text);
      problems.push({
        file: f.file,
        line,
        field: inBody ? 'story' : comment ? '(comment)' : f.fieldAtLine(line) ?? '(placeholder)',
        expected: `real content in place of the placeholder, since ${why}`,
        found: describeValue(text.slice(at.index).replace(/["']\s*$/, '').trim()),
      });
    });
  }
}

/** Problems in the order of the files, then by line, so the list reads top to bottom. */
function sortProblems(problems: ContentProblem[], walked: string[]): ContentProblem[] {
  const order = new Map(walked.map((file, i) => [file, i]));
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (order.get(a.p.file) ?? -1) - (order.get(b.p.file) ?? -1) ||
        a.p.file.localeCompare(b.p.file) ||
        (a.p.line ?? 0) - (b.p.line ?? 0) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}
