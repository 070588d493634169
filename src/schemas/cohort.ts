import { z } from 'astro/zod';
import { DateSchema, IdSchema, TextSchema, UrlSchema } from './common';
import { LangSchema } from './translations';

/**
 * One part of the programme, listed in the order the source gives them. The cohort page's "at a
 * glance" strip lists the parts without numbers (a source rarely gives a running order), each
 * linking to the story's section that tells it (`section`); a part the story does not tell
 * shows its `description` there instead.
 */
export const HighlightSchema = z
  .object({
    /** Short name of the part, e.g. "Opening ceremony". */
    title: TextSchema.describe('Short name of the part, e.g. "Opening ceremony".'),
    /** The story section that tells this part: its heading, exactly as written after ## in the story. */
    section: TextSchema.optional().describe(
      'The heading of the story section that tells this part, exactly as written after ## in the story, e.g. "The opening ceremony". The at-a-glance strip links the part there.',
    ),
    /** One or two sentences in our own words, shown when no section of the story tells the part. */
    description: TextSchema.optional().describe(
      'One or two sentences about it, in our own words, e.g. "Participants met MPs at the Mazhilis." Shown in the at-a-glance strip when the part has no section; needed then.',
    ),
    /** The day it took place, only when the source says so. */
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
    /** Id of the organisation that published it, e.g. "kazinform". */
    publisher: IdSchema.describe('Id of the organisation that published it, e.g. "kazinform".'),
    /** Id of the organisation it cites, if any, e.g. "undp-kazakhstan". */
    citing: IdSchema.optional().describe('Id of the organisation it cites, if any, e.g. "undp-kazakhstan".'),
    /** The headline of the article. */
    title: TextSchema.describe('The headline of the article, e.g. "Empowering leaders of tomorrow".'),
    /** A link to it, when there is one. */
    url: UrlSchema.optional().describe('A link to the article, if there is one: a full address starting with https://.'),
  })
  .strict();
export type Credit = z.infer<typeof CreditSchema>;

/**
 * A cohort: one edition of a programme, the front matter of `content/cohorts/<id>/index.mdx`.
 * Its id is the folder name, e.g. "2024-astana".
 */
export const CohortSchema = z
  .object({
    /** The recap's headline, e.g. "Leadership Programme for Women in STEM, Astana 2024". */
    title: TextSchema.describe('The recap headline, e.g. "Leadership Programme for Women in STEM, Astana 2024".'),
    /** The programme's name, the same for every cohort of it. */
    programme: TextSchema.describe('The programme name, e.g. "Leadership Programme for Women in STEM".'),
    /** First day, YYYY-MM-DD. */
    startDate: DateSchema.describe('First day, a real calendar date written YYYY-MM-DD, e.g. 2024-12-11.'),
    /** Last day, YYYY-MM-DD; not before startDate. */
    endDate: DateSchema.describe('Last day, a real calendar date written YYYY-MM-DD, e.g. 2024-12-12. Not before startDate.'),
    /** City, e.g. "Astana". */
    city: TextSchema.describe('City, e.g. "Astana".'),
    /** Country, e.g. "Kazakhstan". */
    country: TextSchema.describe('Country, e.g. "Kazakhstan".'),
    /** Id of the venue organisation, e.g. "ozge-epic". */
    venue: IdSchema.optional().describe('Id of the venue (an organisation of kind venue), e.g. "ozge-epic".'),
    /** Regions the participants came from. */
    regions: z.array(TextSchema).min(1, 'at least one region').describe('Regions the participants came from, e.g. ["Kyzylorda", "Mangystau"].'),
    /** How many people took part. */
    participants: z
      .number({ error: 'a whole number of at least 1' })
      .int('a whole number of at least 1 (a count has no fractions)')
      .min(1, 'a whole number of at least 1')
      .describe('How many people took part: a whole number of at least 1, e.g. 12.'),
    /** Ids of the organising organisations. */
    organisers: z.array(IdSchema).min(1, 'at least one organiser').describe('Ids of the organisers, e.g. ["undp-kazakhstan"].'),
    /** Ids of the funding organisations. */
    funders: z.array(IdSchema).default([]).describe('Ids of the funders, e.g. ["government-of-japan"].'),
    /** The initiative the programme runs under, as the source names it. */
    initiative: TextSchema.optional().describe('The initiative the programme belongs to, as the source names it, e.g. "the regional UNDP initiative aimed at promoting resilient communities".'),
    /** One or two sentences for cards and search results, in our own words. */
    summary: TextSchema.max(300, 'a summary of at most 300 characters').describe('One or two sentences for listings and link previews (at most 300 characters), e.g. "Twelve young women spent two days in Astana building leadership skills."'),
    /** The material the recap is based on. */
    credits: z.array(CreditSchema).min(1, 'at least one credit').describe('Who published the material the recap is based on: one entry per article.'),
    /** The programme's parts, in the order the source gives them. */
    highlights: z.array(HighlightSchema).default([]).describe('The parts of the programme, in the order the source gives them.'),
    /** The language the story and its fields are written in; translations sit beside it as index.<lang>.mdx. */
    lang: LangSchema.default('en').describe('The language this story is written in: en, ru or kk. Leave out for English.'),
    /** Ids the cohort was published under before a rename; their URLs redirect here. */
    formerIds: z
      .array(IdSchema)
      .default([])
      .describe('Ids this cohort was published under before (old folder names), e.g. ["astana-2024"]. Their old URLs redirect here.'),
    /** true while the cohort is being written: shown by the dev server only. */
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
    { when: ({ value }) => isDate((value as Partial<Cohort>)?.startDate) && isDate((value as Partial<Cohort>)?.endDate) },
  );
export type Cohort = z.infer<typeof CohortSchema>;

function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
