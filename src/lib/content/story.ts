/**
 * What a cohort story (the MDX below the front matter of `content/cohorts/<id>/index.mdx`) may
 * hold: Markdown and the story components with literal props, nothing else. The story is
 * parsed with the MDX parser the build itself uses (Sätteri, behind @astrojs/mdx), and its
 * tree is walked against an allow-list, so `npm run check`, the build's content check and the
 * MDX compile step (storySafeProcessor) refuse exactly the same things with the same words:
 *
 *   - import/export statements and {expressions} (code that would run at build time);
 *   - raw HTML elements and attributes, and JSX fragments (script on the site's origin);
 *   - unknown components, and components with props that are not literal "text";
 *   - links other than https:, mailto:, relative paths and #fragments (no javascript:, data:,
 *     //other-site); images other than files inside content/ in a raster format.
 *
 * A story the parser cannot read gives ONE problem (the parser stops at the first), said in
 * plain words: an unclosed tag names the tag and the line it opened on.
 */
import { mdxToMdast } from 'satteri';
import { STORY_COMPONENTS, type StoryComponentName } from '../../schemas/components';
import type { ContentProblem } from './problems';
import { closest, describeValue, issuesToProblems } from './schema-issues';

/** A story component as written in the story, once its props have passed their schema. */
export interface StoryComponentUse {
  name: StoryComponentName;
  props: Record<string, string>;
  line: number;
}

export interface StoryCheckOptions {
  /** The file as shown in messages, e.g. "content/cohorts/2024-astana/index.mdx". */
  file: string;
  /**
   * Checks the picture a Markdown image points at (`![alt](./photo.jpg)`, relative to the story
   * file): returns what is wrong with it (see files.ts), or undefined when it is fine.
   */
  checkImage?: (src: string) => { found: string; unsafe: boolean } | undefined;
}

export interface StoryReport {
  problems: ContentProblem[];
  /** The components the story places, in order, for the checks that need other files (ids). */
  components: StoryComponentUse[];
  /** The story's section headings (## ...) as plain text, in order: highlights link to them by text. */
  sections: string[];
}

/** Node types that are plain Markdown and hold nothing to check but their children. */
const MARKDOWN = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'inlineCode',
  'code',
  'table',
  'tableRow',
  'tableCell',
  'footnoteReference',
  'footnoteDefinition',
  'linkReference',
]);

const COMPONENT_NAMES = Object.keys(STORY_COMPONENTS) as StoryComponentName[];
/** What a story may hold, the `expected` of every problem about something it may not. */
const STORY_EXPECTED = `Markdown or a story component (${COMPONENT_NAMES.map((n) => (n === 'SpeakerGallery' ? '<SpeakerGallery />' : `<${n} id="..." />`)).join(', ')})`;
const LINK_EXPECTED = 'a link to an https:// or mailto: address, a relative path or a #fragment';
const IMAGE_EXPECTED = 'an image file inside content/, written ![what it shows](./file.jpg) (JPEG, PNG, WebP or AVIF)';
const TAG_EXPECTED = (name: string) => `a tag that ends with "/>", e.g. <${name}${name === 'SpeakerGallery' ? '' : ' id="..."'} />`;

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  alt?: string | null;
  identifier?: string;
}

/**
 * Why a link target is refused, or undefined when it is allowed: https:, mailto:, a relative
 * path or a #fragment. Read as a browser reads it: tabs and line breaks inside are ignored
 * and leading control characters or spaces stripped (so "java\tscript:" is javascript:);
 * entities were already decoded by the parser (so "javascript&colon;" is too).
 */
export function linkTargetProblem(url: string): string | undefined {
  if (/[\u0000-\u001f\u007f-\u009f\s]/.test(url)) return `${describeValue(url)}, a web address with spaces or characters you cannot see in it`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'mailto') return undefined;
  if (scheme === 'http') return `${describeValue(url)}, an http:// address (write https://)`;
  if (scheme !== undefined) return `${describeValue(url)}, a "${scheme}:" address (links may not run code or open other programs)`;
  if (/^[/\\]{2}/.test(url)) return `${describeValue(url)}, an address on another site without https: (write the full https:// address)`;
  return undefined;
}

/** The line a node starts on, counted in the text that was parsed. */
const lineOf = (node: Node, fallback: number) => node.position?.start.line ?? fallback;

