export { PEOPLE_INCLUDES, type PeopleInclude } from '@relais/report-data';
export { THEMES, type Theme } from '@relais/theme';

/** The `layout` attribute: a column of entries, or cards in as many columns as fit. */
export const LIST_LAYOUTS = ['list', 'grid'] as const;
export type ListLayout = (typeof LIST_LAYOUTS)[number];

/** The `group-by` attribute: one list, or one list per country under its name. */
export const LIST_GROUPINGS = ['none', 'country'] as const;
export type ListGrouping = (typeof LIST_GROUPINGS)[number];

/** The `heading-level` attribute: `h2` to `h6`, so the list fits the page's outline. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
/** A level as code sets it (`3`) or as HTML writes it (`'3'`). */
export type HeadingLevel = (typeof HEADING_LEVELS)[number] | `${(typeof HEADING_LEVELS)[number]}`;

/** One person as the list shows them, from the report's data or from `<relais-person>`. */
export interface ListedPerson {
  /** Unique in the list: the data's id, or the position of the authored child. */
  key: string;
  /** The whole name as shown: « Armelle de Guibert ». */
  name: string;
  /** What the list sorts by: the family name without its particles (« Guibert »), then the given name. */
  sortKey: readonly [string, string];
  role?: string | undefined;
  /** The role's language when it is known: every data role, an authored `role-lang`. */
  roleLang?: string | undefined;
  organization?: string | undefined;
  /** ISO 3166-1 alpha-2 code (`BE`) when given as one; groups and names the country. */
  countryCode?: string | undefined;
  /** The country as written, when an author gave words rather than a code. */
  countryText?: string | undefined;
  /** « jusqu’au 31 août 2020 », in the list's language. */
  until?: string | undefined;
  /** « Préface », « Tribune », « Fondateur »: what a contributor did, in the list's language. */
  partLabel?: string | undefined;
  /** True when the role shown is our translation. */
  translated: boolean;
  /** True for the report's interviewees and every authored person. */
  interviewee: boolean;
}
