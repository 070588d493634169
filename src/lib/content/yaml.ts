/**
 * Reads content YAML (data files and cohort front matter) safely and says where each field is,
 * with js-yaml alone: the reader Astro's own loaders use, so values are exactly what the site gets.
 *
 *   - Plain YAML only: anchors (&a), aliases (*a), merge keys (<<), tags (!!js/function,
 *     !!binary, !custom) and directives (%TAG) are refused with their line, at the first one
 *     (js-yaml's `listener` sees each value as it is read), so an alias bomb (a few lines that
 *     expand to billions of values) is refused at once, and no tag can make the reader build
 *     anything but text, numbers, lists and dates.
 *   - Values are read on the safe core schema plus dates; a date that is not on the calendar
 *     (2024-02-30) stays text, so the schema refuses it instead of js-yaml silently making it 1 March.
 *   - Lines come from a second reading with the listener, which records where each value starts,
 *     only for files with something to report.
 */
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, Type, YAMLException, type LoadOptions } from 'js-yaml';
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

/** What js-yaml's listener is shown: the reader's state as a value opens and closes. */
interface ReaderState {
  input: string;
  position: number;
  kind: string | null;
  result: unknown;
}
type Listener = (event: 'open' | 'close', state: ReaderState) => void;

/** Index of the first character at or after `from` that is not a space, line break or comment. */
function skipBlank(input: string, from: number): number {
  let i = from;
  while (i < input.length) {
    const c = input[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < input.length && input[i] !== '\n') i++;
    else break;
  }
  return i;
}

