/**
 * `@relais/report-data`: the report's findings as typed data, and small accessors.
 *
 * The data lives once, in `data/monde-social-numerique-2020.json`, validated against the
 * schema at build time. Nothing here validates at run time, and nothing imports TypeBox
 * at run time (`import type` only), so the embed bundle carries the data and these few
 * functions alone.
 */
import json from '../data/monde-social-numerique-2020.json' with { type: 'json' };
import type {
  Figure,
  Person,
  PersonPart,
  Quote,
  Report,
  ReportData,
  Source,
  Theme,
} from './schema.js';

export type {
  DigitalUse,
  DigitalUseId,
  Figure,
  FigureId,
  FigureKind,
  Locale,
  LocalizedText,
  Person,
  PersonId,
  PersonPart,
  Quote,
  QuoteId,
  Report,
  ReportData,
  ReportId,
  Role,
  Source,
  SourceId,
  Theme,
  ThemeId,
} from './schema.js';
export {
  DIGITAL_USE_IDS,
  FIGURE_IDS,
  FIGURE_KINDS,
  LOCALES,
  PERSON_IDS,
  PERSON_PARTS,
  QUOTE_IDS,
  SOURCE_IDS,
  THEME_IDS,
} from './ids.js';

/** Freezes the data once: every element on a page shares these objects. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// The JSON's inferred type widens ids to `string`; the build has already checked the file
// against the schema, so the assertion only narrows. A field whose type changes in the
// schema no longer overlaps the JSON's type, and tsc rejects this line.
const data = deepFreeze(json as ReportData);

/** Keyed by own id: a lookup of `__proto__` or `constructor` finds nothing. */
function indexById<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

const figures = indexById(data.figures);
const sources = indexById(data.sources);
const quotes = indexById(data.quotes);
const themes = indexById(data.themes);
const people = indexById(data.people);

/** Which people `getPeople()` returns when no ids are given. */
export type PeopleInclude = 'interviewees' | 'contributors' | 'all';

/** Filter for {@link getPeople}. */
export interface PeopleFilter {
  /** People by id, in this order; unknown ids and repeats are skipped. Overrides `include`. */
  ids?: readonly string[];
  /** `interviewees` (default), `contributors` (preface, op-ed, founder) or `all`. */
  include?: PeopleInclude;
}

const INCLUDED: Record<PeopleInclude, (part: PersonPart) => boolean> = {
  interviewees: (part) => part === 'interviewee',
  contributors: (part) => part !== 'interviewee',
  all: () => true,
};

/**
 * The report itself: title, publisher, dates, preface and op-ed authors, method, themes and
 * the four ways the social sector used digital tools during lockdown.
 */
export function getReport(): Report {
  return data.report;
}

/**
 * A key figure by id.
 * @param id - a {@link FigureId}, e.g. `'eloignes-du-numerique'`
 * @returns the figure, or `undefined` for an unknown id
 */
export function getFigure(id: string): Figure | undefined {
  return figures.get(id);
}

/**
 * A source by id: what a figure or quote cites.
 * @param id - a {@link SourceId}, e.g. `'education-nationale'`
 * @returns the source, or `undefined` for an unknown id
 */
export function getSource(id: string): Source | undefined {
  return sources.get(id);
}

/**
 * A quote by id.
 * @param id - a {@link QuoteId}: `'jean-deydier'`
 * @returns the quote, or `undefined` for an unknown id
 */
export function getQuote(id: string): Quote | undefined {
  return quotes.get(id);
}

/**
 * A theme by id: its name in French and English.
 * @param id - a {@link ThemeId}, e.g. `'sante'`
 * @returns the theme, or `undefined` for an unknown id
 */
export function getTheme(id: string): Theme | undefined {
  return themes.get(id);
}

/**
 * People of the report, in the order the text lists them.
 * @param filter - `ids` to pick people (unknown ids skipped), or `include`:
 *   `'interviewees'` (default: the nine interviewees), `'contributors'` (Cédric O, Cyril
 *   Garcia, Jean Deydier) or `'all'`
 * @returns a new array; empty when nothing matches
 */
export function getPeople(filter: PeopleFilter = {}): Person[] {
  const { ids, include } = filter ?? {};
  if (Array.isArray(ids)) {
    const picked = new Set(ids.filter((id) => people.has(id)));
    return [...picked].map((id) => people.get(id) as Person);
  }
  // Own keys only: an `include` of `__proto__` or `constructor` must not reach Object's.
  const included =
    include && Object.hasOwn(INCLUDED, include) ? INCLUDED[include] : INCLUDED.interviewees;
  return data.people.filter((person) => included(person.part));
}
