import { z } from 'astro/zod';
import { SourceSchema, TextSchema } from './common';
import { translationsOf } from './translations';

/** The description every kind shares, so the field reference and editor hover explain all four. */
const KIND = 'Which kind of figure: percentage (54%), range (8-15%), ratio (one in three) or count (2,345).';

const percent = (field: string) =>
  z
    .number({ error: `${field} as a number from 0 to 100` })
    .min(0, `a percentage from 0 to 100`)
    .max(100, `a percentage from 0 to 100`);

/** A share of a whole, e.g. `{ kind: percentage, value: 54 }` for 54%. */
export const PercentageValueSchema = z
  .object({
    kind: z.literal('percentage').describe(KIND),
    value: percent('value').describe('The percentage, a number from 0 to 100, e.g. 54.'),
  })
  .strict();

/** A count of people, applications or days: a whole number of at least 0. */
const count = (what: string) =>
  z.number({ error: `${what} as a whole number of at least 0` }).int('a whole number of at least 0 (a count has no fractions)').min(0, 'a whole number of at least 0');

/**
 * A span between two figures, e.g. `{ kind: range, min: 8, max: 15, unit: percent }` for 8-15%.
 * Percentages run from 0 to 100; counts are whole numbers of at least 0; min is below max.
 */
export const RangeValueSchema = z
  .object({
    kind: z.literal('range').describe(KIND),
    min: z.number({ error: 'the lower end as a number' }).describe('The lower end, e.g. 8: from 0 to 100 for percent, a whole number of at least 0 for count. Below max.'),
    max: z.number({ error: 'the upper end as a number' }).describe('The upper end, e.g. 15: from 0 to 100 for percent, a whole number of at least 0 for count. Above min.'),
    unit: z.enum(['percent', 'count'], { error: 'one of: percent, count' }).default('percent').describe('"percent" (8-15%) or "count" (8-15 people).'),
  })
  .strict()
  .superRefine(
    (range, ctx) => {
      if (range.min >= range.max) {
        ctx.addIssue({ code: 'custom', path: ['min'], message: `a minimum below the maximum (${range.max})` });
      }
      for (const key of ['min', 'max'] as const) {
        const value = range[key];
        if (range.unit === 'count' && (!Number.isInteger(value) || value < 0)) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'a whole number of at least 0 (a count has no fractions)' });
        } else if (range.unit !== 'count' && (value < 0 || value > 100)) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'a percentage from 0 to 100' });
        }
      }
    },
    // Check the figures even when another field of the value is wrong, so every problem is reported at once.
    { when: ({ value }) => typeof (value as { min?: unknown })?.min === 'number' && typeof (value as { max?: unknown })?.max === 'number' },
  );

/** "N in M", e.g. `{ kind: ratio, numerator: 1, denominator: 3 }` for one in three. */
export const RatioValueSchema = z
  .object({
    kind: z.literal('ratio').describe(KIND),
    numerator: count('the numerator').describe('How many, e.g. 1 for "one in three": a whole number of at least 0, not above the denominator.'),
    denominator: z
      .number({ error: 'the denominator as a whole number from 1 to 10' })
      .int('a whole number from 1 to 10')
      .min(1, 'a whole number from 1 to 10 (never 0)')
      .max(10, 'at most 10, so the pictogram stays readable')
      .describe('Out of how many, e.g. 3 for "one in three": a whole number from 1 to 10, not below the numerator.'),
  })
  .strict()
  .refine((ratio) => ratio.numerator <= ratio.denominator, {
    message: 'a numerator that is not above the denominator',
    path: ['numerator'],
  });

/** A plain count, e.g. `{ kind: count, value: 2345 }`: people, applications, days. */
export const CountValueSchema = z
  .object({
    kind: z.literal('count').describe(KIND),
    value: count('the figure').describe('The figure, e.g. 2345: a whole number of at least 0.'),
    unit: TextSchema.optional().describe('What is counted, shown after the figure, e.g. "applications".'),
  })
  .strict();

/** The value of a statistic: one of percentage, range, ratio or count. */
export const StatisticValueSchema = z
  .discriminatedUnion('kind', [PercentageValueSchema, RangeValueSchema, RatioValueSchema, CountValueSchema], {
    error: 'a value whose kind is one of: percentage, range, ratio, count',
  })
  .describe('The figure. kind is percentage (value), range (min, max, unit), ratio (numerator, denominator) or count (value, unit).');
