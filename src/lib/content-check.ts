/**
 * The stand-alone content checker behind `npm run check` and the build's content-check
 * integration. It reads every file under the content folder itself (no Astro, no Vite), checks
 * each against the same zod schemas the site uses, runs the cross-entry rules of
 * content-rules.ts, checks the components placed in each MDX story, and returns EVERY problem at
 * once, each naming the file (with its line where known), the field, what was expected and
 * what was found. Node-only: it uses the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { CohortSchema } from '../schemas/cohort';
import { ID_PATTERN } from '../schemas/common';
import { STORY_COMPONENTS, type StoryComponentName } from '../schemas/components';
import { OrganisationSchema } from '../schemas/organisation';
import { QuoteSchema } from '../schemas/quote';
import { createSpeakerSchema } from '../schemas/speaker';
import { StatisticSchema } from '../schemas/statistic';
import { CONTENT_DIR, cohortIdFromPath, entryIdFromPath } from './content-paths';
import { findContentProblems, type ContentProblem, type RawContent, type RawEntry } from './content-rules';
import { closest, describeValue, formatPath, issuesToProblems } from './schema-issues';
import { CohortTranslationSchema } from '../schemas/translations';
import { checkTranslations, cohortTranslationLocale, type CoverageRow, translationCoverage } from './translation-check';

export type { ContentProblem } from './content-rules';
export { formatProblem, formatProblems } from './content-rules';

/** What `checkContent` looks at. */
export interface CheckOptions {
  /** Project root that file names are shown relative to. Default: the working directory. */
  root?: string;
  /** The content folder, relative to root or absolute. Default: RECAP_CONTENT_DIR, else "content". */
  contentDir?: string;
}

/** How many entries of each kind were read, for the one-line OK. */
export type ContentCounts = Record<keyof RawContent, number>;

export interface CheckReport {
  /** Every problem found, in file order; empty when the content can be published. */
  problems: ContentProblem[];
  counts: ContentCounts;
  /** The content folder that was checked, relative to root. */
  contentDir: string;
  /** Translation coverage per cohort and locale: what is still shown in the original (not a problem). */
  coverage: CoverageRow[];
}

/** Image files a portrait may point at (what Astro's image() can optimise). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tiff'] as const;

/** The text that marks a placeholder an editor still has to fill in, e.g. `TODO: who spoke`. */
export const PLACEHOLDER_PATTERN = /\bTODO\b/;

// Case-sensitive, like Astro's glob patterns: a file ending in .YAML would be silently skipped.
const YAML_FILE = /\.ya?ml$/;
const LAYOUT =
  'a file at cohorts/<cohort>/index.mdx, cohorts/<cohort>/quotes/<id>.yaml, cohorts/<cohort>/statistics/<id>.yaml, speakers/<id>.yaml or organisations/<id>.yaml (or an image)';

type Kind = keyof RawContent;

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
  /** The MDX story (cohorts only) and the line it starts on. */
  body?: string;
  bodyLine?: number;
  /** For a translated story (index.ru.mdx): its locale; validated against CohortTranslationSchema. */
  translation?: string;
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
  const contentDirOption = options.contentDir ?? process.env.RECAP_CONTENT_DIR ?? CONTENT_DIR;
  const contentAbs = isAbsolute(contentDirOption) ? contentDirOption : resolve(root, contentDirOption);
  const show = (abs: string) => relative(root, abs).split(sep).join('/') || '.';
  const contentDir = show(contentAbs);
  const counts: ContentCounts = { cohorts: 0, quotes: 0, statistics: 0, speakers: 0, organisations: 0 };
  const problems: ContentProblem[] = [];

  if (!existsSync(contentAbs) || !statSync(contentAbs).isDirectory()) {
    problems.push({ file: contentDir, field: '(folder)', expected: 'a folder holding the site content', found: 'no such folder' });
    return { problems, counts, contentDir, coverage: [] };
  }

  const files: LoadedFile[] = [];
  /** Translated stories, content/cohorts/<id>/index.<locale>.mdx: checked like stories, kept out of the entries. */
  const translations: LoadedFile[] = [];
  const walked: string[] = [];
  for (const abs of walk(contentAbs)) {
    walked.push(show(abs));
    const rel = relative(contentAbs, abs).split(sep).join('/');
    const file = show(abs);
    const kind = kindOf(rel);
    const translationLocale = cohortTranslationLocale(rel);
    if (translationLocale) {
      const loaded = load('cohorts', file, abs, rel.split('/')[1]!, problems);
      if (loaded) translations.push({ ...loaded, translation: translationLocale });
      continue;
    }
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

  for (const f of [...files, ...translations]) validate(f, problems);

  const raw = rawContent(files);
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const problem of findContentProblems(raw)) {
    problems.push(withLine(problem, byFile.get(problem.file), fieldPath(problem.field)));
  }

  checkStories([...files, ...translations], problems);
  checkPlaceholders(files, problems);
  const entries = files.map((f) => ({ kind: f.kind, file: f.file, id: f.id, data: f.valid }));
  const translated = translations.map((f) => ({ file: f.file, cohort: f.id, locale: f.translation!, data: f.valid }));
  for (const problem of checkTranslations(entries, translated)) problems.push(withLine(problem, translations.find((f) => f.file === problem.file), fieldPath(problem.field)));

  return { problems: sortProblems(problems, walked), counts, contentDir, coverage: translationCoverage(entries, translated) };
}

