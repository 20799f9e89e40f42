// The findings the site publishes, one page per finding and language: each key figure of
// the report, its quote, its interviewees. Titles and descriptions come from the report's
// data and from the catalogue's own snippet generator (.storybook/snippet.ts), so the page,
// the oEmbed fallback and the script-tag snippet say the same words.
import { FIGURE_IDS, getFigure, getPeople, getQuote, getReport } from '@relais/report-data';
import {
  fallbackFor,
  type Attributes,
  type Fallback,
  type Locale,
} from '../../../.storybook/snippet.js';

export const LOCALES: readonly Locale[] = ['fr', 'en'];

export interface Finding {
  /** The page's folder: the data's id (public API, never renamed), or `interviewees`. */
  slug: string;
  tag: 'relais-key-figure' | 'relais-quote-card' | 'relais-interviewee-list';
  attributes: Attributes;
  /** A short title: the page's `<title>`, the oEmbed title, the share image's heading. */
  title: Record<Locale, string>;
  /**
   * The page's heading, for screen readers only (the element is the page): what the finding
   * is and where it comes from, without repeating the finding itself.
   */
  heading: Record<Locale, string>;
  /** What a reader hears: the finding in one sentence, with its source. */
  spoken: Record<Locale, string>;
  fallback: Record<Locale, Fallback>;
}

const both = <T>(make: (locale: Locale) => T): Record<Locale, T> => ({
  fr: make('fr'),
  en: make('en'),
});

/** A fallback as one sentence: the paragraph, or the list after its heading. */
function sentenceOf(fallback: Fallback, heading: string): string {
  if (!fallback) return heading;
  if ('paragraph' in fallback) return fallback.paragraph;
  return `${heading} : ${fallback.list.join(' ; ')}.`;
}

const INTERVIEWEES_TITLE: Record<Locale, (count: number, report: string) => string> = {
  fr: (count, report) =>
    `Les ${count}\u00A0personnes interrogées pour le rapport «\u202F${report}\u202F»`,
  en: (count, report) => `The ${count} people interviewed for the report “${report}”`,
};
const QUOTE_TITLE: Record<Locale, (name: string, role: string) => string> = {
  fr: (name, role) => `Citation de ${name}, ${role}`,
  en: (name, role) => `A quote from ${name}, ${role}`,
};

const KIND: Record<Finding['tag'], Record<Locale, string>> = {
  'relais-key-figure': { fr: 'Un chiffre clé', en: 'A key figure' },
  'relais-quote-card': { fr: 'Une citation', en: 'A quote' },
  'relais-interviewee-list': { fr: 'Les personnes interrogées', en: 'The people interviewed' },
};
const FROM: Record<Locale, (report: string) => string> = {
  fr: (report) => `du rapport de WeTechCare «\u202F${report}\u202F»`,
  en: (report) => `from WeTechCare’s report “${report}”`,
};
const headingOf = (tag: Finding['tag']): Record<Locale, string> =>
  both((locale) => `${KIND[tag][locale]} ${FROM[locale](getReport().title[locale])}`);

const OF: Record<Locale, string> = { fr: 'de', en: 'of' };

function figureFinding(id: string): Finding {
  const figure = getFigure(id);
  if (!figure) throw new Error(`No figure ${id} in the report's data`);
  const attributes = { figure: id };
  const fallback = both((locale) => fallbackFor('relais-key-figure', attributes, locale));
  return {
    slug: id,
    tag: 'relais-key-figure',
    attributes,
    heading: headingOf('relais-key-figure'),
    title: both((locale) => figure.spoken[locale]),
    spoken: both((locale) => sentenceOf(fallback[locale], figure.spoken[locale])),
    fallback,
  };
}

function quoteFinding(id: string): Finding {
  const quote = getQuote(id);
  const [author] = quote ? getPeople({ ids: [quote.author] }) : [];
  if (!quote || !author) throw new Error(`No quote ${id} (or its author) in the report's data`);
  const attributes = { quote: id };
  const fallback = both((locale) => fallbackFor('relais-quote-card', attributes, locale));
  const name = `${author.givenName} ${author.familyName}`;
  // « fondateur de WeTechCare », "founder of WeTechCare": the role runs into the title.
  const role = (locale: Locale): string =>
    author.organization
      ? `${author.role[locale].toLowerCase()} ${OF[locale]} ${author.organization}`
      : author.role[locale].toLowerCase();
  return {
    slug: id,
    tag: 'relais-quote-card',
    attributes,
    heading: headingOf('relais-quote-card'),
    title: both((locale) => QUOTE_TITLE[locale](name, role(locale))),
    spoken: both((locale) => sentenceOf(fallback[locale], name)),
    fallback,
  };
}

function intervieweesFinding(): Finding {
  const attributes = {};
  const count = getPeople({ include: 'interviewees' }).length;
  const title = both((locale) => INTERVIEWEES_TITLE[locale](count, getReport().title[locale]));
  const fallback = both((locale) => fallbackFor('relais-interviewee-list', attributes, locale));
  return {
    slug: 'interviewees',
    tag: 'relais-interviewee-list',
    attributes,
    heading: headingOf('relais-interviewee-list'),
    title,
    spoken: both((locale) => sentenceOf(fallback[locale], title[locale])),
    fallback,
  };
}

/** Every finding of the report, in the order the Findings page of the catalogue shows them. */
export function findings(): Finding[] {
  return [...FIGURE_IDS.map(figureFinding), quoteFinding('jean-deydier'), intervieweesFinding()];
}
