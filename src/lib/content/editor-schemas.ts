/**
 * What editors see in their editor and in docs/editors-guide.md, generated from the zod schemas
 * so it cannot drift from what the build accepts:
 *   - JSON Schemas for each YAML data type (.vscode/schemas/*.schema.json), which VS Code's YAML
 *     extension uses for completion, hover help and validation as editors type;
 *   - the guide's field reference: every field, whether it is required, what it holds and an example.
 * `npm run editor:generate` writes both; a unit test fails when the committed files differ.
 * Pure: no file system, no `astro:*` imports.
 *
 * Astro writes the same collections' JSON Schemas to .astro/collections/ on every sync. Compared
 * field by field, its quote, speaker, statistic and organisation schemas have the same
 * descriptions, required fields, enums, patterns and closed objects as ours. Cohort front matter
 * uses Astro's (its VS Code extension reads them through `contentIntellisense`), so we write
 * none for it. For the YAML files we keep ours because they add:
 *   - being there from a fresh clone: .astro/ is not committed, so until a first `npm start`
 *     VS Code would find no schema for any content file ("Unable to load schema");
 *   - a title naming where the file goes ("Quote (content/cohorts/<cohort-id>/quotes/<quote-id>.yaml)");
 *   - the speaker's portrait src as non-empty text (Astro's schema lacks the minLength: 1).
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, CONTENT_DIR, editorSchema, expandPattern, type CollectionLayout } from './layout';

/** One kind of content file an editor writes. */
export interface ContentType {
  /** File name stem of its JSON Schema, e.g. "quote" -> .vscode/schemas/quote.schema.json. */
  name: string;
  /** Heading in the guide. */
  title: string;
  /** Where the files go, relative to the repository root. */
  location: string;
  /** Globs (relative to the repository root) the JSON Schema applies to in VS Code; none for front matter. */
  globs: string[];
  schema: z.ZodType;
}

/** Every collection of the layout (layout.ts), as editors' tools describe it. */
export const CONTENT_TYPES: readonly ContentType[] = COLLECTION_NAMES.map((name) => {
  const layout = COLLECTIONS[name] as CollectionLayout;
  return {
    ...layout.editor,
    // VS Code's YAML extension checks YAML files; a story's front matter gets Astro's content intellisense instead.
    globs: layout.story ? [] : expandPattern(`${CONTENT_DIR}/${layout.pattern}`),
    schema: editorSchema(name),
  };
});

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxLength?: number;
  default?: unknown;
  [key: string]: unknown;
};

/**
 * The JSON Schema of a content type as an editor writes it (input side: fields with a default
 * are optional). Dates are YAML dates or "YYYY-MM-DD" text.
 */