/** "Content OK: 1 cohort, 4 quotes, 7 statistics, 4 speakers, 9 organisations (content)". */
export function formatCounts(report: CheckReport): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const c = report.counts;
  return `Content OK: ${n(c.cohorts, 'cohort', 'cohorts')}, ${n(c.quotes, 'quote', 'quotes')}, ${n(c.statistics, 'statistic', 'statistics')}, ${n(c.speakers, 'speaker', 'speakers')}, ${n(c.organisations, 'organisation', 'organisations')} (${report.contentDir})`;
}

function* walk(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

function kindOf(rel: string): Kind | undefined {
  const parts = rel.split('/');
  if (parts[0] === 'cohorts') {
    if (parts.length === 3 && parts[2] === 'index.mdx') return 'cohorts';
    if (parts.length === 4 && parts[2] === 'quotes' && YAML_FILE.test(parts[3]!)) return 'quotes';
    if (parts.length === 4 && parts[2] === 'statistics' && YAML_FILE.test(parts[3]!)) return 'statistics';
  }
  if (parts.length === 2 && parts[0] === 'speakers' && YAML_FILE.test(parts[1]!)) return 'speakers';
  if (parts.length === 2 && parts[0] === 'organisations' && YAML_FILE.test(parts[1]!)) return 'organisations';
  return undefined;
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
  if (parts[0] === 'cohorts' && parts.length === 3 && /^index\./.test(name)) expected = 'the story to be named index.mdx';
  else if (parts[0] === 'cohorts' && parts.length === 4 && (parts[2] === 'quotes' || parts[2] === 'statistics'))
    expected = `a .yaml file in ${parts[2]}/`;
  else if (parts[0] === 'cohorts' && parts.length === 4) {
    const folder = closest(parts[2]!, ['quotes', 'statistics']);
    expected = folder ? `the folder to be named ${folder}/` : 'quotes and statistics in the folders quotes/ and statistics/';
  } else if ((parts[0] === 'speakers' || parts[0] === 'organisations') && parts.length === 2) expected = `a .yaml file in ${parts[0]}/`;
  return { file, field: '(file location)', expected, found: 'a file the site would ignore' };
}

function lineFinder(doc: Document | undefined, counter: LineCounter, offset: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    if (!doc) return undefined;
    let node: any = doc.contents;
    let line: number | undefined = node?.range ? counter.linePos(node.range[0]).line : undefined;
    for (const key of path) {
      if (node?.items && typeof key === 'number') node = node.items[key];
      else if (node?.items) {
        const pair = node.items.find((p: any) => p?.key?.value === key);
        if (!pair) break;
        line = pair.key?.range ? counter.linePos(pair.key.range[0]).line : line;
        node = pair.value;
        continue;
      } else break;
      if (node?.range) line = counter.linePos(node.range[0]).line;
    }
    return line === undefined ? undefined : line + offset;
  };
}

/** Every field of the document by the line it is written on, as a dotted path ("credits[0].title"). */
function fieldsByLine(doc: Document | undefined, counter: LineCounter, offset: number): Map<number, string> {
  const byLine = new Map<number, string>();
  const visit = (node: any, path: PropertyKey[]) => {
    if (!node?.items) return;
    node.items.forEach((item: any, index: number) => {
      if (item?.key !== undefined && item?.key !== null) {
        const here = [...path, item.key.value as PropertyKey];
        if (item.key.range) byLine.set(counter.linePos(item.key.range[0]).line + offset, formatPath(here));
        visit(item.value, here);
      } else {
        const here = [...path, index];
        if (item?.range && !byLine.has(counter.linePos(item.range[0]).line + offset)) {
          byLine.set(counter.linePos(item.range[0]).line + offset, formatPath(here));
        }
        visit(item, here);
      }
    });
  };
  visit(doc?.contents, []);
  return byLine;
}

