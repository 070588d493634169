import { z } from 'astro/zod';
import { DateSchema, IdSchema, ImagePathSchema, TextSchema, UrlSchema } from './common';
import { LangSchema } from './translations';

/**
 * One part of the programme, listed in the order the source gives them. The cohort page's "at a
 * glance" strip lists the parts without numbers (a source rarely gives a running order), each
 * linking to the story's section that tells it (`section`); a part the story does not tell
 * shows its `description` there instead.
 */
export const HighlightSchema = z
  .object({
    title: TextSchema.describe('Short name of the part, e.g. "Opening ceremony".'),
    section: TextSchema.optional().describe(
      'The heading of the story section that tells this part, exactly as written after ## in the story, e.g. "The opening ceremony". The at-a-glance strip links the part there.',
    ),
    description: TextSchema.optional().describe(
      'One or two sentences about it, in our own words, e.g. "Participants met MPs at the Mazhilis." Shown in the at-a-glance strip when the part has no section; needed then.',
    ),
    date: DateSchema.optional().describe('The day it took place, only when the source says so: a real calendar date written YYYY-MM-DD, e.g. 2024-12-12.'),
  })
  .strict()
  .refine((part) => part.section !== undefined || part.description !== undefined, {
    message: 'a section (the heading of the story section that tells this part) or a description',
    path: ['section'],
  });
export type Highlight = z.infer<typeof HighlightSchema>;

/** Who published the material the recap is based on, e.g. Kazinform citing UNDP Kazakhstan. */
export const CreditSchema = z
  .object({
    publisher: IdSchema.describe('Id of the organisation that published it, e.g. "kazinform".'),
    citing: IdSchema.optional().describe('Id of the organisation it cites, if any, e.g. "undp-kazakhstan".'),
    title: TextSchema.describe('The headline of the article, e.g. "Empowering leaders of tomorrow".'),
    url: UrlSchema.optional().describe('A link to the article, if there is one: a full address starting with https://.'),
  })
  .strict();
export type Credit = z.infer<typeof CreditSchema>;

/** The narrowest a hero photo may be, in pixels: it leads the cohort page (720 px wide on a phone, 1440 on a large screen) and its social card (1200). */
export const HERO_MIN_WIDTH = 1200;

/** The width of a picture as the schema sees it: Astro's image() gives its metadata, `npm run check` its measured size; plain text (editors' tools) has none. */
const widthOf = (src: unknown): number | undefined =>
  src !== null && typeof src === 'object' && typeof (src as { width?: unknown }).width === 'number' ? (src as { width: number }).width : undefined;

/**
 * One photograph of the event, a file in the cohort's folder (e.g. ./photos/opening.jpg). The
 * site shows it as a responsive <picture> (AVIF and WebP) with its caption and credit.
 */
export function createPhotoSchema<T extends z.ZodType>(src: T) {
  return z
    .object({
      src: src.describe('Path to the photo, relative to index.mdx, e.g. "./photos/opening.jpg". A JPEG, PNG, WebP or AVIF file inside content/; SVG, GIF and other files are refused.'),
      alt: TextSchema.describe('What the photo shows, for people who cannot see it, e.g. "Participants around a table at the mentoring session".'),
      credit: TextSchema.describe('Who took or owns the photo, shown beside it, e.g. "UNDP Kazakhstan".'),
      caption: TextSchema.optional().describe('A sentence shown under the photo, e.g. "The opening ceremony at Ozge Epic."'),
      hero: z
        .boolean({ error: 'true or false' })
        .default(false)
        .describe(`true for the one photo that leads the cohort page and its social card. It must be at least ${HERO_MIN_WIDTH} pixels wide.`),
    })
    .strict()
    .superRefine((photo, ctx) => {
      // src's type is the caller's (image(), a checked path or text): read it as unknown.
      const src = (photo as { src?: unknown }).src;
      const width = widthOf(src);
      if (photo.hero && width !== undefined && width < HERO_MIN_WIDTH) {
        const { height } = src as { height: number };
        ctx.addIssue({
          code: 'custom',
          path: ['src'],
          message: `a hero photo at least ${HERO_MIN_WIDTH} pixels wide (it leads the cohort page and its card), or hero: false`,
          params: { found: `a picture ${width} × ${height} pixels` },
        });
      }
    });
}

