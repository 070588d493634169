/**
 * Rules across entries: quote ids are site-wide (they are URLs), statistic ids are per cohort
 * (a copied cohort folder keeps working), and every reference must resolve.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems';
import { findContentProblems, type RawContent } from '../../src/lib/content/rules';

const cohort = (id: string) => ({
  id,
  filePath: `content/cohorts/${id}/index.mdx`,
  data: { organisers: ['undp'], funders: [], credits: [{ publisher: 'undp' }] },
});
const base = (): RawContent => ({
  cohorts: [cohort('2024-astana'), cohort('2025-almaty')],
  quotes: [],
  statistics: [],
  speakers: [{ id: 'helen-clark', filePath: 'content/speakers/helen-clark.yaml', data: { roles: [] } }],
  organisations: [{ id: 'undp', filePath: 'content/organisations/undp.yaml', data: { kind: 'organiser' } }],
});

describe('findContentProblems', () => {
  it('takes a venue only from an organisation of kind venue, as the editors\' guide says', () => {
    const content = base();
    content.organisations.push({ id: 'ozge-epic', filePath: 'content/organisations/ozge-epic.yaml', data: { kind: 'venue' } });
    content.cohorts[0]!.data.venue = 'ozge-epic';
    expect(findContentProblems(content)).toEqual([]);
    content.cohorts[1]!.data.venue = 'undp';
    expect(findContentProblems(content).map(formatProblem)).toEqual([
      'content/cohorts/2025-almaty/index.mdx: venue: expected the id of an organisation of kind venue (the place the cohort met), found "undp", an organisation of kind organiser',
    ]);
  });

  it('lets two cohorts each have a statistic with the same file name', () => {
    const content = base();
    content.statistics = ['2024-astana', '2025-almaty'].map((c) => ({
      id: 'participants',
      filePath: `content/cohorts/${c}/statistics/participants.yaml`,
      data: {},
    }));
    expect(findContentProblems(content)).toEqual([]);
  });

  it('refuses two statistics with one id in the same cohort', () => {
    const content = base();
    content.statistics = ['participants.yaml', 'participants.yml'].map((f) => ({
      id: 'participants',
      filePath: `content/cohorts/2024-astana/statistics/${f}`,
      data: {},
    }));
    expect(findContentProblems(content).map(formatProblem)).toEqual([
      'content/cohorts/2024-astana/statistics/participants.yml: id (file name): expected an id not used by another entry in the same statistics/ folder, found "participants", already used by content/cohorts/2024-astana/statistics/participants.yaml',
    ]);
  });

  it('refuses the same quote id in two cohorts, since a quote id is its URL', () => {
    const content = base();
    content.quotes = ['2024-astana', '2025-almaty'].map((c) => ({
      id: 'clark-opening',
      filePath: `content/cohorts/${c}/quotes/clark-opening.yaml`,
      data: { speaker: 'helen-clark' },
    }));
    const problems = findContentProblems(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/cohorts/2025-almaty/quotes/clark-opening.yaml', field: 'id (file name)' });
  });

  it("checks a quote's place like any reference, and accepts place: false", () => {
    const content = base();
    const quote = (id: string, place: string | false) => ({ id, filePath: `content/cohorts/2024-astana/quotes/${id}.yaml`, data: { speaker: 'helen-clark', place } });
    content.quotes = [quote('at-undp', 'undp'), quote('somewhere', false), quote('at-mazhilis', 'mazilis')];
    expect(findContentProblems(content).map(formatProblem)).toEqual([
      'content/cohorts/2024-astana/quotes/at-mazhilis.yaml: place: expected the id of an organisation in content/organisations/, found "mazilis", which does not exist',
    ]);
  });
});