/** Checks a story's MDX text (the whole file, front matter blanked, or just the body: lines count from its start). */
export function checkStory(source: string, options: StoryCheckOptions): StoryReport {
  const problems: ContentProblem[] = [];
  const components: StoryComponentUse[] = [];
  const sections: string[] = [];
  const { file } = options;
  let tree: Node;
  try {
    tree = mdxToMdast(source, { features: { gfm: true, frontmatter: true } }) as Node;
  } catch (error) {
    problems.push(parseProblem(source, file, error instanceof Error ? error.message : String(error)));
    return { problems, components, sections };
  }

  const add = (node: Node, line: number, field: string, expected: string, found: string, unsafe = true) =>
    problems.push({ file, line: lineOf(node, line), field, expected, found, ...(unsafe ? { unsafe } : {}) });

  // Reference-style links and images take their target from a definition, wherever it is
  // written: a definition an image uses is checked as a picture, any other as a link.
  const definitions = new Map<string, Node>();
  const pictured = new Set<string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier.toLowerCase(), node);
    if (node.type === 'imageReference' && node.identifier) pictured.add(node.identifier.toLowerCase());
    node.children?.forEach(collect);
  };
  collect(tree);

  const checkImage = (node: Node, url: string, at: number) => {
    if (!node.alt?.trim()) add(node, at, 'story', 'an image with a description, written ![what it shows](./file.jpg)', 'an image without a description', false);
    if (/^https?:/i.test(url) || /^[/\\]{2}/.test(url)) {
      return add(node, at, 'story', IMAGE_EXPECTED, `${describeValue(url)}, a picture on another site (the site never loads another site)`);
    }
    const linkProblem = linkTargetProblem(url);
    if (linkProblem) return add(node, at, 'story', IMAGE_EXPECTED, linkProblem);
    const problem = options.checkImage?.(url);
    if (problem) add(node, at, 'story', IMAGE_EXPECTED, problem.found, problem.unsafe);
  };

  const walk = (node: Node, parentLine: number, inParagraph: boolean) => {
    const line = lineOf(node, parentLine);
    switch (node.type) {
      case 'yaml':
        return; // the front matter, checked against the cohort schema
      case 'link': {
        const found = linkTargetProblem(node.url ?? '');
        if (found) add(node, line, 'story', LINK_EXPECTED, found);
        break;
      }
      case 'definition': {
        if (pictured.has((node.identifier ?? '').toLowerCase())) return;
        const found = linkTargetProblem(node.url ?? '');
        if (found) add(node, line, 'story', LINK_EXPECTED, found);
        return;
      }
      case 'image':
        return checkImage(node, node.url ?? '', line);
      case 'imageReference': {
        const definition = definitions.get((node.identifier ?? '').toLowerCase());
        if (definition) {
          checkImage({ ...node, position: definition.position }, definition.url ?? '', lineOf(definition, line));
        }
        return;
      }
      case 'mdxjsEsm': {
        // One node holds consecutive statements: name each on its own line.
        const statements = String(node.value ?? '').split('\n').flatMap((text, i) => (/^\s*(import|export)\b/.test(text) ? [{ text, i }] : []));
        if (statements.length === 0) statements.push({ text: 'import', i: 0 });
        for (const { text, i } of statements) {
          const what = /^\s*export\b/.test(text) ? 'an export statement' : 'an import statement';
          problems.push({ file, line: line + i, field: 'story', expected: STORY_EXPECTED, found: `${what} (stories cannot run code)`, unsafe: true });
        }
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const text = String(node.value ?? '');
        const found = /^\s*\/\*[\s\S]*\*\/\s*$/.test(text)
          ? 'a code comment {/* ... */} (stories cannot hold code; keep notes outside the story)'
          : `code in { }: ${describeValue(`{${text}}`)} (stories cannot run code; to show a brace as text, write \\{ or \\})`;
        return add(node, line, 'story', STORY_EXPECTED, found);
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(node, line, inParagraph || node.type === 'mdxJsxTextElement');
      case 'heading':
        if ((node as { depth?: number }).depth === 2) sections.push(plainText(node).trim());
        break;
      default:
        if (!MARKDOWN.has(node.type)) {
          const found = node.type === 'html' ? 'raw HTML (stories hold Markdown and the story components only)' : `${node.type}, which stories do not use`;
          return add(node, line, 'story', STORY_EXPECTED, found);
        }
    }
    for (const child of node.children ?? []) walk(child, line, inParagraph || node.type === 'paragraph');
  };

  const checkElement = (node: Node, line: number, inline: boolean) => {
    const name = node.name;
    if (!name) return add(node, line, 'story', STORY_EXPECTED, 'an empty tag <> ... </> (stories hold Markdown and the story components only)');
    if (!/^[A-Z]/.test(name) || /[-:]/.test(name)) {
      return add(node, line, 'story', STORY_EXPECTED, `a raw HTML element <${name}> (stories hold Markdown and the story components only)`);
    }
    if (!(name in STORY_COMPONENTS)) {
      const guess = closest(name, COMPONENT_NAMES);
      return add(node, line, `<${name}>`, `${STORY_EXPECTED}${guess ? ` (did you mean <${guess}>?)` : ''}`, 'an unknown component', false);
    }
    const component = name as StoryComponentName;
    const props: Record<string, string> = {};
    let readable = true;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        readable = false;
        add(node, line, `<${component}>`, 'each prop written as name="value"', `${describeValue(`{${String(attribute.value ?? '')}}`)} in the tag (props cannot be code)`);
      } else if (typeof attribute.value === 'string') {
        props[attribute.name] = attribute.value;
      } else if (attribute.value === null || attribute.value === undefined) {
        readable = false;
        add(node, line, `<${component}> prop "${attribute.name}"`, `a value in double quotes, e.g. ${attribute.name}="..."`, 'a prop without a value', false);
      } else {
        readable = false;
        const code = (attribute.value as { value?: unknown }).value;
        add(node, line, `<${component}> prop "${attribute.name}"`, `a value in double quotes, e.g. ${attribute.name}="..."`, `code in { }: ${describeValue(`{${String(code ?? '')}}`)} (props cannot be code)`);
      }
    }
    if (!readable) return; // a prop written as code: what the schema would add is noise
    if ((node.children ?? []).length > 0) {
      readable = false;
      add(node, line, `<${component}>`, TAG_EXPECTED(component), `<${component}> ... </${component}> with something inside (a story component holds nothing)`, false);
    }
    if (inline) {
      add(node, line, `<${component}>`, 'the component on a line of its own, with an empty line before and after', 'a component inside a paragraph', false);
    }
    const schema = STORY_COMPONENTS[component];
    const result = schema.safeParse(props, { reportInput: true });
    if (!result.success) {
      const field = (path: readonly PropertyKey[]) => (path.length === 0 ? `<${component}>` : `<${component}> prop "${path.map(String).join('.')}"`);
      for (const problem of issuesToProblems(result.error.issues, { file, data: props, schema, formatField: field, noun: 'props' })) {
        problems.push({ ...problem, line });
      }
    } else if (readable) {
      components.push({ name: component, props, line });
    }
  };

  walk(tree, 1, false);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems, components, sections };
}

