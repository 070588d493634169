/**
 * Synthetic content for the build benchmark: `cohorts` cohorts shaped like the real one (same
 * front matter fields, an MDX story that places every statistic and quote, a speaker gallery),
 * each with 10 quotes, 7 statistics (every value kind) and 4 speakers of its own; one quote in
 * ten is by a speaker of the previous cohort, so speaker pages span cohorts as they will.
 * Organisations are the real ones, copied. Everything passes the schemas and content rules.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUOTES_PER_COHORT = 10;
export const STATISTICS_PER_COHORT = 7;
export const SPEAKERS_PER_COHORT = 4;

const pad = (n: number) => String(n).padStart(4, '0');
const cohortId = (i: number) => `cohort-${pad(i)}`;
const speakerId = (i: number, j: number) => `speaker-${pad(i)}-${j}`;
const quoteId = (i: number, k: number) => `quote-${pad(i)}-${k}`;
const statId = (i: number, k: number) => `stat-${pad(i)}-${k}`;

const PROSE =
  'Participants spent the morning in workshops on negotiation and public speaking, then met ' +
  'engineers and scientists who lead teams across the region. Mentors shared how they built ' +
  'their careers, and the group compared notes on what helps women stay in technical fields.';

function statisticYaml(i: number, k: number): string {
  const source = 'source:\n  publisher: Synthetic Statistics Office\n  year: 2024\n';
  const values = [
    'value:\n  kind: percentage\n  value: 54\n',
    'value:\n  kind: range\n  min: 8\n  max: 15\n  unit: percent\n',
    'value:\n  kind: ratio\n  numerator: 1\n  denominator: 3\n',
    'value:\n  kind: count\n  value: 2345\n  unit: applications\n',
    `value:\n  kind: count\n  value: ${10 + (i % 20)}\n  unit: participants\n`,
    'value:\n  kind: percentage\n  value: 31\n',
    'value:\n  kind: count\n  value: 2\n  unit: days\n',
  ];
  return `${values[k % values.length]}label: of participants in cohort ${i} said the programme changed how they see their careers\n${source}${k < 3 ? 'featured: true\n' : ''}`;
}

function quoteYaml(i: number, k: number): string {
  // One quote in ten is by a speaker from the previous cohort: speakers recur across cohorts.
  const speaker = k === QUOTES_PER_COHORT - 1 && i > 1 ? speakerId(i - 1, 0) : speakerId(i, k % SPEAKERS_PER_COHORT);
  return (
    `speaker: ${speaker}\noccasion: session ${k + 1} of the programme\n${k === 0 ? 'featured: true\n' : ''}` +
    `text: >-\n  We are at a moment when the people who design technology decide who it serves. ` +
    `Cohort ${i} showed that women in science and engineering are ready to lead that work, and ` +
    `quote ${k + 1} is here so that the page carries a realistic amount of text.\n`
  );
}

function speakerYaml(i: number, j: number): string {
  return `name: Speaker ${i} ${String.fromCharCode(65 + j)}\nhonorific: Ms.\nroles:\n  - title: Resident Representative\n    organisation: undp-kazakhstan\n  - title: former Minister of Science\n    from: 2001\n    to: 2008\n`;
}

function cohortMdx(i: number): string {
  const start = new Date(Date.UTC(2000, 0, 1) + i * 14 * 86_400_000);
  const end = new Date(start.getTime() + 86_400_000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const body: string[] = [`Cohort ${i} brought young women from two regions together for two days. ${PROSE}`];
  for (let k = 0; k < QUOTES_PER_COHORT; k++) {
    if (k % 3 === 0) body.push(`## Part ${k / 3 + 1}`, PROSE);
    body.push(`<Quote id="${quoteId(i, k)}" />`);
    if (k < STATISTICS_PER_COHORT) body.push(PROSE, `<StatCallout id="${statId(i, k)}" />`);
  }
  body.push('## Who spoke', '<SpeakerGallery />');
  return `---
title: Leadership Programme for Women in STEM, cohort ${i}
programme: Leadership Programme for Women in STEM
startDate: ${iso(start)}
endDate: ${iso(end)}
city: Astana
country: Kazakhstan
venue: ozge-epic
regions: [Kyzylorda, Mangystau]
participants: ${10 + (i % 20)}
organisers: [undp-kazakhstan]
funders: [government-of-japan]
initiative: a synthetic initiative used to measure how the build grows with the site
summary: >-
  Synthetic cohort ${i}: two days of workshops, mentoring and job shadowing for young women in STEM.
credits:
  - publisher: kazinform
    citing: undp-kazakhstan
    title: "Synthetic article about cohort ${i}"
highlights:
  - title: Opening ceremony
    description: The programme opened with speeches from the organisers and a guest of honour.
  - title: Job shadowing
    description: Each participant spent time alongside a leading expert in a STEM field.
  - title: Closing ceremony
    description: Participants, trainers and mentors closed the programme together.
---

${body.join('\n\n')}
`;
}

/**
 * Writes a content folder with `cohorts` cohorts into `dir` (created), copying organisations from
 * `realContent`. Returns the number of files of each kind.
 */
export function writeSyntheticContent(dir: string, cohorts: number, realContent: string) {
  mkdirSync(join(dir, 'speakers'), { recursive: true });
  cpSync(join(realContent, 'organisations'), join(dir, 'organisations'), { recursive: true });
  for (let i = 1; i <= cohorts; i++) {
    const folder = join(dir, 'cohorts', cohortId(i));
    mkdirSync(join(folder, 'quotes'), { recursive: true });
    mkdirSync(join(folder, 'statistics'), { recursive: true });
    writeFileSync(join(folder, 'index.mdx'), cohortMdx(i));
    for (let k = 0; k < QUOTES_PER_COHORT; k++) writeFileSync(join(folder, 'quotes', `${quoteId(i, k)}.yaml`), quoteYaml(i, k));
    for (let k = 0; k < STATISTICS_PER_COHORT; k++) writeFileSync(join(folder, 'statistics', `${statId(i, k)}.yaml`), statisticYaml(i, k));
    for (let j = 0; j < SPEAKERS_PER_COHORT; j++) writeFileSync(join(dir, 'speakers', `${speakerId(i, j)}.yaml`), speakerYaml(i, j));
  }
  return {
    cohorts,
    quotes: cohorts * QUOTES_PER_COHORT,
    statistics: cohorts * STATISTICS_PER_COHORT,
    speakers: cohorts * SPEAKERS_PER_COHORT,
  };
}
