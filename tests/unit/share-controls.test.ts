/**
 * Share controls: plain links with the text and permalink filled in, buttons that stay hidden
 * until the script finds the APIs they need, a permalink to copy by hand without JavaScript,
 * and a polite live region for the result.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ShareControls from '../../src/components/share/ShareControls.astro';
import { quoteShareText, shareLinks } from '../../src/lib/sharing/share-links';

const target = {
  url: 'https://recap.example.org/quotes/clark-conversation-with-participants/',
  text: '“Women must have equal access to these fields” — Helen Clark',
  title: 'Helen Clark: “Women must have equal access…”',
};

describe('shareLinks', () => {
  const links = shareLinks(target);
  const byId = Object.fromEntries(links.map((l) => [l.id, new URL(l.href)]));

  it('offers Telegram, WhatsApp, LinkedIn, X and e-mail, in that order', () => {
    expect(links.map((l) => l.name)).toEqual(['Telegram', 'WhatsApp', 'LinkedIn', 'X', 'E-mail']);
  });

  it('fills in the permalink and the text, encoded, on https share URLs', () => {
    expect(byId.telegram!.origin).toBe('https://t.me');
    expect(byId.telegram!.searchParams.get('url')).toBe(target.url);
    expect(byId.telegram!.searchParams.get('text')).toBe(target.text);
    expect(byId.whatsapp!.searchParams.get('text')).toBe(`${target.text}\n${target.url}`);
    expect(byId.linkedin!.searchParams.get('url')).toBe(target.url);
    expect(byId.x!.searchParams.get('text')).toBe(target.text);
    expect(byId.x!.searchParams.get('url')).toBe(target.url);
    for (const id of ['telegram', 'whatsapp', 'linkedin', 'x']) expect(byId[id]!.protocol).toBe('https:');
  });

  it('writes an e-mail with the title as subject and text plus link as body', () => {
    expect(byId.email!.protocol).toBe('mailto:');
    expect(byId.email!.searchParams.get('subject')).toBe(target.title);
    expect(byId.email!.searchParams.get('body')).toBe(`${target.text}\n\n${target.url}`);
  });

  it('shares a long quote shortened at a word boundary, with its speaker', () => {
    const text = quoteShareText({ text: 'word '.repeat(100).trim(), speaker: { displayName: 'Helen Clark' } });
    expect(text).toMatch(/^“(word )+word…” — Helen Clark$/);
    expect(text.length).toBeLessThan(200);
  });
});

describe('ShareControls', () => {
  let html: string;
  beforeAll(async () => {
    const container = await AstroContainer.create();
    html = await container.renderToString(ShareControls, { props: { ...target, label: 'this quote by Helen Clark' } });
  });

  it('is a labelled group', () => {
    expect(html).toMatch(/role="group"[^>]*aria-label="Share this quote by Helen Clark"/);
  });

  it('renders Copy link and Share as buttons hidden until the script enables them', () => {
    expect(html).toMatch(/<button type="button" data-share-copy hidden/);
    expect(html).toMatch(/<button type="button" data-share-native hidden/);
    expect(html).toContain('Copy link');
  });

  it('shows the permalink in a visible read-only field for copying without JavaScript', () => {
    expect(html).toMatch(/<label data-share-field(?![^>]*hidden)/);
    expect(html).toMatch(new RegExp(`<input type="text" readonly value="${target.url.replace(/[/.]/g, '\\$&')}"`));
  });

  it('announces results in a polite live region', () => {
    expect(html).toMatch(/data-share-status role="status" aria-live="polite"/);
  });

  it('links to each service, opening other sites in a new tab and saying so', () => {
    for (const link of shareLinks(target)) expect(html).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`);
    expect(html.match(/target="_blank" rel="noopener noreferrer"/g)).toHaveLength(4);
    expect(html.match(/\(opens in a new tab\)/g)).toHaveLength(4);
  });

  it('loads no third-party script', () => {
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });
});