/** A cohort's photos: one may be the hero. */
export function createPhotosSchema<T extends z.ZodType>(src: T) {
  return z
    .array(createPhotoSchema(src), { error: 'a list of photos, each with src, alt and credit' })
    .default([])
    .superRefine((photos, ctx) => {
      const heroes = photos.flatMap((photo, i) => (photo.hero ? [i] : []));
      for (const i of heroes.slice(1)) {
        ctx.addIssue({ code: 'custom', path: [i, 'hero'], message: `one hero photo only (photos[${heroes[0]}] is the hero)`, params: { found: 'a second one' } });
      }
    })
    .describe('Photographs of the event, in the order they are shown; files in the cohort folder, e.g. photos/. Leave out when there are none.');
}

/**
 * A cohort: one edition of a programme, the front matter of `content/cohorts/<id>/index.mdx`.
 * Its id is the folder name, e.g. "2024-astana".
 */
export function createCohortSchema<T extends z.ZodType>(image: T) {
  return z
  .object({
    title: TextSchema.describe('The recap headline, e.g. "Leadership Programme for Women in STEM, Astana 2024".'),
    programme: TextSchema.describe('The programme name, e.g. "Leadership Programme for Women in STEM".'),
    startDate: DateSchema.describe('First day, a real calendar date written YYYY-MM-DD, e.g. 2024-12-11.'),
    endDate: DateSchema.describe('Last day, a real calendar date written YYYY-MM-DD, e.g. 2024-12-12. Not before startDate.'),
    city: TextSchema.describe('City, e.g. "Astana".'),
    country: TextSchema.describe('Country, e.g. "Kazakhstan".'),
    venue: IdSchema.optional().describe('Id of the venue (an organisation of kind venue), e.g. "ozge-epic".'),
    regions: z.array(TextSchema).min(1, 'at least one region').describe('Regions the participants came from, e.g. ["Kyzylorda", "Mangystau"].'),
    participants: z
      .number({ error: 'a whole number of at least 1' })
      .int('a whole number of at least 1 (a count has no fractions)')
      .min(1, 'a whole number of at least 1')
      .describe('How many people took part: a whole number of at least 1, e.g. 12.'),
    organisers: z.array(IdSchema).min(1, 'at least one organiser').describe('Ids of the organisers, e.g. ["undp-kazakhstan"].'),
    funders: z.array(IdSchema).default([]).describe('Ids of the funders, e.g. ["government-of-japan"].'),
    initiative: TextSchema.optional().describe('The initiative the programme belongs to, as the source names it, e.g. "the regional UNDP initiative aimed at promoting resilient communities".'),
    summary: TextSchema.max(300, 'a summary of at most 300 characters').describe('One or two sentences for listings and link previews (at most 300 characters), e.g. "Twelve young women spent two days in Astana building leadership skills."'),
    credits: z.array(CreditSchema).min(1, 'at least one credit').describe('Who published the material the recap is based on: one entry per article.'),
    highlights: z.array(HighlightSchema).default([]).describe('The parts of the programme, in the order the source gives them.'),
    lang: LangSchema.default('en').describe('The language this story is written in: en, ru or kk. Leave out for English.'),
    formerIds: z
      .array(IdSchema)
      .default([])
      .describe('Ids this cohort was published under before (old folder names), e.g. ["astana-2024"]. Their old URLs redirect here.'),
    photos: createPhotosSchema(image),
    draft: z.boolean().default(false).describe('true while the cohort is being written: the dev server shows it, the published site does not.'),
  })
  .strict()
  .superRefine(
    (cohort, ctx) => {
      if (cohort.endDate.getTime() < cohort.startDate.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `an end date on or after the start date (${cohort.startDate.toISOString().slice(0, 10)})`,
        });
      }
    },
    // Compare the dates even when other fields are wrong, so every problem is reported at once.
    { when: ({ value }) => isDate((value as { startDate?: unknown })?.startDate) && isDate((value as { endDate?: unknown })?.endDate) },
  );
}

/** The cohort schema with photo paths as text (editors' tools, types); the build passes Astro's image(). */
export const CohortSchema = createCohortSchema(ImagePathSchema);
export type Cohort = z.infer<typeof CohortSchema>;

function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
