/**
 * Photographs in the built site (tests/fixtures/two-cohorts, built by the global setup): the
 * 2025-almaty cohort has four photos, one the hero; 2024-astana has none, like the seed. Checks
 * the responsive <picture> markup, the order and loading of the photos, credits and captions in
 * every locale, the photo budgets, and that a cohort without photos has no trace of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, formatBudgetReport } from '../../scripts/quality/budgets.ts';
import { buildFixture } from '../setup/builds';

const { dist, status, output } = buildFixture('two-cohorts');
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe('cohort photos in the built site', () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('leads the cohort page with the hero, a responsive <picture>: AVIF and WebP at four widths, width and height, eager with high priority', () => {
    const main = page('cohorts/2025-almaty').querySelector('main')!;
    const first = main.querySelector('img')!;
    expect(first.closest('[data-photo]')?.getAttribute('data-photo')).toBe('hero');
    // The hero sits in the page's header, before the story.
    expect(first.closest('header')).not.toBeNull();
    const picture = first.closest('picture')!;
    const sources = picture.querySelectorAll('source');
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      expect(source.getAttribute('srcset')!.split(', ').map((c) => c.split(' ')[1])).toEqual(['360w', '720w', '1080w', '1440w']);
      expect(source.getAttribute('sizes')).toMatch(/calc\(100vw - 2rem\)$/);
    }
    expect(first.attributes).toMatchObject({ width: '1440', height: '960', loading: 'eager', fetchpriority: 'high', decoding: 'async' });
    expect(first.getAttribute('alt')).toBe('Participants seated in rows facing a stage in a hall with tall windows');
    expect(first.getAttribute('src')).toMatch(/^\/_astro\/hero\.[\w-]+\.jpg$/);
  });

  it('shows the other photos after the story, each lazy and async with width and height, with captions and credits', () => {
    const main = page('cohorts/2025-almaty').querySelector('main')!;
    const gallery = main.querySelectorAll('[data-photo="gallery"]');
    expect(gallery).toHaveLength(3);
    const html = main.toString();
    expect(html.indexOf('data-photo="gallery"')).toBeGreaterThan(html.indexOf('class="story"'));
    for (const figure of gallery) {
      const img = figure.querySelector('img')!;
      expect(img.attributes).toMatchObject({ loading: 'lazy', decoding: 'async' });
      expect(img.getAttribute('fetchpriority')).toBeUndefined();
      expect(Number(img.getAttribute('width')) / Number(img.getAttribute('height'))).toBeCloseTo(1.5, 1);
      expect(figure.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    }
    expect(gallery.map((f) => f.querySelector('figcaption')!.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      'Photo: Fixture Photo Studio',
      'A workshop on the second day. Photo: Dana Example',
      'Photo: Fixture Photo Studio',
    ]);
    expect(main.querySelector('[data-photo="hero"] figcaption')!.textContent.replace(/\s+/g, ' ').trim()).toBe('The fixture hall on the first morning. Photo: Fixture Photo Studio');
    expect(main.querySelector('#photos')!.textContent).toBe('Photographs');
  });

  it('gives alt texts and captions in the reader’s language where translated, marking the rest with the original’s lang', () => {
    const ru = page('ru/cohorts/2025-almaty').querySelector('main')!;
    expect(ru.querySelector('[data-photo="hero"] img')!.getAttribute('alt')).toBe('Участницы сидят рядами лицом к сцене в зале с высокими окнами');
    expect(ru.querySelector('[data-photo="hero"] figcaption')!.textContent).toContain('Зал фикстуры в первое утро.');
    expect(ru.querySelector('#photos')!.textContent).toBe('Фотографии');
    const workshop = ru.querySelectorAll('[data-photo="gallery"]')[1]!;
    expect(workshop.querySelector('img')!.getAttribute('alt')).toBe('Участницы на семинаре в тёпло освещённой комнате');
    expect(workshop.querySelector('figcaption [lang="en"]')!.textContent).toBe('A workshop on the second day.');
    expect(workshop.querySelector('figcaption')!.textContent).toContain('Фото: Dana Example');
    // Kazakh has no translation: every text in the original, marked English.
    const kk = page('kk/cohorts/2025-almaty').querySelector('main')!;
    expect(kk.querySelector('[data-photo="hero"] img')!.getAttribute('lang')).toBe('en');
    expect(kk.querySelector('#photos')!.textContent).toBe('Фотосуреттер');
  });

  it('leaves no trace of photos on a cohort without any: no hero slot, no empty section, no <picture>', () => {
    for (const path of ['cohorts/2024-astana', 'ru/cohorts/2024-astana', 'kk/cohorts/2024-astana']) {
      const main = page(path).querySelector('main')!;
      expect(main.querySelectorAll('[data-photo], picture, #photos, figure.photo'), path).toHaveLength(0);
    }
  });

  it('keeps every photo within its budget as a 375 px phone is sent it, and every page within its own', () => {
    const report = checkBudgets(dist, '/');
    console.log(formatBudgetReport(report).split('\n').filter((l) => /photo|hero|gallery|budgets:/.test(l)).join('\n'));
    expect(report.violations.filter((v) => /photo/.test(v.message))).toEqual([]);
    const cohort = report.weights.find((w) => w.url === '/cohorts/2025-almaty/')!;
    expect(cohort.photos.map((p) => p.kind)).toEqual(['hero', 'gallery', 'gallery', 'gallery']);
    const [hero, ...others] = cohort.photos;
    expect(hero!.candidates[0]).toMatchObject({ type: 'image/avif', width: 720 });
    expect(hero!.sent).toBeLessThanOrEqual(BUDGETS.heroPhoto);
    for (const photo of others) expect(photo.sent).toBeLessThanOrEqual(BUDGETS.photo);
    // The photos page's own HTML, CSS and JS budgets hold with four <picture>s.
    expect(report.violations.filter((v) => v.page.endsWith('/cohorts/2025-almaty/'))).toEqual([]);
  });
});
