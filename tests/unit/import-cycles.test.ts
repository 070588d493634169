/**
 * No import circle in src/: each module can be read (and tested) without first loading a module
 * that imports it back. Walks every relative import of src/ (type-only ones too: a circle of
 * types still ties two modules into one) and fails naming each circle found.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSIONS = ['', '.ts', '.mjs', '.astro', '/index.ts'];
/** import x from '...', import '...', export ... from '...', import('...'): the specifier. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const target = join(dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const file = `${target}${ext}`;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Each module's relative imports, as paths from the repository root. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const targets = [...text.matchAll(IMPORT)].map((m) => resolveImport(file, m[1]!)).filter((t): t is string => t !== undefined);
    graph.set(relative(ROOT, file), [...new Set(targets.map((t) => relative(ROOT, t)))]);
  }
  return graph;
}

/** Every circle in the graph, each once, as "a -> b -> a". */
function circles(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.add([...path.slice(path.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found];
}

describe('imports', () => {
  it('finds a circle when there is one', () => {
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual(['a -> b -> c -> a']);
    expect(circles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('src/ has no import circle', () => {
    const files = globSync(['src/**/*.{ts,mjs,astro}'], { cwd: ROOT, absolute: true });
    const graph = importGraph(files);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
    expect(circles(graph)).toEqual([]);
  });
});
