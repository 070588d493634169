/**
 * Editors' help cannot drift from the schemas: the committed JSON Schemas, VS Code settings and
 * the guide's field reference are exactly what `npm run editor:generate` makes from src/schemas,
 * every field is explained with an example, and VS Code's own YAML language server, given the
 * committed settings, accepts every real content file and flags a wrong one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, editorSchemaFiles, fieldRows, vscodeSettings, withFieldReference } from '../../src/lib/content/editor-schemas';
import { ROOT } from './helpers';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const REGENERATE = 'out of date: run `npm run editor:generate` and commit the result';

describe('generated editor files', () => {
  it('JSON Schemas in .vscode/schemas match the zod schemas', () => {
    for (const [path, text] of Object.entries(editorSchemaFiles())) expect(read(path), `${path} is ${REGENERATE}`).toBe(text);
  });

  it('.vscode/settings.json wires every schema to its content files', () => {
    const committed = read('.vscode/settings.json');
    expect(committed, `.vscode/settings.json is ${REGENERATE}`).toBe(vscodeSettings(JSON.parse(committed)));
  });

  it("the editors' guide carries the current field reference", () => {
    const guide = read('docs/editors-guide.md');
    expect(guide, `docs/editors-guide.md is ${REGENERATE}`).toBe(withFieldReference(guide));
  });

  it('explains every field an editor fills in, with an example', () => {
    const missing: string[] = [];
    for (const type of CONTENT_TYPES) {
      for (const row of fieldRows(type)) {
        // Groups explain themselves through their fields; true/false and one-of lists through their values.
        const container = /^(group of fields|list of groups|one of:)/.test(row.type) || row.type === 'true or false';
        const example = /e\.g\.|https:\/\/|\(54%\)/.test(row.description);
        if (row.description === '' || (!container && !example)) missing.push(`${type.name}: ${row.field}: "${row.description}"`);
      }
    }
    expect(missing, 'add a .describe() with "e.g. ..." to these fields in src/schemas').toEqual([]);
  });
});

describe("VS Code's YAML language server with the committed settings", () => {
  const require = createRequire(import.meta.url);
  const { getLanguageService } = require('yaml-language-server');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
  const service = getLanguageService({ schemaRequestService: async () => '', workspaceContext: { resolveRelativePath: (p: string) => p } });
  service.configure({
    validate: true,
    completion: true,
    schemas: Object.entries(settings['yaml.schemas']).map(([path, fileMatch]) => ({
      uri: pathToFileURL(join(ROOT, path)).href,
      fileMatch,
      schema: JSON.parse(read(path)),
    })),
  });
  const diagnostics = async (path: string, text = read(path)) =>
    ((await service.doValidation(TextDocument.create(pathToFileURL(join(ROOT, path)).href, 'yaml', 1, text), false)) as { message: string; range: { start: { line: number } } }[]).map(
      (d) => `${d.range.start.line + 1}: ${d.message}`,
    );

  it('accepts every YAML file of the real content', async () => {
    const yamlFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [relative(ROOT, join(dir, e.name))] : [],
      );
    const files = yamlFiles(join(ROOT, 'content'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(await diagnostics(file), file).toEqual([]);
  });

  it('flags a missing field, a misspelt one and a wrong type as the editor types', async () => {
    expect(await diagnostics('content/speakers/new-speaker.yaml', 'name: Aigerim\nrole:\n  - title: Engineer\nportrait:\n  src: ./a.jpg\n')).toMatchInlineSnapshot(`
      [
        "1: Missing property "roles".",
        "4: Missing property "alt".",
        "2: Property role is not allowed.",
      ]
    `);
    expect(await diagnostics('content/cohorts/2024-astana/statistics/x.yaml', 'value:\n  kind: percentage\n  value: 140\nlabel: x\nsource:\n  publisher: UNDP\n  year: "2024"\n')).toMatchInlineSnapshot(`
      [
        "3: Value is above the maximum of 100.",
        "7: Incorrect type. Expected "integer".",
      ]
    `);
  });

  it('suggests the fields of a quote', async () => {
    const doc = TextDocument.create(pathToFileURL(join(ROOT, 'content/cohorts/2024-astana/quotes/new.yaml')).href, 'yaml', 1, 'speaker: helen-clark\n');
    const completion = (await service.doComplete(doc, { line: 1, character: 0 }, false)) as { items: { label: string }[] };
    expect(completion.items.map((i) => i.label)).toEqual(expect.arrayContaining(['occasion', 'text', 'featured']));
  });
});
