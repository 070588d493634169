/**
 * Several cohorts behave like a real programme site. Builds the site from
 * tests/fixtures/two-cohorts/content (Astana 2024, Almaty 2025 with a returning speaker, and a
 * draft cohort exactly as new:cohort writes it) and checks the published pages. The build is
 * the one the global setup made (tests/setup/builds.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../setup/builds';

const { dist: outDir, status, output } = buildFixture('two-cohorts');
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
/** The visible text of a page, scripts and styles dropped, white space collapsed. */
const text = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe('a site with two cohorts and a draft', () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('prints no warning: a build of valid content says nothing an editor would have to act on', () => {
    const warnings = output.split('\n').filter((line) => /\bWARN\b|warning|\bdeprecat/i.test(line));
    expect(warnings, output).toEqual([]);
  });

  it('features the newest cohort on the home page and lists both, newest first', () => {
    const home = page('');
    expect(text(home)).toMatch(/Latest cohort.{0,80}Fixture recap, Almaty 2025/);
    expect(home.indexOf('/cohorts/2025-almaty/')).toBeGreaterThan(-1);
    expect(home.indexOf('/cohorts/2025-almaty/')).toBeLessThan(home.indexOf('/cohorts/2024-astana/'));
    const list = text(page('cohorts'));
    expect(list.indexOf('Fixture recap, Almaty 2025')).toBeGreaterThan(-1);
    expect(list.indexOf('Fixture recap, Almaty 2025')).toBeLessThan(list.indexOf('Fixture recap, Astana 2024'));
  });

  it('computes programme-wide numbers from the content: 2 cohorts, 12 + 20 participants, 4 distinct regions', () => {
    const home = text(page(''));
    expect(home).toMatch(/\b32 participants\b/);
    expect(home).toMatch(/\b4 regions\b/);
    expect(home).toMatch(/\b2 cohorts\b/);
  });

  it("gathers a returning speaker's quotes from every cohort on their page", () => {
    const clark = text(page('speakers/helen-clark'));
    expect(clark).toContain('Fixture words Helen Clark said in Almaty in 2025, on her return.');
    expect(clark).toContain('Fixture words Helen Clark said in Astana in 2024.');
    expect(clark).toContain('Fixture recap, Almaty 2025');
    expect(clark).toContain('Fixture recap, Astana 2024');
    expect(clark.indexOf('in Almaty in 2025')).toBeLessThan(clark.indexOf('in Astana in 2024'));
  });

  it("shows a new speaker's portrait from the content folder with its alt text", () => {
    expect(page('speakers/dana-example')).toMatch(/<img[^>]+alt="Dana Example, a fixture speaker, in front of a blue wall"/);
  });

  it('leaves the draft cohort, its quote and its placeholder speaker out of pages, listings and the sitemap', () => {
    expect(existsSync(join(outDir, 'cohorts/2026-shymkent'))).toBe(false);
    expect(existsSync(join(outDir, 'quotes/2026-shymkent-first-quote'))).toBe(false);
    expect(existsSync(join(outDir, 'speakers/2026-shymkent-speaker'))).toBe(false);
    const published = files(outDir).filter((f) => /\.(html|xml|json|txt)$/.test(f));
    expect(published.some((f) => f.endsWith('sitemap-0.xml'))).toBe(true);
    for (const file of published) {
      const body = readFileSync(file, 'utf8');
      expect(body, file).not.toContain('2026-shymkent');
      expect(body, file).not.toContain('TODO');
    }
  });

  it('renders a story with every allowed Markdown construct and component, each as Markdown renders it', () => {
    const html = page('cohorts/2025-almaty');
    const story = html.slice(html.indexOf('class="story"'));
    expect(story).toContain('<h2 id="what-happened">What happened</h2>');
    expect(story).toContain('<h3 id="the-three-days">');
    expect(story).toContain('<em>three days</em>');
    expect(story).toContain('<strong>workshops</strong>');
    expect(story).toContain('<del>no</del>');
    expect(story).toContain('<code>job shadowing</code>');
    for (const href of ['https://en.inform.kz/', 'mailto:info@example.org', '../2024-astana/', '#what-happened']) expect(story).toContain(`href="${href}"`);
    expect(story).toContain('Less than 5% &lt; 6% {not code}.');
    expect(story).toMatch(/<ol>\s*<li>Opening ceremony<\/li>\s*<li>Workshops\s*<ul>/);
    expect(story).toMatch(/<blockquote>\s*<p>A block quote/);
    expect(story).toContain('<hr');
    expect(story).toContain('<td>Opening</td>');
    expect(story).toContain('data-footnote-ref');
    expect(story).toMatch(/<img src="\/_astro\/almaty-hall\.[\w-]+\.webp" alt="The hall in Almaty where the cohort met"/);
    expect(story).toContain('id="stat-almaty-engineering-enrolment"');
    expect(story).toContain('id="quote-almaty-clark-return"');
    expect(story).toContain('Who spoke in Almaty');
  });
});

