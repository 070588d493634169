/**
 * Each field of a content file is described once, in its `.describe()`: that text is what editors
 * see (the VS Code schemas' hover and completion, the field reference in docs/editors-guide.md).
 * No JSDoc repeats it, so a TypeScript hover on an inferred field shows its type only (zod keeps
 * descriptions at run time); go to definition lands on the text.
 */
import { z } from 'astro/zod';

/** Lowercase kebab-case id, as used in URLs, e.g. "2024-astana" or "helen-clark". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id in lowercase kebab-case; every URL of the site is built from these. */
export const IdSchema = z
  .string({ error: 'an id in lowercase kebab-case, e.g. "helen-clark"' })
  .regex(ID_PATTERN, 'an id in lowercase kebab-case, e.g. "helen-clark"')
  .describe('Lowercase kebab-case id, e.g. "helen-clark".');
export type Id = z.infer<typeof IdSchema>;

/** A four-digit calendar year, e.g. 2024. */
export const YearSchema = z
  .number({ error: 'a year as a number, e.g. 2024' })
  .int('a whole year, e.g. 2024')
  .min(1900, 'a year from 1900 on')
  .max(2100, 'a year before 2100')
  .describe('A four-digit year, e.g. 2024.');

/** Whether `text` (YYYY-MM-DD) names a day on the calendar: 2024-02-29 does, 2024-02-30 does not. */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * A calendar date written as YYYY-MM-DD. YAML turns unquoted dates into Date objects (the
 * checker's YAML reader leaves a date that is not on the calendar, such as 2024-02-30, as text
 * so it is refused here rather than silently becoming 1 March), so both spellings are accepted
 * and the result is always a Date at midnight UTC.
 */
export const DateSchema = z
  .union(
    [
      z.date(),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date written as YYYY-MM-DD, e.g. 2024-12-11', abort: true })
        .refine(isCalendarDate, 'a real calendar date, e.g. 2024-12-11 (2024-02-30 is not one)'),
    ],
    { error: 'a date written as YYYY-MM-DD, e.g. 2024-12-11' },
  )
  .refine((value) => !(value instanceof Date) || !Number.isNaN(value.getTime()), 'a real calendar date, e.g. 2024-12-11')
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)))
  .describe('A real calendar date written as YYYY-MM-DD, e.g. 2024-12-11 (2024-02-30 is refused).');

/** Non-empty text with surrounding white space removed. */
export const TextSchema = z.string({ error: 'text' }).trim().min(1, 'text that is not empty');

/**
 * Where a picture is, relative to the file that names it, e.g. "./portraits/helen-clark.jpg":
 * a JPEG, PNG, WebP or AVIF file inside content/ (checked by its bytes, not its name; SVG is
 * refused because it can carry script). The build reads it with Astro's image(), which
 * optimises it; `npm run check` checks the file itself.
 */
export const ImagePathSchema = TextSchema.describe(
  'Path to the picture, relative to this file, e.g. "./portraits/helen-clark.jpg". A JPEG, PNG, WebP or AVIF file inside content/; SVG is refused (it can carry script).',
);

/** An absolute http(s) URL. */
export const UrlSchema = z.url({ protocol: /^https?$/, error: 'a full web address starting with https://' });

/**
 * Where a fact comes from, as the source material states it: who published it and when.
 * Example: `{ publisher: "UNDP and UN Women", year: 2024, title: "study on gender stereotypes" }`.
 */
export const SourceSchema = z
  .object({
    publisher: TextSchema.describe('Who published it, e.g. "UNDP and UN Women".'),
    year: YearSchema.describe('The year it was published, e.g. 2024.'),
    title: TextSchema.optional().describe('What was published, if the source names it, e.g. "study".'),
    url: UrlSchema.optional().describe('A link to the publication, if there is one: a full address starting with https://.'),
  })
  .strict()
  .describe('Where a fact comes from: who published it and in which year.');
export type Source = z.infer<typeof SourceSchema>;
