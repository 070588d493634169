/** Components placed in MDX stories fail with a message naming the component, the file and the prop. */
import { describe, expect, it } from 'vitest';
import { ComponentPropsError, componentPropError, parseComponentProps } from '../../src/lib/content/component-props';
import { IdSchema } from '../../src/schemas/common';
import { QuotePropsSchema, SpeakerGalleryPropsSchema, StatCalloutPropsSchema } from '../../src/schemas/components';

const file = 'content/cohorts/2024-astana/index.mdx';

describe('parseComponentProps', () => {
  it('returns the parsed props when they are right', () => {
    expect(parseComponentProps('Quote', QuotePropsSchema, { id: 'tomohiro-closing-ceremony' }, { file })).toEqual({ id: 'tomohiro-closing-ceremony' });
    expect(parseComponentProps('SpeakerGallery', SpeakerGalleryPropsSchema, {})).toEqual({});
  });

  it('names the component, the file, the prop, what was expected and what was found', () => {
    const quoteIds = ['wawiernia-opening-ceremony', 'tomohiro-closing-ceremony'];
    const schema = QuotePropsSchema.extend({ id: IdSchema.refine((id) => quoteIds.includes(id), { message: 'the id of a quote in this site' }) });
    expect(() => parseComponentProps('Quote', schema, { id: 'nope' }, { file })).toThrowErrorMatchingInlineSnapshot(`[ComponentPropsError: <Quote> in content/cohorts/2024-astana/index.mdx: prop "id": expected the id of a quote in this site, found "nope"]`);
  });

  it('reports every wrong prop at once, one per line, and works without a file', () => {
    expect(() => parseComponentProps('StatCallout', StatCalloutPropsSchema, { id: 'Women In STEM', size: 'large' })).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: <StatCallout>: prop "id": expected an id in lowercase kebab-case, e.g. "helen-clark", found "Women In STEM"
      <StatCallout>: prop "size": expected only the props id, found an unknown prop]
    `);
  });

  it('throws a ComponentPropsError, also for problems found after parsing', () => {
    expect(() => parseComponentProps('Quote', QuotePropsSchema, {})).toThrow(ComponentPropsError);
    expect(componentPropError('StatCallout', 'id', 'the id of a statistic in this site', 'nope', { file }).message).toMatchInlineSnapshot(`"<StatCallout> in content/cohorts/2024-astana/index.mdx: prop "id": expected the id of a statistic in this site, found "nope""`);
  });
});
