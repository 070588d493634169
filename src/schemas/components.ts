import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common';

/**
 * Props of the components an editor places in a cohort story (`content/cohorts/<id>/index.mdx`)
 * without importing them. Strict, so a misspelt prop is reported rather than ignored.
 */

/** `<StatCallout id="stem-careers-unsuitable-for-women" />`: one statistic, drawn as a picture with its source. */
export const StatCalloutPropsSchema = z
  .object({
    id: IdSchema.describe('Id of a statistic: its file name in statistics/ without .yaml, e.g. "stem-careers-unsuitable-for-women".'),
  })
  .strict();

/** `<Quote id="clark-conversation-with-participants" />`: one quote, in context, with its deep-link anchor. */
export const QuotePropsSchema = z
  .object({
    id: IdSchema.describe('Id of a quote: its file name in quotes/ without .yaml, e.g. "clark-conversation-with-participants".'),
  })
  .strict();

/** `<SpeakerGallery />`: everyone quoted in this cohort; `heading` adds a title above the gallery. */
export const SpeakerGalleryPropsSchema = z
  .object({
    heading: TextSchema.optional().describe('An optional heading shown above the gallery, e.g. "Who spoke".'),
  })
  .strict();

/** Every component a story may use, by the tag name editors write. */
export const STORY_COMPONENTS = {
  StatCallout: StatCalloutPropsSchema,
  Quote: QuotePropsSchema,
  SpeakerGallery: SpeakerGalleryPropsSchema,
} as const;
export type StoryComponentName = keyof typeof STORY_COMPONENTS;
