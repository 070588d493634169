import { z } from 'astro/zod';
import { IdSchema, ImagePathSchema, TextSchema, YearSchema } from './common';
import { translationsOf } from './translations';

/** One role a speaker holds or held, e.g. "UNDP Administrator" from 2009 to 2017. */
export const RoleSchema = z
  .object({
    title: TextSchema.describe('The title as the source gives it, e.g. "Chair".'),
    organisation: IdSchema.optional().describe('Id of the organisation, e.g. "eiti" for content/organisations/eiti.yaml.'),
    from: YearSchema.optional().describe('First year in the role, e.g. 1999.'),
    to: YearSchema.optional().describe('Last year in the role, e.g. 2008. Leave out for a current role.'),
  })
  .strict()
  .refine((role) => role.from === undefined || role.to === undefined || role.from <= role.to, {
    message: 'a first year ("from") that is not after the last year ("to")',
    path: ['to'],
  });
export type Role = z.infer<typeof RoleSchema>;

/** The portrait fields besides src, built once (see createPortraitSchema). */
const portraitFields = {
  alt: TextSchema.describe('What the picture shows, for people who cannot see it, e.g. "Helen Clark speaking at a podium".'),
  credit: TextSchema.optional().describe('Who took or owns the picture, if it must be credited, e.g. "UNDP Kazakhstan".'),
};

/**
 * Builds the portrait schema. The site passes Astro's `image()` so portraits are optimised;
 * the stand-alone checker passes its file check (inside content/, raster by its bytes).
 */
export function createPortraitSchema<T extends z.ZodType>(src: T) {
  return z
    .object({
      src: src.describe(ImagePathSchema.description!),
      ...portraitFields,
    })
    .strict();
}

/**
 * The speaker fields besides the portrait, built once: Astro calls the collection's schema
 * function once per speaker file (its image() is bound to that file), so only the portrait
 * part is built per file.
 */
const speakerFields = {
  name: TextSchema.describe('Name exactly as the source gives it. Where it gives no first name, none: e.g. "Suleimenova".'),
  honorific: TextSchema.optional().describe('Honorific the source puts before the name, e.g. "MP".'),
  roles: z
    .array(RoleSchema, { error: 'a list of roles' })
    .min(1, 'at least one role')
    .describe('Every role the source gives, most relevant first.'),
  translations: translationsOf({
    roles: z
      .array(z.object({ title: TextSchema.describe('The role title in this language, e.g. "Председатель".') }).strict())
      .describe('The roles, same number and order as the original.'),
  }),
  formerIds: z
    .array(IdSchema)
    .default([])
    .describe('Ids this speaker was published under before (old file names), e.g. ["h-clark"]. Their old URLs redirect here.'),
};

/** Builds the speaker schema around a portrait source schema (see createPortraitSchema). */
export function createSpeakerSchema<T extends z.ZodType>(portraitSrc: T) {
  const { name, honorific, roles, translations, formerIds } = speakerFields;
  return z
    .object({
      name,
      honorific,
      roles,
      portrait: createPortraitSchema(portraitSrc)
        .optional()
        .describe('A photo with its alt text. Leave out when there is none: a monogram is drawn instead.'),
      translations,
      formerIds,
    })
    .strict();
}

/** A speaker, kept once in `content/speakers/<id>.yaml` and referenced by id from quotes. */
export const SpeakerSchema = createSpeakerSchema(ImagePathSchema);
export type Speaker = z.infer<typeof SpeakerSchema>;
