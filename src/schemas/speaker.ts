import { z } from 'astro/zod';
import { IdSchema, ImagePathSchema, TextSchema, YearSchema } from './common';
import { translationsOf } from './translations';

/** One role a speaker holds or held, e.g. "UNDP Administrator" from 2009 to 2017. */
export const RoleSchema = z
  .object({
    /** The title as the source gives it, e.g. "Resident Representative in Kazakhstan". */
    title: TextSchema.describe('The title as the source gives it, e.g. "Chair".'),
    /** Id of the organisation (a file in content/organisations/), e.g. "undp-kazakhstan". */
    organisation: IdSchema.optional().describe('Id of the organisation, e.g. "eiti" for content/organisations/eiti.yaml.'),
    /** First year in the role, e.g. 1999. */
    from: YearSchema.optional().describe('First year in the role, e.g. 1999.'),
    /** Last year in the role, e.g. 2008; leave out while the role is held. */
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
  /** What the picture shows, for people who cannot see it. Required. */
  alt: TextSchema.describe('What the picture shows, for people who cannot see it, e.g. "Helen Clark speaking at a podium".'),
  /** Who took the picture or owns it, if it must be credited. */
  credit: TextSchema.optional().describe('Who took or owns the picture, if it must be credited, e.g. "UNDP Kazakhstan".'),
};

/**
 * Builds the portrait schema. The site passes Astro's `image()` so portraits are optimised;
 * the stand-alone checker passes its file check (inside content/, raster by its bytes).
 */
export function createPortraitSchema<T extends z.ZodType>(src: T) {
  return z
    .object({
      /** Path to the picture, relative to the speaker file, e.g. "./portraits/helen-clark.jpg"; raster only (see ImagePathSchema). */
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
  /** Name exactly as the source gives it, e.g. "Helen Clark" or "Suleimenova". */
  name: TextSchema.describe('Name exactly as the source gives it. Where it gives no first name, none: e.g. "Suleimenova".'),
  /** Honorific the source uses before the name, e.g. "MP" or "Ms.". */
  honorific: TextSchema.optional().describe('Honorific the source puts before the name, e.g. "MP".'),
  /** Every role the source gives, most relevant first. */
  roles: z
    .array(RoleSchema, { error: 'a list of roles' })
    .min(1, 'at least one role')
    .describe('Every role the source gives, most relevant first.'),
  /** Role titles in other languages, by position: the same number and order as `roles`. Names are never translated. */
  translations: translationsOf({
    roles: z
      .array(z.object({ title: TextSchema.describe('The role title in this language, e.g. "Председатель".') }).strict())
      .describe('The roles, same number and order as the original.'),
  }),
  /** Ids the speaker was published under before a rename; their URLs redirect here. */
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
      /** A photo; leave out when there is none and a monogram is drawn instead. */
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