describe('the same site in Russian and Kazakh', () => {
  const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
  const ld = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!)['@graph'] as Record<string, unknown>[]);

  it('gives every English page a /ru/ and /kk/ twin with its own lang and reciprocal hreflang links', () => {
    for (const path of ['', 'cohorts', 'cohorts/2025-almaty', 'quotes', 'quotes/almaty-dana-kazakh', 'speakers', 'speakers/dana-example']) {
      const hrefs = ['en', 'ru', 'kk'].map((l) => `https://recap.example.org/${l === 'en' ? '' : `${l}/`}${path ? `${path}/` : ''}`);
      for (const [i, locale] of ['en', 'ru', 'kk'].entries()) {
        const html = page(`${locale === 'en' ? '' : `${locale}/`}${path}`);
        expect(langOf(html), `${locale}/${path}`).toBe(locale);
        for (const [j, other] of ['en', 'ru', 'kk'].entries()) expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="${hrefs[j]}">`);
        expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${hrefs[0]}">`);
        expect(html).toContain(`<link rel="canonical" href="${hrefs[i]}">`);
      }
    }
  });

  it('lists every locale in the sitemap with its alternates', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const loc of ['https://recap.example.org/quotes/almaty-dana-kazakh/', 'https://recap.example.org/ru/quotes/almaty-dana-kazakh/', 'https://recap.example.org/kk/quotes/almaty-dana-kazakh/']) {
      expect(sitemap).toContain(`<loc>${loc}</loc>`);
      expect(sitemap).toContain(`hreflang="kk" href="https://recap.example.org/kk/quotes/almaty-dana-kazakh/"`);
    }
  });

  it('shows a Kazakh quote in Kazakh in every locale, and its unofficial Russian translation after it on /ru/ only', () => {
    for (const prefix of ['', 'ru/', 'kk/']) {
      const html = page(`${prefix}quotes/almaty-dana-kazakh`);
      expect(html).toMatch(/<blockquote[^>]*lang="kk"[^>]*>\s*<p>Ғылым мен технологиядағы әйелдер/);
      const quotation = ld(html).find((n) => n['@type'] === 'Quotation')!;
      expect(quotation.inLanguage, prefix).toBe('kk');
      expect(quotation.text).toBe('Ғылым мен технологиядағы әйелдер — өңірлеріміздің болашағы.');
    }
    const ru = page('ru/quotes/almaty-dana-kazakh');
    const translation = /<div[^>]*data-quote-translation[^>]*lang="ru"[^>]*>([\s\S]*?)<\/div>\s*<\/div>/.exec(ru)?.[1] ?? '';
    expect(text(translation)).toContain('Неофициальный перевод: Fixture translation team');
    expect(text(translation)).toContain('Женщины в науке и технологиях — будущее наших регионов.');
    expect(ru.indexOf('Ғылым мен технологиядағы')).toBeLessThan(ru.indexOf('Женщины в науке'));
    const work = ld(ru).find((n) => n['@type'] === 'Quotation')!.workTranslation as Record<string, unknown>;
    expect(work).toMatchObject({ inLanguage: 'ru', text: 'Женщины в науке и технологиях — будущее наших регионов.' });
    expect(work.translationOfWork).toEqual({ '@id': 'https://recap.example.org/ru/quotes/almaty-dana-kazakh/#quotation' });
    expect(page('quotes/almaty-dana-kazakh')).not.toContain('Женщины в науке');
    expect(page('kk/quotes/almaty-dana-kazakh')).not.toContain('data-quote-translation');
    // The occasion is translated where a translation exists: "жабылу салтанаты" in Kazakh.
    expect(text(page('kk/quotes/almaty-dana-kazakh'))).toContain('жабылу салтанаты');
  });

  it('shows a translated cohort with its interface, dates and numbers in Russian, saying it is translated, with the original linked', () => {
    const ru = page('ru/cohorts/2025-almaty');
    const body = text(ru);
    expect(body).toContain('Итоги фикстуры, Алматы 2025');
    expect(body).toContain('Второй поток собрался в Алматы, и Хелен Кларк вернулась.');
    expect(body).toContain('Перевод с английского: Fixture translation team.');
    expect(ru).toMatch(/<a href="\/cohorts\/2025-almaty\/" hreflang="en">\s*Читать оригинал/);
    expect(body).toContain('1–3 октября 2025 г.');
    expect(body).toContain('Из чего состояла программа');
    // Highlights are not translated: shown in English, marked and announced.
    expect(ru).toMatch(/<ul[^>]*lang="en"|<ol[^>]*lang="en"/);
    expect(body).toContain('Ещё не переведено: показано на английском языке, как в оригинале.');
    expect(page('ru')).toContain('Последний поток');
  });

  it('shows an untranslated cohort in the original, marked English, with a notice in Kazakh', () => {
    const kk = page('kk/cohorts/2025-almaty');
    expect(langOf(kk)).toBe('kk');
    expect(text(kk)).toContain('Бұл қорытынды әлі аударылмаған');
    expect(kk).toMatch(/<div class="story" lang="en">/);
    expect(kk).toMatch(/<h1[^>]*lang="en"[^>]*>Fixture recap, Almaty 2025<\/h1>/);
    expect(text(kk)).toContain('1–3 қазан 2025 ж.');
  });

  it('switches language to the same page, each language named in itself', () => {
    const html = page('ru/quotes/almaty-dana-kazakh');
    expect(html).toMatch(/<a href="\/kk\/quotes\/almaty-dana-kazakh\/" hreflang="kk" lang="kk" data-keep-hash[^>]*>[\s\S]*?Қазақша\s*<\/a>/);
    expect(html).toMatch(/<a href="\/quotes\/almaty-dana-kazakh\/" hreflang="en" lang="en" data-keep-hash[^>]*>[\s\S]*?English\s*<\/a>/);
    expect(html).toMatch(/<span aria-current="true" lang="ru"[^>]*>\s*Русский\s*<\/span>/);
  });

  it('draws each locale its own social cards, announced with og:locale', () => {
    const kk = page('kk/quotes/almaty-dana-kazakh');
    expect(kk).toContain('<meta property="og:locale" content="kk_KZ">');
    expect(kk).toContain('<meta property="og:locale:alternate" content="ru_RU">');
    expect(kk).toContain('<meta property="og:image" content="https://recap.example.org/kk/og/quotes/almaty-dana-kazakh.png">');
    expect(existsSync(join(outDir, 'kk/og/quotes/almaty-dana-kazakh.png'))).toBe(true);
    expect(existsSync(join(outDir, 'ru/og/cohorts/2025-almaty.png'))).toBe(true);
    expect(readFileSync(join(outDir, 'kk/og/quotes/almaty-dana-kazakh.png')).equals(readFileSync(join(outDir, 'og/quotes/almaty-dana-kazakh.png')))).toBe(false);
  });

  it('has a not-found page per language', () => {
    expect(langOf(readFileSync(join(outDir, '404.html'), 'utf8'))).toBe('en');
    expect(text(page('ru/404'))).toContain('Такой страницы здесь нет');
    expect(text(page('kk/404'))).toContain('Бұл бет мұнда жоқ');
  });
});