function contentJsonSchema(type: ContentType): JsonSchema {
  const schema = z.toJSONSchema(type.schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    title: `${type.title} (${type.location})`,
    description: `Generated from src/schemas by npm run editor:generate; do not edit by hand. See docs/editors-guide.md.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** Every content type's JSON Schema file, by path relative to the repository root. */
export function editorSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    CONTENT_TYPES.filter((t) => t.globs.length > 0).map((t) => [`.vscode/schemas/${t.name}.schema.json`, `${JSON.stringify(contentJsonSchema(t), null, 2)}\n`]),
  );
}

/** The `yaml.schemas` setting for VS Code: schema file -> the content files it checks. */
function yamlSchemaSettings(): Record<string, string[]> {
  return Object.fromEntries(CONTENT_TYPES.filter((t) => t.globs.length > 0).map((t) => [`./.vscode/schemas/${t.name}.schema.json`, t.globs]));
}

const ID_SOURCE = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** A JSON Schema type in words: "text", "id", "date", "list of ids", "one of: a, b". */
function typeWords(s: JsonSchema): string {
  if (s.enum) return `one of: ${s.enum.map(String).join(', ')}`;
  if (s.const !== undefined) return `"${String(s.const)}"`;
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    if (options.some((o) => o.format === 'date')) return 'date (YYYY-MM-DD)';
    return [...new Set(options.map(typeWords))].join(' or ');
  }
  switch (s.type) {
    case 'string':
      if (s.pattern === ID_SOURCE) return 'id';
      if (s.format === 'uri') return 'web address';
      return 'text';
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return s.items ? `list of ${plural(typeWords(s.items))}` : 'list';
    case 'object':
      return 'group of fields';
    default:
      return 'any value';
  }
}

function plural(words: string): string {
  if (words === 'text') return 'texts';
  if (words === 'id') return 'ids';
  if (words === 'group of fields') return 'groups of fields';
  return words;
}

/** One row of the field reference. */
export interface FieldRow {
  /** Dotted path as the checker names it: "roles[].from", "value.min". */
  field: string;
  required: boolean;
  type: string;
  description: string;
}

/** Every field of a content type, nested fields after their parent, union options each with their own rows. */
export function fieldRows(type: ContentType): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (s: JsonSchema, prefix: string, note = '') => {
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      const field = `${prefix}${key}`;
      const required = (s.required ?? []).includes(key);
      const options = child.oneOf ?? child.anyOf;
      const objectOptions = options?.filter((o) => o.type === 'object') ?? [];
      if (objectOptions.length > 1) {
        // A value of several kinds (statistic value): the fields of each kind.
        rows.push({ field, required, type: 'group of fields, by kind', description: child.description ?? '' });
        const kinds = objectOptions.map((o) => o.properties?.kind?.const).filter((k) => k !== undefined);
        const kindDescription = objectOptions[0]?.properties?.kind?.description ?? '';
        rows.push({ field: `${field}.kind`, required: true, type: `one of: ${kinds.map(String).join(', ')}`, description: kindDescription });
        for (const option of objectOptions) {
          const kind = option.properties?.kind?.const;
          walk({ ...option, properties: Object.fromEntries(Object.entries(option.properties ?? {}).filter(([k]) => k !== 'kind')) }, `${field}.`, ` (kind: ${String(kind)})`);
        }
        continue;
      }
      const description = child.description ?? child.items?.description ?? '';
      rows.push({ field: `${field}${note}`, required, type: typeWords(child), description });
      if (child.type === 'object') walk(child, `${field}.`);
      if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${field}[].`);
    }
  };
  walk(contentJsonSchema(type), '');
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The guide's field reference, as Markdown: one table per content type. */
function fieldReference(): string {
  const parts: string[] = [];
  for (const type of CONTENT_TYPES) {
    parts.push(`### ${type.title}`, '', `Where: \`${type.location}\``, '', '| Field | Required | Kind of value | What it holds, with an example |', '| --- | --- | --- | --- |');
    for (const row of fieldRows(type)) {
      parts.push(`| \`${cell(row.field)}\` | ${row.required ? 'yes' : 'no'} | ${cell(row.type)} | ${cell(row.description)} |`);
    }
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

const REFERENCE_START = '<!-- field-reference:start (generated by npm run editor:generate; do not edit by hand) -->';
const REFERENCE_END = '<!-- field-reference:end -->';

/** `guide` with the text between the reference markers replaced by the current field reference. */
export function withFieldReference(guide: string): string {
  const start = guide.indexOf(REFERENCE_START);
  const end = guide.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`docs/editors-guide.md needs the markers ${REFERENCE_START} and ${REFERENCE_END}`);
  return `${guide.slice(0, start + REFERENCE_START.length)}\n\n${fieldReference()}\n\n${guide.slice(end)}`;
}

/**
 * `.vscode/settings.json` with the content schemas wired in, keeping any other setting already
 * there: `yaml.schemas` maps each schema to its files, MDX files open as MDX, and Astro's
 * content intellisense gives the cohort front matter the same help.
 */
export function vscodeSettings(existing: Record<string, unknown> = {}): string {
  const settings = {
    ...existing,
    'yaml.schemas': yamlSchemaSettings(),
    'files.associations': { ...((existing['files.associations'] as object | undefined) ?? {}), '*.mdx': 'mdx' },
    'astro.content-intellisense': true,
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
