/**
 * Components rendered with Astro's Container API from the real content: stat callouts show the
 * figure as text and as a picture with its source, quotes carry their deep-link anchor, the
 * gallery lists the speakers, and the story components stop with a friendly message.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import StoryQuote from '../../src/components/cohorts/mdx/Quote.astro';
import StoryStatCallout from '../../src/components/cohorts/mdx/StatCallout.astro';
import StorySpeakerGallery from '../../src/components/cohorts/mdx/SpeakerGallery.astro';
import { setStoryContext } from '../../src/components/cohorts/mdx/story-context';
import CohortCredits from '../../src/components/cohorts/CohortCredits.astro';
import AtAGlance from '../../src/components/cohorts/AtAGlance.astro';
import SiteFooter from '../../src/components/layout/SiteFooter.astro';
import QuoteBlock from '../../src/components/quotes/QuoteBlock.astro';
import SpeakerByline from '../../src/components/speakers/SpeakerByline.astro';
import SpeakerGallery from '../../src/components/speakers/SpeakerGallery.astro';
import StatCallout from '../../src/components/stats/StatCallout.astro';
import { loadSite, type SiteContent } from '../../src/lib/content';

let container: AstroContainer;
let site: SiteContent;
const file = 'content/cohorts/2024-astana/index.mdx';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** Text as a reader sees it: tags removed without adding spaces, white space collapsed. */
const prose = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const ARTICLE = 'https://en.inform.kz/news/empowering-leaders-of-tomorrow-a-leadership-programme-for-women-in-stem-concluded-in-astana-ca918c';

beforeAll(async () => {
  container = await AstroContainer.create();
  site = await loadSite();
});

const storyLocals = () => {
  const locals = {};
  setStoryContext(locals, { site, cohort: site.cohortById.get('2024-astana')!, file });
  return locals;
};

describe('StatCallout', () => {
  it('shows a percentage as a figure, its label and its source in text, with its anchor', async () => {
    const html = await container.renderToString(StatCallout, { props: { statistic: site.statisticById.get('2024-astana/stem-careers-unsuitable-for-women')! } });
    expect(html).toContain('id="stat-stem-careers-unsuitable-for-women"');
    expect(text(html)).toContain('54%');
    expect(text(html)).toContain('of Kazakhstani citizens believe STEM careers are unsuitable for women');
    expect(text(html)).toContain('UNDP and UN Women');
    expect(text(html)).toContain('2024');
    expect(html).toContain('<svg');
  });

  it('shows a range and a one-in-three ratio as figures people read', async () => {
    const range = await container.renderToString(StatCallout, { props: { statistic: site.statisticById.get('2024-astana/women-in-engineering-programmes')! } });
    expect(text(range)).toContain('8–15%');
    const ratio = await container.renderToString(StatCallout, { props: { statistic: site.statisticById.get('2024-astana/women-developing-technologies')! } });
    expect(text(ratio)).toMatch(/1 in 3|one in three/);
  });

  it('colours a figure by what it is (a finding here), never the brand, and says so in words', async () => {
    const stat = site.statisticById.get('2024-astana/stem-careers-unsuitable-for-women')!;
    const html = await container.renderToString(StatCallout, { props: { statistic: stat } });
    expect(html).toContain('stroke-finding');
    expect(html).not.toMatch(/(stroke|fill|text)-accent/);
    expect(prose(html)).toContain('Finding · Source:');
    const target = await container.renderToString(StatCallout, { props: { statistic: { ...stat, type: 'target' } } });
    expect(target).toContain('stroke-target');
    expect(prose(target)).toContain('Target · Source:');
  });

  it('draws a reference on the band and names it in text: parity at 50% beside 8–15%', async () => {
    const html = await container.renderToString(StatCallout, { props: { statistic: site.statisticById.get('2024-astana/women-in-engineering-programmes')! } });
    expect(html.match(/data-reference(?=[\s>/])/g)).toHaveLength(1);
    expect(/<line x1="50" y1="0" x2="50"/.test(html)).toBe(true);
    expect(prose(html)).toContain('Parity: 50%');
  });
});

describe('QuoteBlock and SpeakerGallery', () => {
  it('renders a quote at its deep-link anchor with its speaker', async () => {
    const quote = site.quoteById.get('clark-conversation-with-participants')!;
    const html = await container.renderToString(QuoteBlock, { props: { quote } });
    expect(html).toContain('id="quote-clark-conversation-with-participants"');
    expect(text(html)).toContain('We are at a pivotal moment in history');
    expect(text(html)).toContain('Helen Clark');
  });

  it('lists every speaker with a monogram where there is no portrait, and no broken image', async () => {
    const html = await container.renderToString(SpeakerGallery, { props: { speakers: site.speakers } });
    for (const speaker of site.speakers) expect(text(html)).toContain(speaker.displayName);
    expect(html).not.toMatch(/<img[^>]+src=""/);
    expect(text(html)).toContain('HC');
  });
});

