import { z } from 'astro/zod';
import { TextSchema, UrlSchema } from './common';
import { translationsOf } from './translations';

/** What an organisation is to a cohort or speaker; one word an editor picks from this list. */
export const ORGANISATION_KINDS = ['organiser', 'funder', 'partner', 'venue', 'source', 'affiliation'] as const;

/** An organisation, kept once in `content/organisations/<id>.yaml` and referenced by id. */
export const OrganisationSchema = z
  .object({
    name: TextSchema.describe('Full name as the source gives it, e.g. "UNDP Kazakhstan".'),
    shortName: TextSchema.optional().describe('Short name or acronym, e.g. "EITI".'),
    kind: z
      .enum(ORGANISATION_KINDS, { error: `one of: ${ORGANISATION_KINDS.join(', ')}` })
      .describe(`What it is to the programme: one of ${ORGANISATION_KINDS.join(', ')}.`),
    translations: translationsOf({
      name: TextSchema.describe('The name in this language, e.g. "Программа развития ООН".'),
      shortName: TextSchema.describe('The short name in this language, e.g. "ПРООН".'),
    }),
    url: UrlSchema.optional().describe('Its website, e.g. https://www.undp.org/kazakhstan.'),
  })
  .strict();
export type Organisation = z.infer<typeof OrganisationSchema>;
