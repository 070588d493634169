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
