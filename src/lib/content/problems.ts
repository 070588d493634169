/**
 * The one shape every content problem takes, from any stage (files, YAML, schemas, stories,
 * cross-entry rules, story components), and the one way it is printed:
 * `content/x.yaml:3: speaker: expected ..., found ...`. Pure: no file system.
 */

/** A problem an editor can act on: which file, which field, what was expected, what was found. */
export interface ContentProblem {
  file: string;
  /** 1-based line in the file, where known; printed as "file:line" so editors can jump to it. */
  line?: number;
  field: string;
  expected: string;
  found?: string;
  /**
   * True when the content could run code, put script on the site or reach outside content/
   * (a story's import or raw HTML, a symlink, an SVG image). The dev server refuses to show
   * any page while such a problem remains; other problems it only reports.
   */
  unsafe?: boolean;
}

/** "content/x.yaml: speaker: expected ..., found ..." — the one way problems are printed. */
export function formatProblem(problem: ContentProblem): string {
  const found = problem.found === undefined ? '' : `, found ${problem.found}`;
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field}: expected ${problem.expected}${found}`;
}

/** All problems as one message, each on its own line, ready to throw or print. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`Content has ${problems.length} ${noun}:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
