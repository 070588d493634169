/**
 * The content schemas accept what editors are meant to write and reject every mistake design.md
 * lists, with a message naming the field, what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { CohortSchema } from '../../src/schemas/cohort';
import { QuotePropsSchema, SpeakerGalleryPropsSchema, StatCalloutPropsSchema } from '../../src/schemas/components';
import { OrganisationSchema } from '../../src/schemas/organisation';
import { QuoteSchema } from '../../src/schemas/quote';
import { SpeakerSchema } from '../../src/schemas/speaker';
import { StatisticSchema } from '../../src/schemas/statistic';
import { problemsOf } from './helpers';

const cohort = {
  title: 'Leadership Programme for Women in STEM, Astana 2024',
  programme: 'Leadership Programme for Women in STEM',
  startDate: new Date('2024-12-11'),
  endDate: new Date('2024-12-12'),
  city: 'Astana',
  country: 'Kazakhstan',
  venue: 'ozge-epic',
  regions: ['Kyzylorda', 'Mangystau'],
  participants: 12,
  organisers: ['undp-kazakhstan'],
  funders: ['government-of-japan'],
  summary: 'Twelve young women spent two days in Astana building leadership skills.',
  credits: [{ publisher: 'kazinform', citing: 'undp-kazakhstan', title: 'Empowering leaders of tomorrow' }],
  highlights: [{ title: 'Closing ceremony', description: 'The programme closed.', date: '2024-12-12' }],
};
const source = { publisher: 'UNDP and UN Women', year: 2024 };
const statistic = (value: unknown) => ({ value, label: 'of citizens believe STEM careers are unsuitable for women', source });

describe('CohortSchema', () => {
  it('accepts a complete cohort, with dates written as YAML dates or as text', () => {
    expect(problemsOf(CohortSchema, cohort)).toEqual([]);
    const parsed = CohortSchema.parse({ ...cohort, startDate: '2024-12-11' });
    expect(parsed.startDate.toISOString()).toBe('2024-12-11T00:00:00.000Z');
    expect(parsed.draft).toBe(false);
    expect(parsed.highlights[0]!.date).toEqual(new Date('2024-12-12T00:00:00Z'));
  });

  it('rejects an end date before the start date, naming the start date', () => {
    expect(problemsOf(CohortSchema, { ...cohort, endDate: new Date('2024-12-10') })).toMatchInlineSnapshot(`
      [
        "entry.yaml: endDate: expected an end date on or after the start date (2024-12-11), found 2024-12-10",
      ]
    `);
  });

  it('reports the end date even when other fields are wrong too, so every problem shows at once', () => {
    const { title: _, ...untitled } = cohort;
    expect(problemsOf(CohortSchema, { ...untitled, endDate: '2024-12-01', participants: '12' })).toMatchInlineSnapshot(`
      [
        "entry.yaml: title: expected text, found nothing (the field is missing)",
        "entry.yaml: participants: expected a whole number of at least 1, found "12"",
        "entry.yaml: endDate: expected an end date on or after the start date (2024-12-11), found "2024-12-01"",
      ]
    `);
  });

  it('rejects missing and wrong-typed fields, dates that are not dates, and unknown fields', () => {
    const { country: _, ...rest } = cohort;
    expect(
      problemsOf(CohortSchema, { ...rest, startDate: '11 December 2024', regions: 'Kyzylorda', participants: 12.5, sumary: 'typo' }),
    ).toMatchInlineSnapshot(`
      [
        "entry.yaml: startDate: expected a date written as YYYY-MM-DD, e.g. 2024-12-11, found "11 December 2024"",
        "entry.yaml: country: expected text, found nothing (the field is missing)",
        "entry.yaml: regions: expected a list, found "Kyzylorda"",
        "entry.yaml: participants: expected a whole number of at least 1 (a count has no fractions), found 12.5",
        "entry.yaml: sumary: expected only the fields title, programme, startDate, endDate, city, country, venue, regions, participants, organisers, funders, initiative, summary, credits, highlights, lang, formerIds, photos, draft (did you mean "summary"?), found an unknown field",
      ]
    `);
  });

  it('rejects ids that are not kebab-case and an empty organiser list', () => {
    expect(problemsOf(CohortSchema, { ...cohort, venue: 'Ozge Epic', organisers: [] })).toMatchInlineSnapshot(`
      [
        "entry.yaml: venue: expected an id in lowercase kebab-case, e.g. "helen-clark", found "Ozge Epic"",
        "entry.yaml: organisers: expected at least one organiser, found an empty list",
      ]
    `);
  });
});

describe('StatisticSchema', () => {
  it('accepts a percentage, a range, a ratio and a count', () => {
    expect(problemsOf(StatisticSchema, statistic({ kind: 'percentage', value: 54 }))).toEqual([]);
    expect(problemsOf(StatisticSchema, statistic({ kind: 'range', min: 8, max: 15 }))).toEqual([]);
    expect(problemsOf(StatisticSchema, statistic({ kind: 'ratio', numerator: 1, denominator: 3 }))).toEqual([]);
    expect(problemsOf(StatisticSchema, statistic({ kind: 'count', value: 2345, unit: 'applications' }))).toEqual([]);
    expect(StatisticSchema.parse(statistic({ kind: 'range', min: 8, max: 15 })).value).toEqual({ kind: 'range', min: 8, max: 15, unit: 'percent' });
  });

  it('rejects a percentage outside 0-100', () => {
    expect(problemsOf(StatisticSchema, statistic({ kind: 'percentage', value: 140 }))).toMatchInlineSnapshot(`
      [
        "entry.yaml: value.value: expected a percentage from 0 to 100, found 140",
      ]
    `);
    expect(problemsOf(StatisticSchema, statistic({ kind: 'percentage', value: -1 }))).toMatchInlineSnapshot(`
      [
        "entry.yaml: value.value: expected a percentage from 0 to 100, found -1",
      ]
    `);
  });

  it('rejects a range whose minimum exceeds its maximum, and a percent range above 100', () => {
    expect(problemsOf(StatisticSchema, statistic({ kind: 'range', min: 15, max: 8 }))).toMatchInlineSnapshot(`
      [
        "entry.yaml: value.min: expected a minimum below the maximum (8), found 15",
      ]
    `);
    expect(problemsOf(StatisticSchema, statistic({ kind: 'range', min: 80, max: 150 }))).toMatchInlineSnapshot(`
      [
        "entry.yaml: value.max: expected a percentage from 0 to 100, found 150",
      ]
    `);
    // A count range may go above 100.
    expect(problemsOf(StatisticSchema, statistic({ kind: 'range', min: 80, max: 150, unit: 'count' }))).toEqual([]);
  });

  it('rejects a ratio that cannot be drawn and a value of an unknown kind', () => {
    expect(problemsOf(StatisticSchema, statistic({ kind: 'ratio', numerator: 4, denominator: 3 }))).toMatchInlineSnapshot(`
      [
        "entry.yaml: value.numerator: expected a numerator that is not above the denominator, found 4",
      ]
    `);
    expect(problemsOf(StatisticSchema, statistic({ kind: 'ratio', numerator: 1, denominator: 12 }))).toMatchInlineSnapshot(`
      [
        "entry.yaml: value.denominator: expected at most 10, so the pictogram stays readable, found 12",
      ]
    `);
    expect(problemsOf(StatisticSchema, statistic({ kind: 'percent', value: 54 }))).toMatchInlineSnapshot(`
      [
        "entry.yaml: value.kind: expected a value whose kind is one of: percentage, range, ratio, count, found "percent"",
      ]
    `);
  });

  it('is a finding unless it says target, and refuses any other type', () => {
    expect(StatisticSchema.parse(statistic({ kind: 'percentage', value: 54 })).type).toBe('finding');
    expect(StatisticSchema.parse({ ...statistic({ kind: 'percentage', value: 50 }), type: 'target' }).type).toBe('target');
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'percentage', value: 54 }), type: 'goal' })).toMatchInlineSnapshot(`
      [
        "entry.yaml: type: expected one of: finding, target, found "goal"",
      ]
    `);
  });

  it('takes a reference in the figure\'s own unit and range, with a label translatable like the other fields', () => {
    const parity = { label: 'Parity', value: 50 };
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'range', min: 8, max: 15 }), reference: parity })).toEqual([]);
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'ratio', numerator: 1, denominator: 3 }), reference: { label: 'Half', value: 1.5 } })).toEqual([]);
    expect(
      problemsOf(StatisticSchema, {
        ...statistic({ kind: 'range', min: 8, max: 15 }),
        reference: parity,
        translations: { ru: { reference: { label: 'Паритет' }, source: { publisher: 'ПРООН', title: 'исследование' } } },
      }),
    ).toEqual([]);
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'range', min: 8, max: 15 }), reference: { label: 'Parity', value: 150 } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: reference.value: expected a percentage from 0 to 100, like the range, found 150",
      ]
    `);
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'ratio', numerator: 1, denominator: 3 }), reference: { label: 'Half', value: 4 } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: reference.value: expected a number from 0 to the denominator (3), like the ratio, found 4",
      ]
    `);
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'count', value: 2345 }), reference: { label: 'Last year', value: 1200.5 } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: reference.value: expected a whole number of at least 0, like the count, found 1200.5",
      ]
    `);
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'percentage', value: 54 }), reference: { value: 50 } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: reference.label: expected text, found nothing (the field is missing)",
      ]
    `);
    // The year and value stay the original's: a translation may not change them.
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'percentage', value: 54 }), translations: { kk: { source: { year: 2025 } } } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: translations.kk.source.year: expected only the fields publisher, title, found an unknown field",
      ]
    `);
  });

  it('requires a source with a publisher and a numeric year', () => {
    expect(problemsOf(StatisticSchema, { ...statistic({ kind: 'percentage', value: 54 }), source: { year: '2024' } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: source.publisher: expected text, found nothing (the field is missing)",
        "entry.yaml: source.year: expected a year as a number, e.g. 2024, found "2024"",
      ]
    `);
  });
});

describe('SpeakerSchema', () => {
  const speaker = {
    name: 'Helen Clark',
    honorific: 'Ms.',
    roles: [
      { title: 'Chair', organisation: 'eiti' },
      { title: 'former Prime Minister of New Zealand', from: 1999, to: 2008 },
      { title: 'UNDP Administrator', organisation: 'undp', from: 2009, to: 2017 },
    ],
  };

  it('accepts several roles with and without years, and a name without a first name', () => {
    expect(problemsOf(SpeakerSchema, speaker)).toEqual([]);
    expect(problemsOf(SpeakerSchema, { name: 'Suleimenova', honorific: 'MP', roles: [{ title: 'MP', organisation: 'mazhilis' }] })).toEqual([]);
    expect(problemsOf(SpeakerSchema, { ...speaker, portrait: { src: './portraits/helen-clark.jpg', alt: 'Helen Clark at a podium' } })).toEqual([]);
  });

  it('rejects a portrait without alt text', () => {
    expect(problemsOf(SpeakerSchema, { ...speaker, portrait: { src: './portraits/helen-clark.jpg' } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: portrait.alt: expected text, found nothing (the field is missing)",
      ]
    `);
    expect(problemsOf(SpeakerSchema, { ...speaker, portrait: { src: './portraits/helen-clark.jpg', alt: '   ' } })).toMatchInlineSnapshot(`
      [
        "entry.yaml: portrait.alt: expected text that is not empty, found "   "",
      ]
    `);
  });

  it('rejects a role that ends before it starts, and no roles at all', () => {
    expect(problemsOf(SpeakerSchema, { ...speaker, roles: [{ title: 'UNDP Administrator', from: 2017, to: 2009 }] })).toMatchInlineSnapshot(`
      [
        "entry.yaml: roles[0].to: expected a first year ("from") that is not after the last year ("to"), found 2009",
      ]
    `);
    expect(problemsOf(SpeakerSchema, { name: 'Helen Clark', roles: [] })).toMatchInlineSnapshot(`
      [
        "entry.yaml: roles: expected at least one role, found an empty list",
      ]
    `);
  });

  it('names a misspelt field and suggests the right one', () => {
    expect(problemsOf(SpeakerSchema, { ...speaker, roles: [{ titel: 'Chair' }] })).toMatchInlineSnapshot(`
      [
        "entry.yaml: roles[0].title: expected text, found nothing (the field is missing)",
        "entry.yaml: roles[0].titel: expected only the fields title, organisation, from, to (did you mean "title"?), found an unknown field",
      ]
    `);
  });
});

describe('QuoteSchema and OrganisationSchema', () => {
  it('accept what the content holds', () => {
    expect(problemsOf(QuoteSchema, { speaker: 'helen-clark', occasion: 'opening ceremony', text: 'We are at a pivotal moment.' })).toEqual([]);
    expect(problemsOf(OrganisationSchema, { name: 'UNDP Kazakhstan', kind: 'organiser', url: 'https://www.undp.org/kazakhstan' })).toEqual([]);
  });

  it('accept a quote place that is an organisation id or false, and nothing else', () => {
    const quote = { speaker: 'suleimenova', occasion: 'visit to the Mazhilis', text: 'Kazakhstan has made notable progress.' };
    expect(problemsOf(QuoteSchema, { ...quote, place: 'mazhilis' })).toEqual([]);
    expect(problemsOf(QuoteSchema, { ...quote, place: false })).toEqual([]);
    expect(problemsOf(QuoteSchema, { ...quote, place: true })).toEqual(['entry.yaml: place: expected the id of an organisation, e.g. "mazhilis", or false, found true']);
    expect(problemsOf(QuoteSchema, { ...quote, place: 'The Mazhilis' })).toHaveLength(1);
  });

  it('reject a missing speaker, empty text and a kind or URL that is not allowed', () => {
    expect(problemsOf(QuoteSchema, { occasion: 'opening ceremony', text: '  ', featured: 'yes' })).toMatchInlineSnapshot(`
      [
        "entry.yaml: speaker: expected an id in lowercase kebab-case, e.g. "helen-clark", found nothing (the field is missing)",
        "entry.yaml: text: expected text that is not empty, found "  "",
        "entry.yaml: featured: expected true or false, found "yes"",
      ]
    `);
    expect(problemsOf(OrganisationSchema, { name: 'UNDP Kazakhstan', kind: 'sponsor', url: 'www.undp.org' })).toMatchInlineSnapshot(`
      [
        "entry.yaml: kind: expected one of: organiser, funder, partner, venue, source, affiliation, found "sponsor"",
        "entry.yaml: url: expected a full web address starting with https://, found "www.undp.org"",
      ]
    `);
  });
});

describe('story component props', () => {
  it('accept an id, and a gallery with or without a heading', () => {
    expect(problemsOf(StatCalloutPropsSchema, { id: 'women-in-engineering-programmes' })).toEqual([]);
    expect(problemsOf(QuotePropsSchema, { id: 'clark-conversation-with-participants' })).toEqual([]);
    expect(problemsOf(SpeakerGalleryPropsSchema, {})).toEqual([]);
    expect(problemsOf(SpeakerGalleryPropsSchema, { heading: 'Who spoke' })).toEqual([]);
  });

  it('reject a missing id and an unknown prop', () => {
    expect(problemsOf(QuotePropsSchema, { quote: 'clark' })).toMatchInlineSnapshot(`
      [
        "entry.yaml: id: expected an id in lowercase kebab-case, e.g. "helen-clark", found nothing (the field is missing)",
        "entry.yaml: quote: expected only the fields id, found an unknown field",
      ]
    `);
  });
});