export type StatisticValue = z.infer<typeof StatisticValueSchema>;

/**
 * A figure to compare the statistic with, drawn on its picture: e.g. `{ label: Parity, value: 50 }`,
 * the 50% line beside the 8-15% band. Its value is in the statistic's own unit (see valueRange).
 */
export const ReferenceSchema = z
  .object({
    label: TextSchema.describe('What the line stands for, shown beside it, e.g. "Parity".'),
    value: z
      .number({ error: 'the reference value as a number' })
      .describe(
        "Where the line is drawn, in the statistic's own unit: a percentage from 0 to 100 for a percentage or a percent range (e.g. 50), a whole number for a count, a number from 0 to the denominator for a ratio (e.g. 1.5 of 3).",
      ),
  })
  .strict()
  .describe('A figure to compare with, drawn as a line on the picture, e.g. { label: Parity, value: 50 } beside 8-15%.');
export type Reference = z.infer<typeof ReferenceSchema>;

/** The values a reference may take beside `value`, and how to say so. */
export function referenceRange(value: StatisticValue): { min: number; max: number; whole: boolean; expected: string } {
  switch (value.kind) {
    case 'percentage':
      return { min: 0, max: 100, whole: false, expected: 'a percentage from 0 to 100, like the figure' };
    case 'range':
      return value.unit === 'count'
        ? { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true, expected: 'a whole number of at least 0, like the range' }
        : { min: 0, max: 100, whole: false, expected: 'a percentage from 0 to 100, like the range' };
    case 'ratio':
      return { min: 0, max: value.denominator, whole: false, expected: `a number from 0 to the denominator (${value.denominator}), like the ratio` };
    case 'count':
      return { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true, expected: 'a whole number of at least 0, like the count' };
  }
}

/** A statistic, one file in `content/cohorts/<cohort>/statistics/<id>.yaml`; its id is the file name. */
export const StatisticSchema = z
  .object({
    /** The figure itself. */
    value: StatisticValueSchema,
    label: TextSchema.describe('What the figure measures, read after the number, e.g. "of citizens believe STEM careers are unsuitable for women".'),
    type: z
      .enum(['finding', 'target'], { error: 'one of: finding, target' })
      .default('finding')
      .describe('finding (how things are, e.g. a survey result: the default) or target (a goal to reach). The picture is coloured by it.'),
    /** Who published it and when. */
    source: SourceSchema,
    context: TextSchema.optional().describe('Optional background shown under the label, e.g. "The season\'s regional final concluded in Almaty on 12 May."'),
    reference: ReferenceSchema.optional(),
    translations: translationsOf({
      label: TextSchema.describe('The label in this language, e.g. "граждан считают, что карьера в STEM не подходит женщинам".'),
      context: TextSchema.describe('The context in this language, e.g. "Региональный финал сезона прошёл в Алматы 12 мая."'),
      source: z
        .object({
          publisher: TextSchema.optional().describe('Who published it, in this language, e.g. "ПРООН и «ООН-женщины»".'),
          title: TextSchema.optional().describe('What was published, in this language, e.g. "исследование".'),
        })
        .strict()
        .describe('The source in this language: publisher and title (the year and link stay the original\'s).'),
      reference: z
        .object({ label: TextSchema.describe('What the line stands for, in this language, e.g. "Паритет".') })
        .strict()
        .describe('The reference in this language: its label (the value stays the original\'s).'),
    }),
    featured: z.boolean().default(false).describe('true to show it among the key numbers on the home page.'),
  })
  .strict()
  .superRefine(
    (statistic, ctx) => {
      const reference = statistic.reference!;
      const range = referenceRange(statistic.value);
      if (reference.value < range.min || reference.value > range.max || (range.whole && !Number.isInteger(reference.value))) {
        ctx.addIssue({ code: 'custom', path: ['reference', 'value'], message: range.expected });
      }
    },
    // Only when the figure and the reference value are both readable, so each problem is reported once.
    {
      when: ({ value }) => {
        const v = value as { reference?: { value?: unknown }; value?: unknown };
        return typeof v?.reference?.value === 'number' && StatisticValueSchema.safeParse(v.value).success;
      },
    },
  );
export type Statistic = z.infer<typeof StatisticSchema>;
