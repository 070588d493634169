/** Pure formatting helpers shared by pages, cards and tests. */
import type { Organisation } from '../../schemas/organisation';
import type { Role } from '../../schemas/speaker';
import type { StatisticValue } from '../../schemas/statistic';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "11–12 December 2024", "30 November – 2 December 2024", "30 December 2024 – 2 January 2025". */
export function formatDateRange(start: Date, end: Date): string {
  const d = (x: Date) => x.getUTCDate();
  const m = (x: Date) => MONTHS[x.getUTCMonth()];
  const y = (x: Date) => x.getUTCFullYear();
  if (start.getTime() === end.getTime()) return `${d(start)} ${m(start)} ${y(start)}`;
  if (y(start) !== y(end)) return `${d(start)} ${m(start)} ${y(start)} – ${d(end)} ${m(end)} ${y(end)}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${d(start)} ${m(start)} – ${d(end)} ${m(end)} ${y(end)}`;
  return `${d(start)}–${d(end)} ${m(end)} ${y(end)}`;
}

/** "2024-12-11", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Number of calendar days from start to end inclusive: 11-12 December is 2. */
export function dayCount(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

/** "2,345" — thousands separated with commas, as the source writes them. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB');
}

/** "1999–2008", "since 2019", or "" when a role has no years. */
export function formatYears(role: Pick<Role, 'from' | 'to'>): string {
  if (role.from !== undefined && role.to !== undefined) return role.from === role.to ? `${role.from}` : `${role.from}–${role.to}`;
  if (role.from !== undefined) return `since ${role.from}`;
  if (role.to !== undefined) return `until ${role.to}`;
  return '';
}

/**
 * A role as one line: the title, then the organisation unless the title already names it,
 * then the years. "Chair, Extractive Industries Transparency Initiative (EITI)";
 * "UNDP Administrator (2009–2017)".
 */
export function formatRole(role: Role, organisation?: Pick<Organisation, 'name' | 'shortName'>): string {
  let line = role.title;
  if (organisation) {
    const named = [organisation.name, organisation.shortName].some((n) => n !== undefined && role.title.includes(n));
    // The short name is added only when it is not already a word of the full name: "(EITI)" yes, "(Mazhilis)" no.
    const short = organisation.shortName && !organisation.name.includes(organisation.shortName) ? ` (${organisation.shortName})` : '';
    if (!named) line += `, ${organisation.name}${short}`;
  }
  const years = formatYears(role);
  return years ? `${line} (${years})` : line;
}

/**
 * A role as shown under the speaker's displayed name: as formatRole, except that a title the
 * name already carries as its honorific ("MP" in "MP Suleimenova") gives way to the
 * organisation, so the title is not said twice: "Mazhilis of the Parliament of the Republic of
 * Kazakhstan", not "MP, Mazhilis ...". Without an organisation the title stays.
 */
export function formatRoleBesideName(
  role: Role,
  organisation: Pick<Organisation, 'name' | 'shortName'> | undefined,
  speaker: { name: string; honorific?: string },
): string {
  const honorific = shownHonorific(speaker);
  const comparable = (text: string) => text.replace(/\.$/, '').toLocaleLowerCase('en');
  const repeated = honorific !== undefined && organisation !== undefined && comparable(role.title) === comparable(honorific);
  return formatRole(repeated ? { ...role, title: organisation.name } : role, organisation);
}

/** "MP Suleimenova", "Helen Clark": the name with the honorific only where it replaces a first name. */
export function displayName(speaker: { name: string; honorific?: string }): string {
  return shownHonorific(speaker) ? `${speaker.honorific} ${speaker.name}` : speaker.name;
}

/** The honorific displayName puts before the name ("MP" for Suleimenova), or undefined. */
export function shownHonorific(speaker: { name: string; honorific?: string }): string | undefined {
  return speaker.honorific && !speaker.name.includes(' ') ? speaker.honorific : undefined;
}

/** Up to two initials for a monogram: "Helen Clark" -> "HC", "Suleimenova" -> "S". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)!] : words;
  return letters.map((w) => w[0]!.toLocaleUpperCase()).join('');
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The figure of a statistic as people say it: "54%", "8–15%", "1 in 3", "2,345". */
export function formatStatValue(value: StatisticValue): string {
  switch (value.kind) {
    case 'percentage':
      return `${formatNumber(value.value)}%`;
    case 'range':
      return `${formatNumber(value.min)}–${formatNumber(value.max)}${value.unit === 'percent' ? '%' : ''}`;
    case 'ratio':
      return `${value.numerator} in ${value.denominator}`;
    case 'count':
      return formatNumber(value.value);
  }
}

/** The figure in words for screen readers and alt text: "one in three", "8 to 15 percent". */
export function describeStatValue(value: StatisticValue): string {
  switch (value.kind) {
    case 'percentage':
      return `${formatNumber(value.value)} percent`;
    case 'range':
      return `${formatNumber(value.min)} to ${formatNumber(value.max)}${value.unit === 'percent' ? ' percent' : ''}`;
    case 'ratio':
      return `${WORDS[value.numerator] ?? value.numerator} in ${WORDS[value.denominator] ?? value.denominator}`;
    case 'count':
      return `${formatNumber(value.value)}${value.unit ? ` ${value.unit}` : ''}`;
  }
}

/** A source as one line: "UNDP and UN Women, study, 2024". */
export function formatSource(source: { publisher: string; year: number; title?: string }): string {
  return [source.publisher, source.title, String(source.year)].filter(Boolean).join(', ');
}

/** A quote's paragraphs: editors separate them with a blank line in the YAML text. */
export function quoteParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/);
}

/** The sentences of a text, whitespace collapsed: "A. B? C" gives ["A.", "B?", "C"]. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])\s+(?=[«“"(\p{Lu}\p{N}])/u)
    .filter(Boolean);
}

/**
 * The line a quote lifts out as its pull quote: the editor's `highlight`, else the first
 * sentence. Undefined when that would be the whole quote (nothing to lift out of it).
 */
export function pullQuote(text: string, highlight?: string): string | undefined {
  const whole = text.replace(/\s+/g, ' ').trim();
  const line = (highlight ?? sentences(whole)[0] ?? '').replace(/\s+/g, ' ').trim();
  return line && line !== whole ? line : undefined;
}

/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut.
 * For descriptions and cards: "Women are underrepresented in STEM not only…".
 */
export function truncateAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
