import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common';
import { LangSchema, QuoteTranslationsSchema } from './translations';

/**
 * A quote, one file in `content/cohorts/<cohort>/quotes/<id>.yaml`. Its id is the file name
 * (never the text), so its URL /quotes/<id>/ survives edits to the wording; its cohort is the
 * folder it sits in.
 */
export const QuoteSchema = z
  .object({
    /** Id of the speaker (a file in content/speakers/), e.g. "helen-clark". */
    speaker: IdSchema.describe('Id of the speaker, e.g. "helen-clark" for content/speakers/helen-clark.yaml.'),
    /** Where it was said, e.g. "opening ceremony". */
    occasion: TextSchema.describe('Where it was said, e.g. "opening ceremony".'),
    /** Where it was said, when not at the cohort's venue: an organisation id, or false when the source does not say. */
    place: z
      .union([IdSchema, z.literal(false)], { error: 'the id of an organisation, e.g. "mazhilis", or false' })
      .optional()
      .describe('Only when it was not said at the cohort\'s venue: the id of the organisation where it was said, e.g. "mazhilis"; false when the source does not say where.'),
    /** The words exactly as spoken, without surrounding quotation marks. */
    text: TextSchema.describe('The words exactly as the source quotes them, without the surrounding quotation marks, e.g. "We are at a pivotal moment in history."'),
    /** The language it was said in; the words are always shown in it, never silently translated. */
    lang: LangSchema.default('en').describe('The language the quote was given in: en, ru or kk. Leave out for English.'),
    /** Occasion in other languages, and optionally an unofficial translation of the words (with its translator). */
    translations: QuoteTranslationsSchema,
    /** Whether the home page may feature it. */
    featured: z.boolean().default(false).describe('true to feature it on the home page; leave out (false) otherwise.'),
    /** Ids it was published under before a rename; their URLs redirect to this quote. */
    formerIds: z
      .array(IdSchema)
      .default([])
      .describe('Ids this quote was published under before (old file names), e.g. ["clark-opening"]. Their old URLs redirect here.'),
  })
  .strict();
export type Quote = z.infer<typeof QuoteSchema>;
