/**
 * Where renamed pages moved: every `formerIds` entry of a quote, speaker or cohort becomes a
 * move from its old URL to the current one, served by src/pages/[...moved].astro as a redirect
 * page. Pure, so the rules are unit-tested without a build.
 */
import type { ContentProblem } from '../content/problems';
import { paths } from './urls';

/** One old URL and where it now lives. */
export interface Move {
  /** Site path of the old URL, e.g. "/quotes/wawiernia-opening-ceremony/". */
  from: string;
  /** Site path of the page it moved to. */
  to: string;
  /** What moved, for the page and messages: "quote", "speaker", "cohort". */
  kind: 'quote' | 'speaker' | 'cohort';
  /** A human name for the destination, e.g. the speaker's name. */
  label: string;
}

interface Renamable {
  id: string;
  formerIds: string[];
}

interface MoveInput {
  quotes: (Renamable & { cohort: { id: string }; speaker: { displayName: string } })[];
  speakers: (Renamable & { displayName: string })[];
  cohorts: (Renamable & { title: string; entry?: { filePath?: string } })[];
}

/** Every move the content declares, and the problems that would make one ambiguous. */
export function findMoves(site: MoveInput, quoteBy: (name: string) => string = (name) => `a quote by ${name}`): { moves: Move[]; problems: ContentProblem[] } {
  const moves: Move[] = [];
  const problems: ContentProblem[] = [];

  const collect = <T extends Renamable>(kind: Move['kind'], entries: T[], path: (id: string) => string, file: (e: T) => string, label: (e: T) => string) => {
    const current = new Map(entries.map((e) => [e.id, e]));
    const claimed = new Map<string, T>();
    for (const entry of entries) {
      // `?? []`: entries cached by the content layer before formerIds existed lack the default.
      for (const former of entry.formerIds ?? []) {
        const holder = current.get(former);
        const other = claimed.get(former);
        if (former === entry.id) {
          problems.push({ file: file(entry), field: 'formerIds', expected: `ids this ${kind} had before, not its current id`, found: `"${former}"` });
        } else if (holder) {
          problems.push({ file: file(entry), field: 'formerIds', expected: `an old id that no current ${kind} uses`, found: `"${former}", the id of ${file(holder)}` });
        } else if (other) {
          problems.push({ file: file(entry), field: 'formerIds', expected: `an old id that only one ${kind} claims`, found: `"${former}", also claimed by ${file(other)}` });
        } else {
          claimed.set(former, entry);
          moves.push({ from: path(former), to: path(entry.id), kind, label: label(entry) });
        }
      }
    }
  };

  collect('quote', site.quotes, paths.quote, (q) => `content/cohorts/${q.cohort.id}/quotes/${q.id}.yaml`, (q) => quoteBy(q.speaker.displayName));
  collect('speaker', site.speakers, paths.speaker, (s) => `content/speakers/${s.id}.yaml`, (s) => s.displayName);
  collect('cohort', site.cohorts, paths.cohort, (c) => c.entry?.filePath ?? `content/cohorts/${c.id}/index.mdx`, (c) => c.title);
  return { moves: moves.sort((a, b) => a.from.localeCompare(b.from)), problems };
}
