/**
 * Share links for one page, as plain https (and mailto:) URLs with the text and link filled in.
 * Each is an ordinary link: no third-party script, nothing loaded until a reader clicks.
 */
import { truncateAtWord } from '../site/format';
import { t, type Locale } from '../../i18n/index';

/** What is shared: the permalink (absolute), a line of text, and a title (e-mail subject). */
export interface ShareTarget {
  url: string;
  text: string;
  title: string;
}

/** One share destination. */
export interface ShareLink {
  /** Stable key, e.g. "telegram". */
  id: 'telegram' | 'whatsapp' | 'linkedin' | 'x' | 'email';
  /** The name people know it by, e.g. "Telegram". */
  name: string;
  href: string;
  /** Whether it opens another site (new tab), as opposed to the mail program. */
  external: boolean;
}

const q = encodeURIComponent;

/** Telegram, WhatsApp, LinkedIn, X and e-mail, in that order, for `target`; `email` names the last in the reader's language. */
export function shareLinks(target: ShareTarget, email = 'E-mail'): ShareLink[] {
  const { url, text, title } = target;
  return [
    { id: 'telegram', name: 'Telegram', href: `https://t.me/share/url?url=${q(url)}&text=${q(text)}`, external: true },
    { id: 'whatsapp', name: 'WhatsApp', href: `https://wa.me/?text=${q(`${text}\n${url}`)}`, external: true },
    // LinkedIn reads the text from the page's own og: tags; it takes only the URL.
    { id: 'linkedin', name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`, external: true },
    { id: 'x', name: 'X', href: `https://x.com/intent/post?text=${q(text)}&url=${q(url)}`, external: true },
    { id: 'email', name: email, href: `mailto:?subject=${q(title)}&body=${q(`${text}\n\n${url}`)}`, external: false },
  ];
}

/**
 * The line shared with a quote: `“Women are underrepresented in STEM…” — Katarzyna Wawiernia`,
 * in the reader's quotation marks («…» in Russian and Kazakh). Always the original words: a
 * share text carries no translation, which could not bear its "unofficial" label in a chat.
 * Short enough for X (280 characters with the link) and a chat preview.
 */
export function quoteShareText(quote: { text: string; speaker: { displayName: string } }, locale: Locale = 'en'): string {
  const [open, close] = t(locale).quoteMarks;
  return `${open}${truncateAtWord(quote.text, 180)}${close} — ${quote.speaker.displayName}`;
}
