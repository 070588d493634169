/**
 * Every interface string of the site in English: the shape the other dictionaries must match
 * (ru.ts and kk.ts are typed `Dictionary`, so a missing key fails type-checking). Content
 * (titles, stories, quotes) is not here: it comes from content/ and its translations.
 *
 * Counted phrases are plural forms ({ one, few, many, other }, "{n}" for the number), picked
 * with Intl.PluralRules by `count()` in ./format.ts; a phrase around names or figures is a function.
 */
import type { Locale } from './locales';
import type { PluralForms } from './plural';

/** Languages' names as the notices below use them. */
const LANGUAGE: Record<Locale, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh' };

const en = {
  /** Opening and closing quotation marks around a quote in running text and share texts. */
  quoteMarks: ['“', '”'] as [string, string],
  site: {
    /** The tagline under the programme name in the header and on cards. */
    tagline: 'Programme recap',
    skipLink: 'Skip to content',
    mainNav: 'Main',
    footerNav: 'Footer',
    breadcrumb: 'Breadcrumb',
    darkTheme: 'Dark theme',
    sitemap: 'Sitemap',
  },
  nav: { home: 'Home', cohorts: 'Cohorts', quotes: 'Quotes', speakers: 'Speakers' },
  language: {
    /** aria-label of the language switcher. */
    switcher: 'Language',
    /** Hidden text before each other language's name: "Read this page in Русский". */
    readIn: 'Read this page in',
  },
  /** The site's one credit wording (CreditPhrase): "Written in our own words, based on the Kazinform News Agency article “…” citing UNDP Kazakhstan." */
  credit: {
    basedOn: 'Written in our own words, based on',
    /** Around the publisher's name: "the Kazinform News Agency article". */
    article: { before: 'the ', after: ' article' },
    articles: { before: '', after: ' articles' },
    citing: 'citing',
    and: 'and',
    reported: (articles: number) => `Quotes, names, titles and figures are given as ${articles === 1 ? 'the article reports' : 'the articles report'} them.`,
  },
  translation: {
    /** Above a translated cohort story: "Translated from English by Programme recap team." */
    translatedFrom: (from: Locale, translator?: string) => `Translated from ${LANGUAGE[from]}${translator ? ` by ${translator}` : ''}.`,
    readOriginal: 'Read the original',
    /** Where a part has no translation yet and is shown in the original language. */
    notTranslated: (from: Locale) => `Not yet translated: shown in the original ${LANGUAGE[from]}.`,
    /** The cohort story when it has no translation at all. */
    storyNotTranslated: (from: Locale) => `This recap has not been translated yet. It is shown in the original ${LANGUAGE[from]}.`,
    /** Label of an editor's translation of a quote. */
    unofficial: (translator: string) => `Unofficial translation by ${translator}`,
    /** Where a quote was said in another language: "Said in Kazakh". */
    saidIn: (lang: Locale) => `Said in ${LANGUAGE[lang]}`,
  },
  home: {
    eyebrow: 'Programme recap',
    intro: 'What happened at each cohort of the programme: the story of the days, what the speakers said in their own words, and the numbers behind it.',
    description: (programme: string, latest: string) => `The ${programme}: the story of each cohort, what the speakers said and what the numbers show. Latest: ${latest}.`,
    descriptionEmpty: 'Programme recap: the story of each cohort, what the speakers said and what the numbers show.',
    readRecap: (city: string) => `Read the ${city} recap`,
    allQuotes: 'All quotes',
    latestCohort: 'Latest cohort',
    readFullRecap: 'Read the full recap',
    when: 'When',
    where: 'Where',
    who: 'Who',
    participants: { one: '{n} participant', other: '{n} participants' } as PluralForms,
    fromRegions: (regions: string) => `from ${regions}`,
    atAGlance: 'At a glance',
    keyNumbers: 'Key numbers',
    inTheirWords: 'In their words',
    featuredQuotes: 'Featured quotes',
    everyQuote: 'Every quote',
    editionByEdition: 'Edition by edition',
    allCohorts: 'All cohorts',
    totals: {
      participants: { one: 'participant', other: 'participants' } as PluralForms,
      regions: { one: 'region represented', other: 'regions represented' } as PluralForms,
      speakers: { one: 'speaker quoted', other: 'speakers quoted' } as PluralForms,
      cohorts: { one: 'cohort so far', other: 'cohorts so far' } as PluralForms,
    },
  },
  cohorts: {
    title: 'Cohorts',
    theProgramme: 'the programme',
    description: (programme: string) => `Every cohort of the ${programme}, newest first: dates, place, participants and the full recap of each.`,
    none: 'No cohort has been published yet.',
    intro: { one: 'Each cohort is one edition of the programme. One cohort so far.', other: 'Each cohort is one edition of the programme. {n} cohorts so far, newest first.' } as PluralForms,
  },
  cohort: {
    draftNotice: 'Draft: shown by the dev server only, not published until draft: true is removed',
    draft: 'Draft',
    /** The strip of key facts under the cohort page's header. */
    atAGlance: 'At a glance',
    /** Its list of the programme's parts, each linking to the story. */
    parts: 'Parts of the programme',
    credits: 'Credits',
    photos: 'Photographs',
    /** Beside a photo: who took or owns it. */
    photoCredit: (credit: string) => `Photo: ${credit}`,
    when: 'When',
    where: 'Where',
    participants: 'Participants',
    regions: { one: 'Region', other: 'Regions' } as PluralForms,
    organisedBy: 'Organised by',
    fundedBy: 'Funded by',
    initiative: 'Initiative',
    days: { one: 'One day', other: '{n} days' } as PluralForms,
  },
  quotes: {
    title: 'Quotes',
    eyebrow: 'In their own words',
    count: { one: '{n} quote', other: '{n} quotes' } as PluralForms,
    fromSpeakers: { one: 'from {n} speaker', other: 'from {n} speakers' } as PluralForms,
    /** "4 quotes from 4 speakers": the two counted phrases above in this language's order. */
    summary: (quotes: string, speakers: string) => `${quotes} ${speakers}`,
    /** "4 quotes from 4 speakers" + " of the <programme>" + this. */
    description: (summary: string, programme?: string) =>
      `${summary}${programme ? ` of the ${programme}` : ''}, reproduced as they were reported, each with a link to share.`,
    intro: (summary: string) => `${summary}, reproduced as they were reported. Open a quote to share it, or read it where it sits in the story of its cohort.`,
    none: 'No quotes have been published yet.',
  },
  quote: {
    allQuotes: 'All quotes',
    /** The badge on the quote a shared #quote- link opens on. */
    linked: 'Linked quote',
    quoteBy: (name: string) => `Quote by ${name}`,
    /** What a share control shares, as a noun phrase after "Share" or "More ways to share:". */
    thisQuoteBy: (name: string) => `this quote by ${name}`,
    occasion: 'Occasion',
    cohort: 'Cohort',
    dates: 'Dates',
    place: 'Place',
    readInContext: 'Read it in context',
    moreFromCohort: 'More quotes from this cohort',
    allFrom: (count: string, cohort: string) => `All ${count} from ${cohort}`,
    permalink: 'Permalink',
    toThisQuoteBy: (name: string) => `to this quote by ${name}`,
    openQuote: 'Open quote',
    readInContextShort: 'Read in context',
    /** Hidden part of a card's links: "by Helen Clark, conversation with participants". */
    whose: (name: string, occasion: string) => `by ${name}, ${occasion}`,
    /** JSON-LD description of a Quotation. */
    saidAt: (occasion: string) => `Said at the ${occasion}`,
  },
  share: {
    share: 'Share',
    shareWhat: (what: string) => `Share ${what}`,
    thisPage: 'this page',
    copyLink: 'Copy link',
    shareNative: 'Share…',
    moreWays: 'More ways to share',
    /** Hidden after "More ways to share": what is shared, e.g. " this quote by Helen Clark". */
    moreWaysOf: (what: string) => ` ${what}`,
    sendBy: 'Send by ',
    shareOn: 'Share on ',
    newTab: ' (opens in a new tab)',
    email: 'E-mail',
    permalinkField: 'Permalink, to copy and paste',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Could not copy automatically. The link is selected: press Ctrl+C or Command+C to copy it.',
    shareFailed: 'Sharing did not work here. Use Copy link or one of the links.',
  },
  speakers: {
    title: 'Speakers',
    eyebrow: 'Who spoke',
    count: { one: '{n} speaker', other: '{n} speakers' } as PluralForms,
    acrossCohorts: { one: 'quoted across {n} cohort', other: 'quoted across {n} cohorts' } as PluralForms,
    summary: (speakers: string, cohorts: string) => `${speakers} ${cohorts}`,
    description: (summary: string, programme?: string) => `${summary}${programme ? ` of the ${programme}` : ''}: who they are, their roles and their quotes.`,
    intro: (summary: string) => `${summary}. Open a speaker to see their roles and their quotes.`,
    none: 'No speakers have been published yet.',
  },
  speaker: {
    allSpeakers: 'All speakers',
    eyebrow: 'Speaker',
    photo: (credit: string) => `Photo: ${credit}`,
    spokeAt: 'Spoke at',
    inTheirWords: 'In their words',
    cohortCount: { one: '{n} cohort', other: '{n} cohorts' } as PluralForms,
    description: (name: string, roles: string, quotes: string, cohorts: string) => `${name}: ${roles}. ${quotes} from ${cohorts}.`,
    since: (year: string) => `since ${year}`,
    until: (year: string) => `until ${year}`,
  },
  stat: {
    source: 'Source:',
    inTheStory: 'In the story',
    /** What a figure is, beside its source: how things are, or a goal. */
    finding: 'Finding',
    target: 'Target',
    /** "1 in 3" */
    ratio: (n: number, d: number) => `${n} in ${d}`,
    /** Screen-reader and alt wording: "54 percent", "8 to 15 percent", "one in three". */
    percent: { one: '{n} percent', other: '{n} percent' } as PluralForms,
    range: (min: string, max: string, percent: boolean) => `${min} to ${max}${percent ? ' percent' : ''}`,
    /** "one in three": small numbers in words where the language reads them so; else the figures. */
    ratioWords: (n: number, d: number) => {
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
      return `${words[n] ?? n} in ${words[d] ?? d}`;
    },
  },
  notFound: {
    title: 'Page not found',
    description: "This page does not exist. Find the programme's cohorts, quotes and speakers from here.",
    eyebrow: 'Error 404',
    heading: 'This page is not here',
    body: 'The address may be mistyped, or the page may have moved. If you followed a link to a quote, you will find it among all the quotes.',
    latest: 'The latest recap',
    cohorts: 'Every edition of the programme',
    quotes: 'Every quote, each with its own link',
    speakers: 'Who spoke, with their roles',
    home: 'The programme at a glance',
  },
  moved: {
    eyebrow: 'Moved',
    title: (label: string) => `Moved: ${label}`,
    heading: { quote: 'This quote has a new address', speaker: 'This speaker’s page has a new address', cohort: 'This recap has a new address' },
    nowAt: 'now lives at',
    quoteBy: (name: string) => `a quote by ${name}`,
  },
  card: {
    speaker: 'Speaker',
    latestCohort: (line: string) => `Latest cohort: ${line}`,
    participants: { one: 'participant', other: 'participants' } as PluralForms,
    regions: { one: 'region', other: 'regions' } as PluralForms,
    days: { one: 'day', other: 'days' } as PluralForms,
    speakers: { one: 'speaker', other: 'speakers' } as PluralForms,
    quotes: { one: 'quote', other: 'quotes' } as PluralForms,
    cohorts: { one: 'cohort', other: 'cohorts' } as PluralForms,
    quoteAlt: (quote: string, speaker: string, occasion: string, cohort: string) => `Quote card: “${quote}” — ${speaker}; ${occasion}, ${cohort}.`,
    /** `title` and `eyebrow` arrive as sentences, their full stop included (cardAlt). */
    pageAlt: (title: string, eyebrow: string, figures: string) => `Card: ${title} ${eyebrow} ${figures}.`,
    /** Printed on a card that shows an unofficial translation under the original. */
    unofficial: 'Unofficial translation',
  },
};

export default en;
/** The shape every locale's dictionary has: English defines it. */
export type Dictionary = typeof en;
