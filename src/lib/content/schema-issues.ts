/**
 * Turns zod issues into ContentProblems an editor can act on: the field as a dotted path
 * (`roles[1].to`, `value.min`), what was expected in plain words, and what was found. Shared by
 * the content checker and by the MDX components' prop validation, so both speak the same way.
 * Pure: no file system, no `astro:*` imports.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from './problems';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `['roles', 1, 'to']` -> "roles[1].to"; `[]` -> "(whole file)". */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(whole file)' : out;
}

/** A value as an editor would recognise it: `"nope"`, `140`, `2024-12-11`, `a list of 2`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
  literal: 'a fixed value',
};

/**
 * What an issue expected, in words. Our schemas phrase their own messages this way ("a whole
 * number", "at least one role"); zod's defaults ("Invalid input: ...") are replaced.
 */
function expectedOf(issue: Issue): string {
  const custom = issue.message && !/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message);
  if (custom) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return `at least ${min} item${min === '1' ? '' : 's'}`;
      if (issue.origin === 'string') return `text of at least ${min} character${min === '1' ? '' : 's'}`;
      return `a number ${issue.inclusive ? 'of at least' : 'above'} ${min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return `at most ${max} items`;
      if (issue.origin === 'string') return `text of at most ${max} characters`;
      return `a number ${issue.inclusive ? 'of at most' : 'below'} ${max}`;
    }
    case 'invalid_value':
      return `one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return `text in the form of ${issue.format}`;
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'one of the allowed forms';
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key as string];
  }
  return at;
}

/** The field names an object schema at `path` accepts, so an unknown field can be answered with the right ones. */
function knownFieldsAt(schema: z.ZodType, path: readonly PathKey[], data: unknown): string[] {
  let node: any = schema;
  let value: unknown = data;
  const unwrap = () => {
    for (;;) {
      const def = node?._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault' || def.type === 'readonly' || def.type === 'catch') node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else if (def.type === 'union') {
        // A discriminated union: follow the option whose literal matches the data.
        const options: any[] = def.options;
        const match = options.find((o) => {
          const shape = o?._zod?.def?.shape;
          if (!shape || value === null || typeof value !== 'object') return false;
          return Object.entries(shape).every(([k, s]: [string, any]) =>
            s?._zod?.def?.type !== 'literal' || s._zod.def.values.includes((value as Record<string, unknown>)[k]),
          );
        });
        node = match ?? options[0];
      } else return;
    }
  };
  unwrap();
  for (const key of path) {
    const def = node?._zod?.def;
    if (def?.type === 'object' && typeof key === 'string') node = def.shape[key];
    else if (def?.type === 'array') node = def.element;
    else return [];
    value = valueAt(value, [key]);
    unwrap();
  }
  const shape = node?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The known name closest to `name`, if it is close enough to be a likely misspelling. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        prev = row[j]!;
        row[j] = next;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export interface IssueContext {
  /** The file the data came from, as shown to the editor. */
  file: string;
  /** The parsed input, to show what was found at each path. */
  data: unknown;
  /** The schema it was checked against, to name the known fields when an unknown one appears. */
  schema: z.ZodType;
  /** Prefix for field names, e.g. `prop "` for component props. */
  formatField?: (path: readonly PathKey[]) => string;
  /** What the keys are called in messages: "fields" (default) or "props". */
  noun?: 'fields' | 'props';
}

/**
 * Every zod issue as a ContentProblem. Unknown fields become one problem each, naming the
 * fields that are allowed there (and the likely intended one). A custom issue may carry
 * `params.found` to say what was found better than the raw value can, and `params.unsafe`
 * to mark the problem unsafe (see ContentProblem.unsafe).
 */
export function issuesToProblems(issues: readonly Issue[], context: IssueContext): ContentProblem[] {
  const field = context.formatField ?? formatPath;
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFieldsAt(context.schema, issue.path, context.data);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        const noun = context.noun ?? 'fields';
        const allowed = known.length > 0 ? `only the ${noun} ${known.join(', ')}` : `no ${noun}`;
        problems.push({
          file: context.file,
          field: field([...issue.path, key]),
          expected: guess ? `${allowed} (did you mean "${guess}"?)` : allowed,
          found: context.noun === 'props' ? 'an unknown prop' : 'an unknown field',
        });
      }
      continue;
    }
    const value = valueAt(context.data, issue.path);
    const params = issue.code === 'custom' ? (issue.params as { found?: string; unsafe?: boolean } | undefined) : undefined;
    let found = params?.found ?? describeValue(value);
    if (value === undefined && issue.code === 'invalid_type') found = 'nothing (the field is missing)';
    if (issue.code === 'invalid_union' && value !== null && typeof value === 'object' && 'kind' in value) {
      found = `kind ${describeValue((value as { kind: unknown }).kind)}`;
    }
    problems.push({ file: context.file, field: field(issue.path), expected: expectedOf(issue), found, ...(params?.unsafe ? { unsafe: true } : {}) });
  }
  return problems;
}
