import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/locales';
import { TextSchema } from './common';

/**
 * Translations, edited next to the original (see docs/editors-guide.md, "Translations"):
 * - a cohort's story and front matter: `content/cohorts/<id>/index.ru.mdx`, `index.kk.mdx`,
 *   whose front matter holds only the translated fields (CohortTranslationSchema);
 * - a statistic's, quote's, speaker's or organisation's fields: a `translations:` block in the
 *   same YAML file, keyed by locale, with the same field names (translationsOf).
 * Anything left out is shown in the original, marked with its language.
 */

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh' };

/** The language a text was written or said in: one of the site's locales. */
export const LangSchema = z
  .enum(LOCALES, { error: `a language code, one of: ${LOCALES.join(', ')}` })
  .describe('The language it is written or said in: en (English), ru (Russian) or kk (Kazakh).');

/** Who translated, free text, e.g. "Programme recap team". */
export const TranslatorSchema = TextSchema.describe('Who translated it, e.g. "Programme recap team".');

/**
 * A `translations:` block: for each locale (ru, kk, and en for an original in another language),
 * the same fields as the original, each optional. Strict, so a misspelt field or locale is reported.
 */
export function translationsOf<T extends z.ZodRawShape>(fields: T) {
  const one = z.object(fields).partial().strict();
  const shape = Object.fromEntries(
    LOCALES.map((locale) => [locale, one.optional().describe(`The fields in ${LANGUAGE_NAMES[locale]} (${locale}), each optional.`)]),
  ) as Record<Locale, z.ZodOptional<typeof one>>;
  return z
    .object(shape)
    .strict()
    .optional()
    .describe(`Translations of this entry's fields, by language (${LOCALES.join(', ')}), with the same field names; leave out what is not translated.`);
}

/** One highlight of a cohort, translated: the same position as in the original. */
export const HighlightTranslationSchema = z
  .object({
    title: TextSchema.describe('The translated title of this part of the programme, e.g. "Наставничество".'),
    description: TextSchema.optional().describe('The translated description, when the original has one, e.g. "Встречи с женщинами-лидерами в STEM."'),
  })
  .strict();

/** One photo of a cohort, translated: its alt text and caption, at the same position as in the original. The credit is a name and stays as it is. */
export const PhotoTranslationSchema = z
  .object({
    alt: TextSchema.optional().describe('What the photo shows, in this language, e.g. "Участницы за столом на встрече с наставницами".'),
    caption: TextSchema.optional().describe('The caption in this language, e.g. "Церемония открытия в Ozge Epic."'),
  })
  .strict();

/**
 * The front matter of `content/cohorts/<id>/index.<locale>.mdx`: only translated fields; the
 * body is the translated story with the same components and ids as the original's.
 */
export const CohortTranslationSchema = z
  .object({
    title: TextSchema.optional().describe('The translated recap headline, e.g. "Программа лидерства для женщин в STEM, Астана, 2024".'),
    programme: TextSchema.optional().describe('The translated programme name, e.g. "Программа лидерства для женщин в STEM".'),
    summary: TextSchema.max(300, 'a summary of at most 300 characters').optional().describe('The translated summary (at most 300 characters), e.g. "Двухдневная программа в Астане для молодых женщин в STEM."'),
    initiative: TextSchema.optional().describe('The translated initiative, e.g. "региональная инициатива ПРООН".'),
    city: TextSchema.optional().describe('The city as written in this language, e.g. Астана.'),
    country: TextSchema.optional().describe('The country as written in this language, e.g. Қазақстан.'),
    regions: z.array(TextSchema).optional().describe('The regions as written in this language, in the same order as the original, e.g. [Кызылорда, Мангистау].'),
    highlights: z.array(HighlightTranslationSchema).optional().describe("The highlights translated, same number and order as the original's, e.g. one { title } (and description, where the original has one) per highlight. A section link follows the original's, to the translated story's ## heading at the same position (keep the same headings in the same order)."),
    photos: z.array(PhotoTranslationSchema).optional().describe("The photos' alt texts and captions translated, same number and order as the original's photos, e.g. one { alt, caption } per photo."),
    translatedFrom: LangSchema.default('en').describe('The language of the original it was translated from, e.g. en.'),
    translator: TranslatorSchema,
  })
  .strict();
export type CohortTranslation = z.infer<typeof CohortTranslationSchema>;

/** A quote's translation: its occasion, and optionally an unofficial translation of the words with who made it. */
export const QuoteTranslationsSchema = translationsOf({
  occasion: TextSchema.describe('Where it was said, in this language, e.g. "церемония открытия".'),
  text: TextSchema.describe('An UNOFFICIAL translation of the words, shown after the original and labelled as such, e.g. "Мы находимся в поворотный момент истории."'),
  translator: TranslatorSchema,
}).superRefine((translations, ctx) => {
  for (const [locale, fields] of Object.entries(translations ?? {})) {
    if (fields?.text !== undefined && fields.translator === undefined) {
      ctx.addIssue({ code: 'custom', path: [locale, 'translator'], message: 'who made the translation (translator), required with a translated text' });
    }
  }
});