/** A node's text without its Markdown: "The *opening* ceremony" gives "The opening ceremony". */
function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join('');
}

/**
 * The parser's first error, in words an editor can act on. The parser reports `line:column:
 * reason`; the text at that place says what the editor was writing (a tag, a comment, a brace).
 */
function parseProblem(source: string, file: string, message: string): ContentProblem {
  const where = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(message.trim());
  let line = where ? Number(where[1]) : 1;
  const column = where ? Number(where[2]) : 1;
  const reason = (where?.[3] ?? message).replace(/\s*\(note:[^)]*\)/, '');
  const lines = source.split('\n');
  const offsetOf = (l: number, c: number) => lines.slice(0, l - 1).reduce((n, text) => n + text.length + 1, 0) + c - 1;
  const problem = (field: string, expected: string, found: string): ContentProblem => ({ file, line, field, expected, found });

  const closing = /Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(reason);
  if (closing) {
    const name = closing[1]!;
    line = Number(closing[2]);
    if (!/^[A-Z]/.test(name)) return { ...problem('story', STORY_EXPECTED, `a raw HTML element <${name}> (stories hold Markdown and the story components only)`), unsafe: true };
    return problem(`<${name}>`, TAG_EXPECTED(name), `<${name}> opened on line ${line} and never closed`);
  }
  const unexpectedClosing = /Unexpected closing tag `<\/([^>`]*)>`/.exec(reason);
  if (unexpectedClosing) {
    const name = unexpectedClosing[1]!;
    return problem(`</${name}>`, TAG_EXPECTED(name || 'Quote'), `a closing tag </${name}> with no tag opened before it`);
  }

  const rest = source.slice(offsetOf(line, column));
  if (rest.startsWith('<!--')) return { ...problem('story', STORY_EXPECTED, 'an HTML comment <!-- ... --> (stories hold no HTML; delete it)'), unsafe: true };
  if (/^<[a-z][a-z0-9+.-]*:/i.test(rest) || /^<[^\s<>@]+@[^\s<>]+>/.test(rest)) {
    return problem('story', 'a link written as [link text](https://...)', `${describeValue(/^<[^>\s]*>?/.exec(rest)![0])}, a link in < > (stories write links as [text](address))`);
  }
  if (rest.startsWith('<') && /^<[A-Za-z]/.test(rest)) return brokenTag(rest, line, problem);
  if (rest.startsWith('<')) {
    const text = lines[line - 1]!.trim();
    return problem('story', 'plain text: < starts a tag in a story (write "less than", or \\<)', describeValue(text));
  }
  if (/expression|brace/i.test(reason)) {
    return { ...problem('story', STORY_EXPECTED, `an unclosed { (stories cannot run code; to show a brace as text, write \\{ or \\})`), unsafe: true };
  }
  if (/import|export/i.test(reason)) return { ...problem('story', STORY_EXPECTED, 'an import or export statement (stories cannot run code)'), unsafe: true };
  return problem('story', STORY_EXPECTED, `text the story reader cannot read (${reason.replace(/`/g, '"')})`);
}

/**
 * Reads the tag at the start of `rest` as far as it goes, to say what is wrong with it: never
 * closed (it runs into an empty line, into text that is not a prop, or to the end), a prop
 * value without quotes, or a quote never closed.
 */
function brokenTag(rest: string, line: number, problem: (field: string, expected: string, found: string) => ContentProblem): ContentProblem {
  const name = /^<([A-Za-z][\w.]*)/.exec(rest)![1]!;
  const field = `<${name}>`;
  if (!/^[A-Z]/.test(name)) {
    return { ...problem('story', STORY_EXPECTED, `a raw HTML element <${name}> (stories hold Markdown and the story components only)`), unsafe: true };
  }
  const notClosed = () => problem(field, TAG_EXPECTED(name), `<${name}> opened on line ${line} and never closed`);
  let at = name.length + 1;
  let onFirstLine = true;
  const skipSpace = () => {
    const space = /^\s*/.exec(rest.slice(at))![0];
    if (/\n[ \t]*\n/.test(space)) return false;
    if (space.includes('\n')) onFirstLine = false;
    at += space.length;
    return true;
  };
  for (;;) {
    if (!skipSpace()) return notClosed();
    const here = rest.slice(at);
    if (here === '') return notClosed();
    if (here.startsWith('/>') || here.startsWith('>')) {
      return problem(field, TAG_EXPECTED(name), `<${name}> opened on line ${line} with ">" and never closed with </${name}>`);
    }
    const attribute = /^[A-Za-z_][\w:-]*/.exec(here)?.[0];
    if (!attribute) {
      if (!onFirstLine) return notClosed();
      if (here.startsWith('{')) return { ...problem(field, 'each prop written as name="value"', 'code in { } in the tag (props cannot be code)'), unsafe: true };
      return problem(field, 'each prop written as name="value"', `${describeValue(here.split('\n')[0]!.slice(0, 20))} in the tag`);
    }
    at += attribute.length;
    const equals = /^\s*=\s*/.exec(rest.slice(at));
    if (!equals) {
      if (!onFirstLine) return notClosed();
      continue;
    }
    at += equals[0].length;
    const value = rest.slice(at);
    const quote = value[0];
    if (quote === '"' || quote === "'") {
      const end = value.indexOf(quote, 1);
      if (end < 0 || value.slice(0, end).includes('\n\n')) {
        return problem(`<${name}> prop "${attribute}"`, `a value with its closing ${quote}, e.g. ${attribute}="..."`, 'a value whose quotes are never closed');
      }
      at += end + 1;
      continue;
    }
    if (quote === '{') return { ...problem(`<${name}> prop "${attribute}"`, `a value in double quotes, e.g. ${attribute}="..."`, 'code in { } (props cannot be code)'), unsafe: true };
    return problem(`<${name}> prop "${attribute}"`, `a value in double quotes, e.g. ${attribute}="..."`, `${describeValue(value.split(/[\s/>]/)[0]!)} without quotes`);
  }
}
