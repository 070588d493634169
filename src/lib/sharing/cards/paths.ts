/** Site paths (without the base) of the social card images the /og/ endpoints serve. Pure. */
export const cardPaths = {
  /** "/og/quotes/clark-conversation-with-participants.png" */
  quote: (quoteId: string) => `/og/quotes/${quoteId}.png`,
  /** "/og/cohorts/2024-astana.png" */
  cohort: (cohortId: string) => `/og/cohorts/${cohortId}.png`,
  /** "/og/speakers/helen-clark.png" */
  speaker: (speakerId: string) => `/og/speakers/${speakerId}.png`,
  /** "/og/home.png", also used by the listing pages. */
  home: () => '/og/home.png',
} as const;
