/**
 * Translations in the content checker (`npm run check` and the build's content check):
 * - problems: a translated story (content/cohorts/<id>/index.<locale>.mdx) with no original
 *   beside it, in the original's own language, or whose highlights/regions do not line up with
 *   the original's; a speaker's translated roles that do not line up with `roles`;
 * - coverage: per cohort and locale, which fields are translated and which are still shown in
 *   the original language. Missing translations are not problems: the site shows the original.
 * Pure: it works on the entries check.ts has already read and validated.
 */
import { isLocale, LOCALES, type Locale } from '../../i18n/locales';
import type { ContentProblem } from './problems';
import { cohortIdFromPath } from './layout';

/** An entry as the checker read it; `data` is undefined when it failed its schema. */
export interface CheckedEntry {
  kind: 'cohorts' | 'quotes' | 'statistics' | 'speakers' | 'organisations';
  /** Shown path, e.g. "content/cohorts/2024-astana/quotes/x.yaml". */
  file: string;
  id: string;
  data: unknown;
}

/** A translated story as the checker read it. */
export interface TranslatedStory {
  file: string;
  cohort: string;
  locale: string;
  data: unknown;
}

/** One cohort in one language: how much of what it shows is translated. */
export interface CoverageRow {
  cohort: string;
  locale: Locale;
  /** Translatable texts the cohort's pages show (fields of the cohort and of the entries it uses). */
  total: number;
  translated: number;
  /** What is still shown in the original, e.g. "statistics/x.yaml: context". */
  missing: string[];
}

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (value !== null && typeof value === 'object' ? (value as Obj) : {});
const langOf = (data: unknown): Locale => {
  const lang = obj(data).lang;
  return isLocale(lang) ? lang : 'en';
};
const translationsOf = (data: unknown, locale: Locale): Obj => obj(obj(obj(data).translations)[locale]);
const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);