/** The syntax problem of a YAML text, at `line`. */
function syntaxProblem(file: string, line: number, found: string): ContentProblem {
  return {
    file,
    line,
    field: '(YAML syntax)',
    expected: 'valid YAML: "field: value" lines, lists indented under their field, quotes closed',
    found,
  };
}

/**
 * Where each field of a YAML text is written. Finding out means parsing the text again with
 * `yaml`, which keeps positions (and is several times slower than js-yaml), so it is done only
 * on the first question, i.e. only for files with something to report, and then remembered.
 */
function positions(text: string, offset: number) {
  let parsed: { doc: Document; counter: LineCounter } | undefined;
  let byLine: Map<number, string> | undefined;
  const parse = () => {
    if (!parsed) {
      const counter = new LineCounter();
      // YAML 1.2 core schema plus timestamps; only positions are taken from it, values come from js-yaml.
      const doc = parseDocument(text, { customTags: ['timestamp'], lineCounter: counter, prettyErrors: false });
      parsed = { doc, counter };
    }
    return parsed;
  };
  return {
    parse,
    lineOf: (path: readonly PropertyKey[]) => lineFinder(parse().doc, parse().counter, offset)(path),
    fieldAtLine: (line: number) => (byLine ??= fieldsByLine(parse().doc, parse().counter, offset)).get(line),
  };
}

/**
 * Reads a YAML text with js-yaml, the parser Astro's loaders use, so the checker sees the same
 * values the build will (unquoted dates become Dates). Line numbers are found only when asked
 * (see positions). A text js-yaml refuses is reported as `yaml` words it, the message editors
 * know, with its line; only if `yaml` sees no error is js-yaml's own message reported.
 */
function parseYaml(text: string, file: string, offset: number, problems: ContentProblem[]) {
  const where = positions(text, offset);
  try {
    return { data: loadYaml(text) ?? {}, lineOf: where.lineOf, fieldAtLine: where.fieldAtLine };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { doc, counter } = where.parse();
    // Later syntax errors are usually echoes of the first, so only the first is reported.
    const first = doc.errors[0];
    problems.push(
      first
        ? syntaxProblem(file, counter.linePos(first.pos[0]).line + offset, first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''))
        : syntaxProblem(file, error.mark.line + 1 + offset, error.reason),
    );
    return { data: undefined, lineOf: () => undefined, fieldAtLine: () => undefined };
  }
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function load(kind: Kind, file: string, absolute: string, id: string, problems: ContentProblem[]): LoadedFile | undefined {
  const text = readFileSync(absolute, 'utf8');
  if (kind === 'cohorts') {
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
    const { data, lineOf, fieldAtLine } = parseYaml(match[1]!, file, 1, problems);
    const bodyLine = match[0].split('\n').length;
    return { kind, file, absolute, id, text, data, body: text.slice(match[0].length), bodyLine, lineOf, fieldAtLine };
  }
  const { data, lineOf, fieldAtLine } = parseYaml(text, file, 0, problems);
  return { kind, file, absolute, id, text, data, lineOf, fieldAtLine };
}

/** A portrait's src: an image file that exists, relative to the speaker file (what image() resolves). */
function portraitSrcSchema(speakerFile: () => string) {
  const expected = `a path to an image file (${IMAGE_EXTENSIONS.join(', ')}) relative to the speaker file, e.g. "./portraits/helen-clark.jpg"`;
  return z.string({ error: expected }).superRefine((src, ctx) => {
    const fail = (found: string) => ctx.addIssue({ code: 'custom', message: expected, params: { found } });
    if (/^[a-z]+:\/\//i.test(src)) return fail(`${describeValue(src)}, a web address (portraits are files in content/, so the site never loads another site)`);
    if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extname(src).toLowerCase())) return fail(`${describeValue(src)}, not an image file`);
    const target = resolve(dirname(speakerFile()), src);
    if (!existsSync(target) || !statSync(target).isFile()) return fail(`${describeValue(src)}, but there is no such file`);
  });
}

