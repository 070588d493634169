/**
 * What `npm run new:cohort -- <id>` writes: a complete draft cohort that passes the checker and
 * builds, with every value an editor must supply marked TODO. The programme-wide fields
 * (programme, country, organisers, funders, the credited publisher) are copied from the newest
 * existing cohort, since most editions share them. Node-only (reads the content folder).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// CORE_SCHEMA: dates stay the strings written, as the sort below compares them.
import { CORE_SCHEMA, load } from 'js-yaml';
import { ID_PATTERN } from '../schemas/common';

/** One file to create, relative to the content folder, e.g. "cohorts/2025-almaty/index.mdx". */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** Thrown for an id that cannot be used or a cohort that already exists; the message says what to do. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

interface Template {
  from?: string;
  programme: string;
  country: string;
  organisers: string[];
  funders: string[];
  publisher: string;
  citing?: string;
}

const q = (text: string) => JSON.stringify(text);

/** The shared fields of the newest cohort in `contentDir`, or placeholders when there is none. */
function template(contentDir: string): Template {
  const cohortsDir = join(contentDir, 'cohorts');
  const cohorts = existsSync(cohortsDir)
    ? readdirSync(cohortsDir)
        .filter((id) => existsSync(join(cohortsDir, id, 'index.mdx')))
        .map((id) => {
          const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(cohortsDir, id, 'index.mdx'), 'utf8'));
          const data = (match ? load(match[1]!, { schema: CORE_SCHEMA }) : {}) as Record<string, unknown>;
          return { id, data };
        })
        .filter(({ data }) => data.draft !== true && typeof data.programme === 'string')
        .sort((a, b) => String(b.data.startDate).localeCompare(String(a.data.startDate)) || a.id.localeCompare(b.id))
    : [];
  const newest = cohorts[0];
  const organisations = existsSync(join(contentDir, 'organisations'))
    ? readdirSync(join(contentDir, 'organisations')).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')).sort()
    : [];
  if (!newest) {
    if (organisations.length === 0) {
      throw new ScaffoldError('Add the organiser first: a file in content/organisations/ (see docs/editors-guide.md), then run new:cohort again.');
    }
    return { programme: 'TODO: the programme name', country: 'TODO: country', organisers: [organisations[0]!], funders: [], publisher: organisations[0]! };
  }
  const d = newest.data;
  const credit = (Array.isArray(d.credits) ? d.credits[0] : undefined) as { publisher?: string; citing?: string } | undefined;
  return {
    from: newest.id,
    programme: String(d.programme),
    country: String(d.country ?? 'TODO: country'),
    organisers: Array.isArray(d.organisers) ? d.organisers.map(String) : [organisations[0]!],
    funders: Array.isArray(d.funders) ? d.funders.map(String) : [],
    publisher: credit?.publisher ?? organisations[0]!,
    citing: credit?.citing,
  };
}

/**
 * The files of a new draft cohort `id` in `contentDir`. Deterministic (no clock): the dates
 * are 1 January of the year the id starts with, so the same id gives the same files.
 */