describe('story components (as placed in MDX)', () => {
  it('render the quote, statistic and gallery of the cohort being shown', async () => {
    const locals = storyLocals();
    const quote = await container.renderToString(StoryQuote, { props: { id: 'tomohiro-closing-ceremony' }, locals });
    expect(quote).toContain('id="quote-tomohiro-closing-ceremony"');
    const stat = await container.renderToString(StoryStatCallout, { props: { id: 'women-in-engineering-programmes' }, locals });
    expect(stat).toContain('id="stat-women-in-engineering-programmes"');
    const gallery = await container.renderToString(StorySpeakerGallery, { props: { heading: 'Who spoke' }, locals });
    expect(text(gallery)).toContain('Who spoke');
    expect(text(gallery)).toContain('MP Suleimenova');
  });

  it('stop with a message naming the component, the file, the prop and what would work', async () => {
    const locals = storyLocals();
    await expect(container.renderToString(StoryQuote, { props: { id: 'nope' }, locals })).rejects.toThrow(
      /^<Quote> in content\/cohorts\/2024-astana\/index\.mdx: prop "id": expected the id of a quote in content\/cohorts\/2024-astana\/quotes\/ \(one of: .*"tomohiro-closing-ceremony".*\), found "nope"$/,
    );
    await expect(container.renderToString(StoryStatCallout, { props: { id: 'Not An Id' }, locals })).rejects.toThrow(
      '<StatCallout> in content/cohorts/2024-astana/index.mdx: prop "id": expected an id in lowercase kebab-case, e.g. "helen-clark", found "Not An Id"',
    );
    await expect(container.renderToString(StorySpeakerGallery, { props: { title: 'Who spoke' }, locals })).rejects.toThrow(
      '<SpeakerGallery> in content/cohorts/2024-astana/index.mdx: prop "title": expected only the props heading, found an unknown prop',
    );
  });
});

describe('the corrected English', () => {
  it('lists the programme\'s parts at a glance without numbers or an ordered list, each linking to its story section', async () => {
    const cohort = site.cohortById.get('2024-astana')!;
    const ids = cohort.highlights.map((h) => h.section?.toLowerCase().replace(/\s+/g, '-'));
    const html = await container.renderToString(AtAGlance, { props: { cohort, sectionIds: ids } });
    expect(html).not.toContain('<ol');
    const parts = /<ul[^>]*data-parts[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect(parts.match(/<li\b/g)).toHaveLength(cohort.highlights.length);
    // No item is marked with a number: each starts with its title, and links to its section.
    for (const [i, item] of (parts.match(/<li\b[\s\S]*?<\/li>/g) ?? []).entries()) {
      const highlight = cohort.highlights[i]!;
      expect(text(item).trim().startsWith(highlight.title), text(item)).toBe(true);
      expect(item).toContain(`href="#${ids[i]}"`);
    }
    // The facts: dates, place, participants, regions.
    for (const fact of ['11–12 December 2024', 'Astana', 'Kazakhstan', 'Ozge Epic', '12', 'Kyzylorda and Mangystau']) expect(prose(html)).toContain(fact);
  });

  it('shows a part the story does not tell with its description, not a link', async () => {
    const cohort = { ...site.cohortById.get('2024-astana')!, highlights: [{ title: 'Mentoring', description: 'Mentors met participants.' }] };
    const html = await container.renderToString(AtAGlance, { props: { cohort, sectionIds: [undefined] } });
    const parts = /<ul[^>]*data-parts[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect(parts).not.toContain('<a');
    expect(prose(parts)).toBe('MentoringMentors met participants.');
  });

  it('names the organisers, funders and initiative in the credits', async () => {
    const cohort = site.cohortById.get('2024-astana')!;
    const credits = prose(await container.renderToString(CohortCredits, { props: { credits: cohort.credits, cohort } }));
    for (const fact of ['Organised by', 'UNDP Kazakhstan', 'Funded by', 'Government of Japan', 'Initiative']) expect(credits).toContain(fact);
  });

  it('credits the article in one wording in the credits, the footer and the statistics, linking it', async () => {
    const credits = await container.renderToString(CohortCredits, { props: { credits: site.cohortById.get('2024-astana')!.credits } });
    expect(prose(credits)).toBe(
      'Written in our own words, based on the Kazinform News Agency article “Empowering leaders of tomorrow: a leadership programme for women in STEM concluded in Astana” citing UNDP Kazakhstan. Quotes, names, titles and figures are given as the article reports them.',
    );
    expect(credits).toContain(`href="${ARTICLE}"`);
    const footer = await container.renderToString(SiteFooter, { props: { siteName: 'Leadership Programme for Women in STEM' } });
    expect(prose(footer)).toContain('Written in our own words, based on the Kazinform News Agency article citing UNDP Kazakhstan.');
    expect(footer).toContain(`href="${ARTICLE}"`);
    const stat = await container.renderToString(StatCallout, { props: { statistic: site.statisticById.get('2024-astana/women-in-engineering-programmes')! } });
    expect(prose(stat)).toContain('Source: Kazinform News Agency article citing UNDP Kazakhstan, 2024');
    expect(stat).toContain(`href="${ARTICLE}"`);
  });

  it('reads the 8–15% figure as the source does', async () => {
    const stat = await container.renderToString(StatCallout, { props: { statistic: site.statisticById.get('2024-astana/women-in-engineering-programmes')! } });
    expect(text(stat)).toContain('8–15% of women currently enrolled in engineering programmes');
  });

  it('says "MP" once for MP Suleimenova', async () => {
    const html = await container.renderToString(SpeakerByline, { props: { speaker: site.speakerById.get('suleimenova')! } });
    expect(text(html).match(/\bMP\b/g)).toHaveLength(1);
    expect(text(html)).toContain('Mazhilis of the Parliament of the Republic of Kazakhstan');
  });
});
