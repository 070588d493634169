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
    speaker: IdSchema.describe('Id of the speaker, e.g. "helen-clark" for content/speakers/helen-clark.yaml.'),
    occasion: TextSchema.describe("Where it was said, e.g. \"opening ceremony\". The quote's share card prints it after the place and date only when it fits there whole (beside \"Astana · 11–12 December 2024\", about 25 letters)."),
    place: z
      .union([IdSchema, z.literal(false)], { error: 'the id of an organisation, e.g. "mazhilis", or false' })
      .optional()
      .describe('Only when it was not said at the cohort\'s venue: the id of the organisation where it was said, e.g. "mazhilis"; false when the source does not say where.'),
    text: TextSchema.describe('The words exactly as the source quotes them, without the surrounding quotation marks, e.g. "We are at a pivotal moment in history."'),
    lang: LangSchema.default('en').describe('The language the quote was given in: en, ru or kk. Leave out for English.'),
    /** Occasion in other languages, and optionally an unofficial translation of the words (with its translator). */
    translations: QuoteTranslationsSchema,
    highlight: TextSchema.optional().describe(
      'The strongest line, copied exactly from text (same words and punctuation), e.g. "This is not just a technological issue but a profound gender equality issue." Shown large above the full quote and on its share card; leave out to use the first sentence.',
    ),
    featured: z.boolean().default(false).describe('true to feature it on the home page; leave out (false) otherwise.'),
    formerIds: z
      .array(IdSchema)
      .default([])
      .describe('Ids this quote was published under before (old file names), e.g. ["clark-opening"]. Their old URLs redirect here.'),
  })
  .strict()
  .superRefine((quote, ctx) => {
    // Line breaks and runs of spaces are one space, as YAML's folded text (>-) joins lines.
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    if (quote.highlight !== undefined && !words(quote.text).includes(words(quote.highlight))) {
      ctx.addIssue({ code: 'custom', path: ['highlight'], message: 'an exact excerpt of text: these words do not occur in the quote as written (check spelling and punctuation, or leave highlight out)', input: quote.highlight });
    }
  });
export type Quote = z.infer<typeof QuoteSchema>;