export function scaffoldCohort(contentDir: string, id: string): ScaffoldFile[] {
  if (!ID_PATTERN.test(id)) {
    throw new ScaffoldError(`"${id}" cannot be a cohort id: use lowercase letters, digits and hyphens, e.g. "2025-almaty" (year, then city).`);
  }
  if (existsSync(join(contentDir, 'cohorts', id))) {
    throw new ScaffoldError(`content/cohorts/${id}/ already exists: pick another id or edit that cohort.`);
  }
  const t = template(contentDir);
  const year = /^(19|20)\d\d\b/.exec(id)?.[0] ?? '2025';
  const copied = t.from ? `  # as in ${t.from}; change it if this cohort differs` : '  # TODO: check';
  const ids = (list: string[]) => `[${list.join(', ')}]`;
  const quoteId = `${id}-first-quote`;
  const statId = `${id}-participants`;
  const speakerId = `${id}-speaker`;
  const venueId = `${id}-venue`;

  const cohort = `---
# A new cohort, created by "npm run new:cohort". Replace each placeholder marked below with
# real content (the site will not publish a cohort that still has one), then set draft: false.
# Every field is explained in docs/editors-guide.md.
title: ${q('TODO: the recap headline, e.g. Leadership Programme for Women in STEM, Almaty 2025')}
programme: ${q(t.programme)}${copied}
startDate: ${year}-01-01  # TODO: the first day, YYYY-MM-DD
endDate: ${year}-01-01  # TODO: the last day, YYYY-MM-DD
city: ${q('TODO: the city')}
country: ${q(t.country)}${copied}
venue: ${venueId}  # TODO: the id of the venue in content/organisations/ (kind: venue); delete the line if the source names none
regions:
  - ${q('TODO: a region the participants came from')}
participants: 1  # TODO: how many people took part
organisers: ${ids(t.organisers)}${copied}
funders: ${ids(t.funders)}${copied}
summary: ${q('TODO: one or two sentences for listings and link previews, in our own words')}
credits:
  - publisher: ${t.publisher}${copied}
${t.citing ? `    citing: ${t.citing}${copied}\n` : ''}    title: ${q('TODO: the headline of the article this recap is based on')}
    url: https://www.example.org/TODO-the-article-address  # TODO: its web address; delete the line if it has none
highlights:
  - title: ${q('TODO: a part of the programme, e.g. Opening ceremony')}
    section: Opening  # the story's "## Opening" heading below, written exactly: the at-a-glance strip links there
draft: true  # the dev server shows a draft, the published site does not; set to false to publish
---

TODO: tell the story of this cohort in your own words: who took part, where, and what they did.
Place a statistic, a quote and the speaker gallery where they belong in the story, like this:

<StatCallout id="${statId}" />

## Opening

TODO: what happened at the opening.

<Quote id="${quoteId}" />

## Who spoke

<SpeakerGallery />
`;

  const quote = `# TODO: rename this file after the speaker and the occasion, e.g. clark-opening-ceremony.yaml:
# the name becomes the quote's web address (/quotes/<name>/). Then change <Quote id="${quoteId}" />
# in ../index.mdx to the new name.
speaker: ${speakerId}  # TODO: the speaker's id: their file name in content/speakers/, without .yaml
occasion: ${q('TODO: where it was said, e.g. opening ceremony')}
text: ${q('TODO: the words exactly as the source quotes them, without quotation marks')}
`;

  const statistic = `# TODO: rename this file after what it measures, e.g. ${year}-participants.yaml, and change
# <StatCallout id="${statId}" /> in ../index.mdx to the new name.
value:
  kind: count
  value: 1  # TODO: the figure
  unit: participants
label: took part in the programme
source:
  publisher: ${q('TODO: who published the figure, e.g. UNDP Kazakhstan')}
  year: ${year}  # TODO: the year it was published
`;

  const speaker = `# A placeholder speaker for the quote in cohorts/${id}/quotes/.
# New speaker: rename this file after them, e.g. aigerim-seitkali.yaml, and put that name in the quote.
# Returning speaker: they already have a file here; put their id in the quote and delete this file.
name: ${q('TODO: the name exactly as the source gives it')}
roles:
  - title: ${q('TODO: their title as the source gives it')}
`;

  const venue = `# A placeholder venue for cohorts/${id}/: where the cohort met.
# Rename this file after the place, e.g. ozge-epic.yaml, and put that name in venue: in the cohort.
# If the place already has a file here, put its id there and delete this file.
name: ${q('TODO: the venue\'s name exactly as the source gives it')}
kind: venue
`;

  return [
    { path: `cohorts/${id}/index.mdx`, text: cohort },
    { path: `cohorts/${id}/quotes/${quoteId}.yaml`, text: quote },
    { path: `cohorts/${id}/statistics/${statId}.yaml`, text: statistic },
    { path: `speakers/${speakerId}.yaml`, text: speaker },
    { path: `organisations/${venueId}.yaml`, text: venue },
  ];
}
