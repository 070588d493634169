/**
 * The cohort whose story is being rendered, handed from the cohort page to the components an
 * editor places in MDX (`<StatCallout id>`, `<Quote id>`, `<SpeakerGallery />`). MDX gives those
 * components only the props the editor wrote, so the page puts the context on `Astro.locals`,
 * which the page and every component it renders share for one request.
 */
import type { CohortView, SiteContent } from '../../../lib/content';

/** What a story component needs to resolve ids and to name the file in an error. */
export interface StoryContext {
  site: SiteContent;
  cohort: CohortView;
  /** The cohort's MDX file, e.g. "content/cohorts/2024-astana/index.mdx". */
  file: string;
}

const KEY = Symbol.for('programme-recap.story-context');

/** Called by the cohort page before it renders the story. */
export function setStoryContext(locals: object, context: StoryContext): void {
  (locals as Record<symbol, unknown>)[KEY] = context;
}

/** The current story's context; throws, naming the component, when used outside a cohort story. */
export function getStoryContext(locals: object, component: string): StoryContext {
  const context = (locals as Record<symbol, unknown>)[KEY] as StoryContext | undefined;
  if (!context) {
    throw new Error(`<${component}> can only be used in a cohort story (content/cohorts/<cohort-id>/index.mdx).`);
  }
  return context;
}
