/**
 * Prop validation for the components editors place in MDX stories. A wrong prop stops the
 * build with a message that names the component, the file and the prop, in the same words as
 * `npm run check`:
 *
 *   <Quote> in content/cohorts/2024-astana/index.mdx: prop "id": expected the id of a quote in this site, found "nope"
 *
 * Pure (safe to import from components): no file system, no `astro:*` imports.
 */
import { z } from 'astro/zod';
import { describeValue, issuesToProblems } from './schema-issues';

/** Where the component was used, for the message; e.g. `{ file: "content/cohorts/2024-astana/index.mdx" }`. */
export interface ComponentContext {
  file?: string;
}

/** Thrown when a story component gets a prop it cannot use. */
export class ComponentPropsError extends Error {
  override name = 'ComponentPropsError';
}

function where(component: string, context: ComponentContext): string {
  return `<${component}>${context.file ? ` in ${context.file}` : ''}`;
}

const propField = (path: readonly PropertyKey[]) =>
  path.length === 0 ? 'props' : `prop "${path.map(String).join('.')}"`;

/**
 * `props` checked against `schema`; returns the parsed props or throws a ComponentPropsError
 * whose message has one line per problem. Example:
 * `const { id } = parseComponentProps('Quote', QuotePropsSchema, Astro.props, { file })`.
 */
export function parseComponentProps<S extends z.ZodType>(
  component: string,
  schema: S,
  props: unknown,
  context: ComponentContext = {},
): z.output<S> {
  const result = schema.safeParse(props, { reportInput: true });
  if (result.success) return result.data;
  const problems = issuesToProblems(result.error.issues, { file: '', data: props, schema, formatField: propField, noun: 'props' });
  const lines = problems.map((p) => `${where(component, context)}: ${p.field}: expected ${p.expected}${p.found === undefined ? '' : `, found ${p.found}`}`);
  throw new ComponentPropsError(lines.join('\n'));
}

/** The same message for a problem found after parsing, e.g. an id that names nothing. */
export function componentPropError(component: string, prop: string, expected: string, found: unknown, context: ComponentContext = {}): ComponentPropsError {
  return new ComponentPropsError(`${where(component, context)}: prop "${prop}": expected ${expected}, found ${describeValue(found)}`);
}
