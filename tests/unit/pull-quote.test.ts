import { describe, expect, it } from 'vitest';
import { pullQuote, sentences } from '../../src/lib/site/format';
import { QuoteSchema } from '../../src/schemas/quote';

const text = 'We are at a pivotal moment. This is not just a technological issue but a profound gender\n  equality issue. Women must have equal access.';

describe('pull quotes', () => {
  it('splits whole sentences', () => {
    expect(sentences(text)).toEqual(['We are at a pivotal moment.', 'This is not just a technological issue but a profound gender equality issue.', 'Women must have equal access.']);
    expect(sentences('Ұлттық жоспар бар. Әйелдер көшбасшы!')).toEqual(['Ұлттық жоспар бар.', 'Әйелдер көшбасшы!']);
  });
  it('lifts the highlight, else the first sentence, never the whole quote', () => {
    expect(pullQuote(text, 'a profound gender equality issue.')).toBe('a profound gender equality issue.');
    expect(pullQuote(text)).toBe('We are at a pivotal moment.');
    expect(pullQuote('One sentence only.')).toBeUndefined();
  });
  it('accepts a highlight that occurs in the text, across folded lines', () => {
    const ok = QuoteSchema.safeParse({ speaker: 'helen-clark', occasion: 'opening', text, highlight: 'profound gender equality issue' });
    expect(ok.success).toBe(true);
  });
  it('refuses a highlight that is not in the text, naming the field', () => {
    const bad = QuoteSchema.safeParse({ speaker: 'helen-clark', occasion: 'opening', text, highlight: 'a deep gender equality issue' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['highlight']);
    expect(bad.error?.issues[0]?.message).toMatch(/exact excerpt of text/);
  });
});
