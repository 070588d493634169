/**
 * Reads content YAML (data files and cohort front matter) safely and says where each field is.
 *
 *   - Plain YAML only: anchors (&a), aliases (*a), merge keys (<<), tags (!!js/function,
 *     !!binary, !custom) and directives (%TAG) are refused with their line before anything is
 *     built, so an alias bomb (a few lines that expand to billions of values) is refused at
 *     once, and no tag can make the reader build anything but text, numbers, lists and dates.
 *   - Values are read with js-yaml, the reader Astro's loaders use, on the safe core schema
 *     plus dates; a date that is not on the calendar (2024-02-30) stays text, so the schema
 *     refuses it instead of js-yaml silently making it 1 March.
 *   - Line numbers come from `yaml`, which keeps positions, but only for files with something
 *     to report (it is several times slower than js-yaml).
 */
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, Type, YAMLException } from 'js-yaml';
import { CST, Lexer, LineCounter, parseDocument, type Document } from 'yaml';
import { isCalendarDate } from '../../schemas/common';
import type { ContentProblem } from './problems';
import { formatPath } from './schema-issues';

/**
 * js-yaml's timestamp type, except that a YYYY-MM-DD that is not a calendar date stays text.
 * Everything else (the core schema: text, numbers, true/false, lists, maps) is as Astro reads it.
 */
// js-yaml exports its built-in types, though its type declarations do not say so.
const timestamp = (jsYaml as unknown as { types: { timestamp: jsYaml.Type & { resolve: (data: string) => boolean; construct: (data: string) => Date } } }).types.timestamp;
const calendarTimestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && timestamp.resolve(data),
  construct: (data: string) => (/^\d{4}-\d{2}-\d{2}$/.test(data) && !isCalendarDate(data) ? data : timestamp.construct(data)),
  instanceOf: Date,
  represent: timestamp.represent ?? undefined,
});
const CONTENT_SCHEMA = CORE_SCHEMA.extend({ implicit: [calendarTimestamp] });

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

/** Could `text` hold an anchor, alias, tag, directive or merge key? (False positives are fine: the lexer decides.) */
const MAYBE_NOT_PLAIN = /(?:^|[\s[{,])[&*!][^\s,[\]{}]|^%|<</m;

const SHAPE_EXPECTED = 'plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!)';

/**
 * The first anchor, alias, merge key, tag or directive in `text`, with its line (1-based, plus
 * `offset`); undefined for plain YAML. Lexing only: linear in the text, whatever it contains.
 */
export function yamlShapeProblem(text: string, file: string, offset = 0): ContentProblem | undefined {
  // Lexing costs about a millisecond a file; most files have no character that could start one
  // of these (&name, *name, !tag, %DIRECTIVE, <<), so only those that do are lexed.
  if (!MAYBE_NOT_PLAIN.test(text)) return undefined;
  let line = 1;
  let lastScalarMarker = false;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    const problem = (found: string): ContentProblem => ({ file, line: line + offset, field: '(YAML syntax)', expected: SHAPE_EXPECTED, found, unsafe: true });
    if (type === 'anchor') return problem(`an anchor ${JSON.stringify(token)}`);
    if (type === 'alias') return problem(`an alias ${JSON.stringify(token)} (a value repeated from elsewhere)`);
    if (type === 'tag') return problem(`a tag ${JSON.stringify(token)}`);
    if (type === 'directive-line') return problem(`a directive ${JSON.stringify(token.trim())}`);
    if (lastScalarMarker && token === '<<') return problem('a merge key "<<"');
    lastScalarMarker = type === 'scalar';
    for (const char of token) if (char === '\n') line++;
  }
  return undefined;
}

/** Where a field path is written, by walking the positioned document. */
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

/** Positions of a YAML text, parsed on the first question only and then remembered. */
function positions(text: string, offset: number) {
  let parsed: { doc: Document; counter: LineCounter } | undefined;
  let byLine: Map<number, string> | undefined;
  const parse = () => {
    if (!parsed) {
      const counter = new LineCounter();
      // Only positions are taken from it; values come from js-yaml.
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

export interface YamlRead {
  /** The values, or undefined when the text could not be read (the problem is already reported). */
  data: unknown;
  /** Line of a field path, where the YAML says. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The field written on a line, e.g. 9 -> "source.publisher". */
  fieldAtLine: (line: number) => string | undefined;
}

/**
 * Reads a YAML text whose first line is line `offset + 1` of `file`, adding any problem to
 * `problems`. A text js-yaml refuses is reported as `yaml` words it, the message editors know,
 * with its line; only if `yaml` sees no error is js-yaml's own message reported.
 */
export function readYaml(text: string, file: string, offset: number, problems: ContentProblem[]): YamlRead {
  const unreadable = { data: undefined, lineOf: () => undefined, fieldAtLine: () => undefined };
  const shape = yamlShapeProblem(text, file, offset);
  if (shape) {
    problems.push(shape);
    return unreadable;
  }
  const where = positions(text, offset);
  try {
    return { data: load(text, { schema: CONTENT_SCHEMA }) ?? {}, lineOf: where.lineOf, fieldAtLine: where.fieldAtLine };
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
    return unreadable;
  }
}
