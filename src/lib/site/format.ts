/**
 * Pure formatting helpers shared by pages, cards and tests. Each takes the reader's locale
 * (default English); dates and numbers come from Intl for Russian and Kazakh.
 */
import { count, formatNumberIn, INTL_LOCALE, t, type Locale } from '../../i18n/index';
import type { Organisation } from '../../schemas/organisation';
import type { Role } from '../../schemas/speaker';
import type { StatisticValue } from '../../schemas/statistic';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Intl formats by locale and options, made once per build. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Formatted ranges by locale and dates: ICU's formatRange cost 0.5 s of CPU in a 2,265-page build, for a few distinct ranges. */
const formattedRanges = new Map<string, string>();

/**
 * "11–12 December 2024", "30 November – 2 December 2024", "30 December 2024 – 2 January 2025";
 * "11–12 декабря 2024 г."; "11–12 желтоқсан 2024 ж.". Russian comes from Intl's formatRange
 * (CLDR's own pattern). Kazakh takes its day-and-month range from Intl and puts the year after
 * it, as Russian and English do: CLDR's Kazakh pattern leads with the year ("2024 ж. 11–12
 * желтоқсан"), which broke the date line's day-month-year order across the three languages.
 * English keeps the source's own "11–12 December 2024": en-GB's CLDR range spaces the dash
 * ("11 – 12 December 2024").
 */
export function formatDateRange(start: Date, end: Date, locale: Locale = 'en'): string {
  if (locale !== 'en') {
    const key = `${locale} ${start.getTime()} ${end.getTime()}`;
    let formatted = formattedRanges.get(key);
    if (formatted === undefined) {
      formatted = locale === 'kk' ? kazakhRange(start, end) : intlRange(locale, { year: 'numeric' }, start, end);
      formattedRanges.set(key, formatted);
    }
    return formatted;
  }
  const d = (x: Date) => x.getUTCDate();
  const m = (x: Date) => MONTHS[x.getUTCMonth()];
  const y = (x: Date) => x.getUTCFullYear();
  if (start.getTime() === end.getTime()) return `${d(start)} ${m(start)} ${y(start)}`;
  if (y(start) !== y(end)) return `${d(start)} ${m(start)} ${y(start)} – ${d(end)} ${m(end)} ${y(end)}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${d(start)} ${m(start)} – ${d(end)} ${m(end)} ${y(end)}`;
  return `${d(start)}–${d(end)} ${m(end)} ${y(end)}`;
}

function intlRange(locale: Locale, extra: Intl.DateTimeFormatOptions, start: Date, end: Date): string {
  const key = `${locale} ${Object.keys(extra).join()}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', timeZone: 'UTC', ...extra });
    dateFormats.set(key, format);
  }
  return start.getTime() === end.getTime() ? format.format(start) : format.formatRange(start, end);
}

/** "11–12 желтоқсан 2024 ж.", "30 қараша – 2 желтоқсан 2024 ж.", "30 желтоқсан 2024 ж. – 2 қаңтар 2025 ж.". */
function kazakhRange(start: Date, end: Date): string {
  const year = (x: Date) => `${x.getUTCFullYear()}\u202fж.`; // a narrow no-break space, as ICU writes "2024 г."
  if (start.getUTCFullYear() !== end.getUTCFullYear()) {
    return `${intlRange('kk', {}, start, start)} ${year(start)} – ${intlRange('kk', {}, end, end)} ${year(end)}`;
  }
  return `${intlRange('kk', {}, start, end)} ${year(end)}`;
}

/** "2024-12-11", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Number of calendar days from start to end inclusive: 11-12 December is 2. */
export function dayCount(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

/** "2,345" in English, as the source writes it; "2 345" (no-break space) in Russian and Kazakh. */
export function formatNumber(value: number, locale: Locale = 'en'): string {
  return formatNumberIn(locale, value);
}

/** "1999–2008", "since 2019", "с 2019 г.", or "" when a role has no years. */
export function formatYears(role: Pick<Role, 'from' | 'to'>, locale: Locale = 'en'): string {
  if (role.from !== undefined && role.to !== undefined) return role.from === role.to ? `${role.from}` : `${role.from}–${role.to}`;
  if (role.from !== undefined) return t(locale).speaker.since(String(role.from));
  if (role.to !== undefined) return t(locale).speaker.until(String(role.to));
  return '';
}

/**
 * A role as one line: the title, then the organisation unless the title already names it,
 * then the years. "Chair, Extractive Industries Transparency Initiative (EITI)";
 * "UNDP Administrator (2009–2017)".
 */
export function formatRole(role: Role, organisation?: Pick<Organisation, 'name' | 'shortName'>, locale: Locale = 'en'): string {
  let line = role.title;
  if (organisation) {
    const named = [organisation.name, organisation.shortName].some((n) => n !== undefined && role.title.includes(n));
    // The short name is added only when it is not already a word of the full name: "(EITI)" yes, "(Mazhilis)" no.
    const short = organisation.shortName && !organisation.name.includes(organisation.shortName) ? ` (${organisation.shortName})` : '';
    if (!named) line += `, ${organisation.name}${short}`;
  }
  const years = formatYears(role, locale);
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
  locale: Locale = 'en',
): string {
  const honorific = shownHonorific(speaker);
  const comparable = (text: string) => text.replace(/\.$/, '').toLocaleLowerCase('en');
  const repeated = honorific !== undefined && organisation !== undefined && comparable(role.title) === comparable(honorific);
  return formatRole(repeated ? { ...role, title: organisation.name } : role, organisation, locale);
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

/** The figure of a statistic as people say it: "54%", "8–15%", "1 in 3", "2,345"; "1 из 3", "3-тен 1". */
export function formatStatValue(value: StatisticValue, locale: Locale = 'en'): string {
  const n = (x: number) => formatNumber(x, locale);
  switch (value.kind) {
    case 'percentage':
      return `${n(value.value)}%`;
    case 'range':
      return `${n(value.min)}–${n(value.max)}${value.unit === 'percent' ? '%' : ''}`;
    case 'ratio':
      return t(locale).stat.ratio(value.numerator, value.denominator);
    case 'count':
      return n(value.value);
  }
}

/** A statistic's reference value written like its figure: "50%" beside 8–15%, "1,5 из 3" beside a ratio. */
export function formatReferenceValue(value: StatisticValue, reference: number, locale: Locale = 'en'): string {
  const n = formatNumber(reference, locale);
  if (value.kind === 'percentage' || (value.kind === 'range' && value.unit === 'percent')) return `${n}%`;
  // The dictionary's ratio only interpolates its figures, so the formatted one ("1,5") goes in as is.
  if (value.kind === 'ratio') return t(locale).stat.ratio(n as unknown as number, value.denominator);
  return n;
}

/** The figure in words for screen readers and alt text: "one in three", "8 to 15 percent", "54 процента". */
export function describeStatValue(value: StatisticValue, locale: Locale = 'en'): string {
  const n = (x: number) => formatNumber(x, locale);
  const { stat } = t(locale);
  switch (value.kind) {
    case 'percentage':
      return count(locale, stat.percent, value.value);
    case 'range':
      return stat.range(n(value.min), n(value.max), value.unit === 'percent');
    case 'ratio':
      return stat.ratioWords(value.numerator, value.denominator);
    case 'count':
      return `${n(value.value)}${value.unit ? ` ${value.unit}` : ''}`;
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