const SCHEMAS: Record<Exclude<Kind, 'speakers'>, z.ZodType> = {
  cohorts: CohortSchema,
  quotes: QuoteSchema,
  statistics: StatisticSchema,
  organisations: OrganisationSchema,
};

/**
 * One speaker schema for every speaker file (building and compiling a zod schema per file costs
 * more than checking it). Its portrait check resolves src against `speakerFile`, which validate
 * sets just before each (synchronous) parse.
 */
let speakerFile = '';
const SPEAKER_SCHEMA = createSpeakerSchema(portraitSrcSchema(() => speakerFile));

function validate(f: LoadedFile, problems: ContentProblem[]): void {
  if (f.data === undefined) return;
  const schema = f.translation ? CohortTranslationSchema : f.kind === 'speakers' ? SPEAKER_SCHEMA : SCHEMAS[f.kind];
  if (f.data === null || typeof f.data !== 'object' || Array.isArray(f.data)) {
    problems.push({ file: f.file, line: 1, field: '(whole file)', expected: 'fields written as "name: value" lines', found: describeValue(f.data) });
    return;
  }
  speakerFile = f.absolute;
  let result;
  try {
    result = schema.safeParse(f.data, { reportInput: true });
  } finally {
    speakerFile = '';
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
  const empty: Record<Kind, unknown> = {
    cohorts: { organisers: [], funders: [], credits: [] },
    quotes: {},
    statistics: {},
    speakers: { roles: [] },
    organisations: { kind: '' },
  };
  const raw: RawContent = { cohorts: [], quotes: [], statistics: [], speakers: [], organisations: [] };
  for (const f of files) {
    (raw[f.kind] as RawEntry<unknown>[]).push({ id: f.id, filePath: f.file, data: f.valid ?? empty[f.kind] });
  }
  return raw;
}

/** Which cohorts are drafts (draft: true in their front matter). */
function draftCohorts(files: LoadedFile[]): Set<string> {
  return new Set(files.filter((f) => f.kind === 'cohorts' && (f.data as { draft?: unknown } | undefined)?.draft === true).map((f) => f.id));
}

/** One `<Component prop="value" />` tag in a story. */
interface StoryTag {
  name: string;
  props: Record<string, unknown>;
  /** Props written in a form the checker cannot read, e.g. `id={someVariable}`. */
  unreadable: string[];
  line: number;
}

/** Blanks out code, HTML comments and MDX comments, keeping line breaks so line numbers stay right. */
function withoutCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

const TAG = /<([A-Z][\w.]*)((?:\s+[^\s=>/"'{}]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/"'{}]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\}))?/g;

/** The capitalised component tags of a story, with their props. Exported for tests. */
export function storyTags(body: string, firstLine = 1): StoryTag[] {
  const text = withoutCode(body);
  const lineAt = (index: number) => firstLine + text.slice(0, index).split('\n').length - 1;
  const tags: StoryTag[] = [];
  const covered = new Set<number>();
  for (const m of text.matchAll(TAG)) {
    covered.add(m.index);
    const props: Record<string, unknown> = {};
    const unreadable: string[] = [];
    for (const a of m[2]!.matchAll(ATTRIBUTE)) {
      const [, key, double, single, expression] = a;
      if (double !== undefined) props[key!] = double;
      else if (single !== undefined) props[key!] = single;
      else if (expression !== undefined) {
        const value = readExpression(expression);
        if (value === undefined) unreadable.push(key!);
        else props[key!] = value;
      } else props[key!] = true;
    }
    tags.push({ name: m[1]!, props, unreadable, line: lineAt(m.index) });
  }
  // An opening tag the pattern could not read (e.g. an unclosed quote) is reported as such.
  for (const m of text.matchAll(/<([A-Z][\w.]*)/g)) {
    if (!covered.has(m.index)) tags.push({ name: m[1]!, props: {}, unreadable: ['(the tag itself)'], line: lineAt(m.index) });
  }
  return tags.sort((a, b) => a.line - b.line);
}

/**
 * Characters that MDX reads as code in a story's text, where an editor meant plain text:
 * `{`/`}` (an expression), `<` not starting a tag ("less than <5%"), and `<https://…>` autolinks,
 * which MDX does not support. MDX's own error for these is hard to read, so they are named here.
 */
export function storyTextProblems(body: string, firstLine = 1): { line: number; expected: string; found: string }[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const text = withoutCode(body).replace(TAG, blank).replace(/<\/[A-Za-z][\w.]*\s*>/g, blank);
  const found: { line: number; expected: string; found: string }[] = [];
  text.split('\n').forEach((line, i) => {
    const at = (index: number) => describeValue(line.slice(Math.max(0, index - 20), index + 20).trim());
    const autolink = /<https?:\/\/[^>\s]*>?/.exec(line);
    if (autolink) {
      found.push({ line: firstLine + i, expected: 'a link written as [link text](https://…)', found: describeValue(autolink[0]) });
      return;
    }
    const brace = /(?<!\\)[{}]/.exec(line);
    if (brace) {
      found.push({ line: firstLine + i, expected: 'plain text: { and } start code in a story (put such text in a quote file, or write \\{ and \\})', found: at(brace.index) });
    }
    const lt = /(?<!\\)<(?![A-Za-z/!])/.exec(line);
    if (lt) {
      found.push({ line: firstLine + i, expected: 'plain text: < starts a tag in a story (write "less than", or \\<)', found: at(lt.index) });
    }
  });
  return found;
}

function readExpression(expression: string): unknown {
  const e = expression.trim();
  const single = /^'([^']*)'$/.exec(e);
  if (single) return single[1];
  try {
    const value: unknown = JSON.parse(e);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  } catch {
    return undefined;
  }
}

function checkStories(files: LoadedFile[], problems: ContentProblem[]): void {
  const entriesOf = (kind: Kind) => files.filter((f) => f.kind === kind);
  // A story places only its own cohort's quotes and statistics (the components look them up there).
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
  const targets: Record<string, { entries: ReturnType<typeof index>; folder: string; what: string }> = {
    StatCallout: { entries: index(entriesOf('statistics')), folder: 'statistics', what: 'a statistic' },
    Quote: { entries: index(entriesOf('quotes')), folder: 'quotes', what: 'a quote' },
  };
  const names = Object.keys(STORY_COMPONENTS);
  const usage = names.map((n) => (n === 'SpeakerGallery' ? '<SpeakerGallery />' : `<${n} id="..." />`)).join(', ');

  for (const f of files) {
    if (f.kind !== 'cohorts' || f.body === undefined) continue;
    for (const p of storyTextProblems(f.body, f.bodyLine)) problems.push({ file: f.file, line: p.line, field: 'story', expected: p.expected, found: p.found });
    for (const tag of storyTags(f.body, f.bodyLine)) {
      const at = { file: f.file, line: tag.line };
      if (!(tag.name in STORY_COMPONENTS)) {
        const guess = closest(tag.name, names);
        problems.push({
          ...at,
          field: `<${tag.name}>`,
          expected: `one of the story components ${usage}${guess ? ` (did you mean <${guess}>?)` : ''}`,
          found: 'an unknown component',
        });
        continue;
      }
      const name = tag.name as StoryComponentName;
      for (const prop of tag.unreadable) {
        problems.push({
          ...at,
          field: prop.startsWith('(') ? `<${name}>` : `<${name}> prop "${prop}"`,
          expected: 'a tag written like <Quote id="the-quote-id" />, with each value in double quotes',
          found: prop.startsWith('(') ? 'a tag that cannot be read' : 'a value in { } that cannot be read',
        });
      }
      const schema = STORY_COMPONENTS[name];
      const result = schema.safeParse(tag.props, { reportInput: true });
      if (!result.success) {
        const field = (path: readonly PropertyKey[]) => (path.length === 0 ? `<${name}>` : `<${name}> prop "${path.map(String).join('.')}"`);
        for (const problem of issuesToProblems(result.error.issues, { file: f.file, data: tag.props, schema, formatField: field, noun: 'props' })) {
          problems.push({ ...problem, line: tag.line });
        }
        continue;
      }
      const target = targets[name];
      const id = (result.data as { id?: string }).id;
      if (!target || id === undefined) continue;
      const own = target.entries.byCohort.get(f.id) ?? [];
      if (own.includes(id)) continue;
      const elsewhere = target.entries.byId.get(id);
      const guess = closest(id, own);
      problems.push({
        ...at,
        field: `<${name}> prop "id"`,
        expected: `the id of ${target.what} in this cohort's ${target.folder}/ folder${guess ? ` (did you mean "${guess}"?)` : ''}`,
        found: elsewhere
          ? `"${id}", which belongs to cohort "${cohortIdFromPath(elsewhere.file)}"`
          : `"${id}", which does not exist`,
      });
    }
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
