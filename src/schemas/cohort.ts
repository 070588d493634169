import { z } from 'astro/zod';
import { DateSchema, IdSchema, TextSchema, UrlSchema } from './common';
import { LangSchema } from './translations';

/** One part of the programme, listed in the order the source gives them. */
export const HighlightSchema = z
  .object({
    title: TextSchema.describe('Short name of the part, e.g. "Opening ceremony".'),
    description: TextSchema.describe('One or two sentences about it, in our own words, e.g. "Participants met MPs at the Mazhilis."'),
    date: DateSchema.optional().describe('The day it took place, only when the source says so: a real calendar date written YYYY-MM-DD, e.g. 2024-12-12.'),
  })
  .strict();
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

/**
 * A cohort: one edition of a programme, the front matter of `content/cohorts/<id>/index.mdx`.
 * Its id is the folder name, e.g. "2024-astana".
 */
export const CohortSchema = z
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
