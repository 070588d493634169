// `npm run editor:generate`: regenerates what editors get from the schemas in src/schemas/:
//   .vscode/schemas/*.schema.json    completion and validation in VS Code (YAML extension)
//   .vscode/settings.json            which content files each schema applies to (yaml.schemas)
//   docs/editors-guide.md            the field reference between its markers
// Run it after changing a schema and commit the result; a unit test fails until you do.
import './ts-resolve-hooks.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { editorSchemaFiles, vscodeSettings, withFieldReference } = await import('../src/lib/content/editor-schemas.ts');

const write = (path, text) => {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  let before;
  try {
    before = readFileSync(full, 'utf8');
  } catch {}
  if (before === text) return;
  writeFileSync(full, text);
  console.log(`wrote ${path}`);
};

for (const [path, text] of Object.entries(editorSchemaFiles())) write(path, text);
const settingsPath = '.vscode/settings.json';
let settings = {};
try {
  settings = JSON.parse(readFileSync(join(root, settingsPath), 'utf8'));
} catch {}
write(settingsPath, vscodeSettings(settings));
write('docs/editors-guide.md', withFieldReference(readFileSync(join(root, 'docs/editors-guide.md'), 'utf8')));
console.log('Editor files are up to date.');