/** Line (1-based) of character `index`, by binary search over the line starts. */
function lineCounter(input: string): (index: number) => number {
  const starts = [0];
  for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
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

/** Could `text` hold an anchor, alias, tag, directive or merge key? (False positives are fine: the reader decides.) */
const MAYBE_NOT_PLAIN = /(?:^|[\s[{,])[&*!][^\s,[\]{}]|^%|<</m;

const SHAPE_EXPECTED = 'plain YAML: each value written out in full, without anchors (&), aliases (*), merge keys (<<) or tags (!)';

/** Thrown by the shape listener to stop reading at the first value that is not plain. */
class NotPlain extends Error {
  readonly index: number;
  readonly found: string;
  // Fields written out, not as parameter properties: Node runs this file as it is for
  // `npm run check`, and its type stripping refuses syntax that is not erasable.
  constructor(index: number, found: string) {
    super(found);
    this.index = index;
    this.found = found;
  }
}

/** What is not plain about the value that starts at `start`: an anchor, alias, tag or merge key; undefined if nothing. */
function notPlainAt(input: string, start: number, result?: unknown): string | undefined {
  const token = () => JSON.stringify(/^[^\s,[\]{}]+/.exec(input.slice(start, start + 200))?.[0] ?? input[start]);
  if (input[start] === '&') return `an anchor ${token()}`;
  if (input[start] === '*') return `an alias ${token()} (a value repeated from elsewhere)`;
  if (input[start] === '!') return `a tag ${token()}`;
  if (result === '<<' && /^<<[ \t]*:/.test(input.slice(start, start + 20))) return 'a merge key "<<"';
  return undefined;
}

/**
 * The first anchor, alias, merge key, tag or directive in `text`, with its line (1-based, plus
 * `offset`); undefined for plain YAML (or YAML that does not read, which readYaml reports).
 * Each value is looked at once, as js-yaml reads it: linear in the text, whatever it contains.
 */
function yamlShapeProblem(text: string, file: string, offset = 0): ContentProblem | undefined {
  // Most files have no character that could start one of these (&name, *name, !tag,
  // %DIRECTIVE, <<), so only those that do are read with the listener.
  if (!MAYBE_NOT_PLAIN.test(text)) return undefined;
  const input = text.replace(/^\uFEFF/, '');
  const problem = (index: number, found: string): ContentProblem => ({
    file,
    line: lineCounter(input)(index) + offset,
    field: '(YAML syntax)',
    expected: SHAPE_EXPECTED,
    found,
    unsafe: true,
  });
  // Directives come before the document's first value.
  const first = skipBlank(input, 0);
  if (input[first] === '%') return problem(first, `a directive ${JSON.stringify(input.slice(first).split('\n')[0]!.trim())}`);
  const opened: number[] = [];
  const listener: Listener = (event, state) => {
    if (event === 'open') return void opened.push(state.position);
    const start = skipBlank(input, opened.pop()!);
    const found = notPlainAt(input, start, state.result);
    if (found) throw new NotPlain(start, found);
  };
  try {
    load(input, { schema: CONTENT_SCHEMA, listener } as LoadOptions);
  } catch (error) {
    if (error instanceof NotPlain) return problem(error.index, error.found);
    // An alias to no anchor or an unknown tag stops js-yaml before the value closes: the
    // innermost value being read starts with it.
    const start = opened.length ? skipBlank(input, opened.at(-1)!) : -1;
    const found = start >= 0 ? notPlainAt(input, start) : undefined;
    if (found) return problem(start, found);
  }
  return undefined;
}

/** One value as read: where it starts and ends, and its parts (keys and values, or items) in order. */
interface ReadNode {
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: ReadNode[];
}

/** What a reading with places leaves behind when the text does not read. */
interface Unread {
  /** The values still open when reading stopped, outermost first. */
  open: ReadNode[];
  /**
   * The first quoted value that ran over a line indented no deeper than its own field: a quote
   * never closed, which js-yaml reads on until the next quote and trips over later.
   */
  runaway?: { start: number; quote: string };
}

/** Reads `text` recording every value's place; `unread` says where reading stood if it throws. */
function readPlaced(text: string, unread: Unread = { open: [] }): { root: ReadNode; input: string } {
  const root: ReadNode = { start: 0, end: 0, kind: null, result: undefined, children: [] };
  const stack = unread.open;
  stack.push(root);
  let input = '';
  const listener: Listener = (event, state) => {
    input = state.input;
    if (event === 'open') {
      stack.push({ start: state.position, end: state.position, kind: null, result: undefined, children: [] });
      return;
    }
    const node = stack.pop()!;
    node.start = skipBlank(input, node.start);
    node.end = state.position;
    node.kind = state.kind;
    node.result = state.kind === 'scalar' ? state.result : undefined;
    stack.at(-1)!.children.push(node);
    const quote = input[node.start]!;
    if (!unread.runaway && (quote === '"' || quote === "'") && input.lastIndexOf('\n', node.end - 1) > node.start) {
      const lineStart = input.lastIndexOf('\n', node.start) + 1;
      const indent = (at: number) => /^ */.exec(input.slice(at))![0].length;
      const own = indent(lineStart);
      for (let at = input.indexOf('\n', node.start) + 1; at > 0 && at < node.end; at = input.indexOf('\n', at) + 1) {
        if (input[at + indent(at)] !== '\n' && indent(at) <= own) {
          unread.runaway = { start: node.start, quote };
          break;
        }
      }
    }
  };
  load(text, { schema: CONTENT_SCHEMA, listener } as LoadOptions);
  return { root: root.children.find((n) => n.kind !== null) ?? root, input };
}

/** A key of a mapping and its value (none for a key without ":"). */
interface Pair {
  key: ReadNode;
  value: ReadNode | undefined;
}

/**
 * A mapping's parts as key/value pairs: js-yaml reads each key, then its value after a ":"
 * (a key without ":" in a flow mapping, "{a}", has no value part).
 */
function pairsOf(node: ReadNode, input: string): Pair[] {
  const pairs: Pair[] = [];
  const parts = node.children;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    if (key.kind !== 'scalar') continue;
    const next = parts[i + 1];
    const hasValue = next !== undefined && skipBlank(input, key.end) < next.start + 1 && input[skipBlank(input, key.end)] === ':';
    pairs.push({ key, value: hasValue ? next : undefined });
    if (hasValue) i++;
  }
  return pairs;
}

/** Positions of a YAML text: read on the first question only, then remembered. */
function positions(text: string, offset: number) {
  let placed: { root: ReadNode; line: (index: number) => number; input: string } | undefined | null;
  let byLine: Map<number, string> | undefined;
  const place = () => {
    if (placed === undefined) {
      try {
        const { root, input } = readPlaced(text);
        placed = { root, input, line: lineCounter(input) };
      } catch {
        placed = null;
      }
    }
    return placed;
  };
  /** Where a field path is written: the line of its key, or of the list item. */
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const p = place();
    if (!p) return undefined;
    let node: ReadNode | undefined = p.root;
    let line = p.line(node.start);
    for (const key of path) {
      if (node?.kind === 'sequence' && typeof key === 'number') {
        node = node.children[key];
        if (!node) break;
        line = p.line(node.start);
      } else if (node?.kind === 'mapping') {
        const pair: Pair | undefined = pairsOf(node, p.input).find((q) => String(q.key.result) === String(key));
        if (!pair) break;
        line = p.line(pair.key.start);
        node = pair.value;
      } else break;
    }
    return line + offset;
  };
  /** Every field of the document by the line it is written on, as a dotted path ("credits[0].title"). */
  const fieldAtLine = (line: number): string | undefined => {
    const p = place();
    if (!p) return undefined;
    if (!byLine) {
      const found = new Map<number, string>();
      const visit = (node: ReadNode | undefined, path: PropertyKey[]) => {
        if (node?.kind === 'mapping') {
          for (const { key, value } of pairsOf(node, p.input)) {
            const here = [...path, String(key.result)];
            found.set(p.line(key.start) + offset, formatPath(here));
            visit(value, here);
          }
        } else if (node?.kind === 'sequence') {
          node.children.forEach((item, index) => {
            const here = [...path, index];
            const at = p.line(item.start) + offset;
            if (!found.has(at)) found.set(at, formatPath(here));
            visit(item, here);
          });
        }
      };
      visit(p.root, []);
      byLine = found;
    }
    return byLine.get(line);
  };
  return { lineOf, fieldAtLine };
}

/** js-yaml's words for the mistakes editors make most, said plainly; any other is shown as js-yaml words it. */
function plainReason(error: YAMLException, input: string): string {
  const { reason } = error;
  if (reason === 'duplicated mapping key') {
    const key = /^\s*([^:\n]+?)\s*:/.exec(input.slice(error.mark.position))?.[1];
    return key ? `the field "${key}" written twice` : 'a field written twice';
  }
  if (reason.endsWith('within a double quoted scalar')) return 'a " quote that is never closed';
  if (reason.endsWith('within a single quoted scalar')) return "a ' quote that is never closed";
  if (reason.endsWith('within a flow collection')) return 'a [ or { that is never closed';
  if (reason === 'missed comma between flow collection entries') return 'a list in [ ] or { } with a comma or its closing bracket missing';
  return reason;
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
 * `problems`. A text that does not read is reported at the line of the mistake; for a quote or
 * bracket never closed (which js-yaml notices only at the end of the text), where it opens.
 */
export function readYaml(text: string, file: string, offset: number, problems: ContentProblem[]): YamlRead {
  const unreadable = { data: undefined, lineOf: () => undefined, fieldAtLine: () => undefined };
  const shape = yamlShapeProblem(text, file, offset);
  if (shape) {
    problems.push(shape);
    return unreadable;
  }
  try {
    const data = load(text, { schema: CONTENT_SCHEMA }) ?? {};
    return { data, ...positions(text, offset) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const input = error.mark.buffer;
    let line = error.mark.line + 1;
    let found = plainReason(error, input);
    // Read again with places, to say where a quote or bracket left open starts.
    const unread: Unread = { open: [] };
    try {
      readPlaced(text, unread);
    } catch {
      const open = unread.open.length > 1 ? unread.open.at(-1) : undefined;
      if (unread.runaway && unread.runaway.start < error.mark.position) {
        line = lineCounter(input)(unread.runaway.start);
        found = `a ${unread.runaway.quote} quote that is never closed`;
      } else if (open && error.reason.startsWith('unexpected end of the stream')) {
        line = lineCounter(input)(skipBlank(input, open.start));
      }
    }
    problems.push(syntaxProblem(file, line + offset, found));
    return unreadable;
  }
}