export function checkTranslations(entries: readonly CheckedEntry[], stories: readonly TranslatedStory[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cohorts = new Map(entries.filter((e) => e.kind === 'cohorts').map((e) => [e.id, e]));
  for (const story of stories) {
    const original = cohorts.get(story.cohort);
    if (!original) {
      problems.push({ file: story.file, field: '(file location)', expected: "a translation beside its cohort's index.mdx", found: 'no index.mdx in this folder' });
      continue;
    }
    if (!original.data || !story.data) continue;
    const lang = langOf(original.data);
    if (story.locale === lang) {
      problems.push({ file: story.file, field: '(file name)', expected: `a translation into another language than the original's (${lang})`, found: `index.${story.locale}.mdx` });
    }
    const t = obj(story.data);
    const o = obj(original.data);
    if (t.translatedFrom !== undefined && t.translatedFrom !== lang) {
      problems.push({ file: story.file, field: 'translatedFrom', expected: `the language of the original index.mdx, "${lang}"`, found: JSON.stringify(t.translatedFrom) });
    }
    for (const field of ['highlights', 'regions', 'photos'] as const) {
      if (t[field] !== undefined && length(t[field]) !== length(o[field])) {
        problems.push({
          file: story.file,
          field,
          expected: `the same number of ${field} as the original index.mdx (${length(o[field])}), in the same order`,
          found: `${length(t[field])}`,
        });
      }
    }
  }
  for (const speaker of entries.filter((e) => e.kind === 'speakers' && e.data)) {
    const roles = length(obj(speaker.data).roles);
    for (const locale of LOCALES) {
      const translated = translationsOf(speaker.data, locale).roles;
      if (translated !== undefined && length(translated) !== roles) {
        problems.push({
          file: speaker.file,
          field: `translations.${locale}.roles`,
          expected: `one translated role per role, in the same order (${roles})`,
          found: `${length(translated)}`,
        });
      }
    }
  }
  return problems;
}

/** Per published cohort and per locale other than its own: what is translated and what is not. */
export function translationCoverage(entries: readonly CheckedEntry[], stories: readonly TranslatedStory[]): CoverageRow[] {
  const byKind = (kind: CheckedEntry['kind']) => entries.filter((e) => e.kind === kind && e.data);
  const speakers = new Map(byKind('speakers').map((e) => [e.id, e]));
  const organisations = new Map(byKind('organisations').map((e) => [e.id, e]));
  // Each entry filed once under its cohort (the checker's cohortIdFromPath), and each story under
  // its cohort and locale: looking them up per cohort is then linear in the content, where
  // filtering every entry for every cohort grew with the square of it (0.19 s at 200 cohorts).
  const filed = new Map<string, CheckedEntry[]>();
  for (const entry of entries) {
    const cohort = entry.data ? cohortIdFromPath(entry.file) : undefined;
    if (cohort === undefined) continue;
    const key = `${entry.kind}\0${cohort}`;
    if (!filed.has(key)) filed.set(key, []);
    filed.get(key)!.push(entry);
  }
  const inCohort = (kind: CheckedEntry['kind'], cohort: string) => filed.get(`${kind}\0${cohort}`) ?? [];
  const storyOf = new Map<string, TranslatedStory>();
  for (const story of stories) {
    const key = `${story.cohort}\0${story.locale}`;
    if (story.data && !storyOf.has(key)) storyOf.set(key, story);
  }
  const short = (file: string, cohort: string) => file.replace(/^.*\/cohorts\/[^/]+\//, '').replace(/^.*\/(speakers|organisations)\//, '$1/') || cohort;
  const rows: CoverageRow[] = [];

  for (const cohort of byKind('cohorts')) {
    const data = obj(cohort.data);
    if (data.draft === true) continue;
    const lang = langOf(data);
    for (const locale of LOCALES) {
      if (locale === lang) continue;
      let total = 0;
      const missing: string[] = [];
      const count = (translated: boolean, what: string) => {
        total++;
        if (!translated) missing.push(what);
      };
      const story = storyOf.get(`${cohort.id}\0${locale}`);
      const storyFile = `index.${locale}.mdx`;
      count(story !== undefined, `${storyFile}: story`);
      for (const field of ['title', 'programme', 'summary', 'initiative', 'city', 'country', 'regions', 'highlights']) {
        if (data[field] === undefined || (Array.isArray(data[field]) && length(data[field]) === 0)) continue;
        count(story !== undefined && obj(story.data)[field] !== undefined, `${storyFile}: ${field}`);
      }
      // Each photo's alt text and caption, by position.
      ((data.photos as Obj[] | undefined) ?? []).forEach((photo, i) => {
        const translated = obj(((obj(story?.data).photos as unknown[] | undefined) ?? [])[i]);
        for (const field of ['alt', 'caption']) {
          if (photo[field] === undefined) continue;
          count(translated[field] !== undefined, `${storyFile}: photos[${i}].${field}`);
        }
      });
      for (const stat of inCohort('statistics', cohort.id)) {
        for (const field of ['label', 'context', 'source', 'reference']) {
          if (obj(stat.data)[field] === undefined) continue;
          count(translationsOf(stat.data, locale)[field] !== undefined, `${short(stat.file, cohort.id)}: ${field}`);
        }
      }
      const quoted = new Set<string>();
      for (const quote of inCohort('quotes', cohort.id)) {
        count(translationsOf(quote.data, locale).occasion !== undefined, `${short(quote.file, cohort.id)}: occasion`);
        quoted.add(String(obj(quote.data).speaker));
      }
      const orgIds = new Set<string>();
      for (const id of [data.venue, ...(data.organisers as unknown[] ?? []), ...(data.funders as unknown[] ?? []), ...((data.credits as Obj[] | undefined) ?? []).flatMap((c) => [c.publisher, c.citing])]) {
        if (typeof id === 'string') orgIds.add(id);
      }
      for (const id of quoted) {
        const speaker = speakers.get(id);
        if (!speaker) continue;
        count(translationsOf(speaker.data, locale).roles !== undefined, `${short(speaker.file, cohort.id)}: roles`);
        for (const role of (obj(speaker.data).roles as Obj[] | undefined) ?? []) if (typeof role.organisation === 'string') orgIds.add(role.organisation);
      }
      for (const id of [...orgIds].sort()) {
        const org = organisations.get(id);
        if (!org) continue;
        count(translationsOf(org.data, locale).name !== undefined, `${short(org.file, cohort.id)}: name`);
      }
      rows.push({ cohort: cohort.id, locale, total, translated: total - missing.length, missing });
    }
  }
  return rows.sort((a, b) => a.cohort.localeCompare(b.cohort) || LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
}

/**
 * The coverage report `npm run check` prints, e.g.
 * "Translations (missing ones are shown in the original language):
 *    2024-astana  ru  27 of 27 translated
 *    2024-astana  kk  25 of 27 translated; missing: statistics/x.yaml: context, quotes/y.yaml: occasion"
 */
export function formatCoverage(rows: readonly CoverageRow[]): string {
  if (rows.length === 0) return 'Translations: no published cohort yet.';
  const lines = rows.flatMap((r) => {
    const head = `  ${r.cohort}  ${r.locale}  ${r.translated} of ${r.total} translated${r.missing.length > 0 ? ', missing:' : ''}`;
    // A missing story file is one line for all its fields.
    const file = r.missing.find((m) => m.endsWith(': story'))?.replace(/: story$/, '');
    const shown = file ? [`${file} (no file: story and every field)`, ...r.missing.filter((m) => !m.startsWith(`${file}:`))] : r.missing;
    return [head, ...shown.map((m) => `      ${m}`)];
  });
  return ['Translations (missing ones are shown in the original language, not errors):', ...lines].join('\n');
}
