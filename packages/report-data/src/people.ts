/**
 * `@relais/report-data/people.js`: the people a report interviewed or who contributed, and
 * the people its announcement quotes.
 */
import { people } from './generated/people.js';
import { lookup, type ReportOption } from './registry.js';
import type { Person, PersonPart } from './schema.js';

export { PERSON_IDS, PERSON_PARTS } from './ids.js';
export type { Person, PersonId, PersonPart, Role } from './schema.js';

const byId = /*#__PURE__*/ lookup<Person>('people', people);

/**
 * Which people `getPeople()` returns when no ids are given, and which people
 * `<relais-interviewee-list include>` shows: the same words with the same meaning.
 */
export const PEOPLE_INCLUDES = ['interviewees', 'contributors', 'all'] as const;
export type PeopleInclude = (typeof PEOPLE_INCLUDES)[number];

/** Filter for {@link getPeople}. */
export interface PeopleFilter extends ReportOption {
  /** People by id, in this order; unknown ids and repeats are skipped. Overrides `include`. */
  ids?: readonly string[];
  /**
   * `interviewees` (default), `contributors` (preface, op-ed) or `all` (both: the report's
   * people; the people its announcement quotes are had by id).
   */
  include?: PeopleInclude;
}

const INCLUDED: Record<PeopleInclude, (part: PersonPart) => boolean> = {
  interviewees: (part) => part === 'interviewee',
  contributors: (part) => part === 'preface' || part === 'op-ed',
  all: (part) => part !== 'quoted',
};

/**
 * People of a report, in the order its text lists them.
 * @param filter - `ids` to pick people (unknown ids skipped), or `include`:
 *   `'interviewees'` (default: the nine interviewees), `'contributors'` (Cédric O, Cyril
 *   Garcia) or `'all'` (both; Jean Deydier, quoted by the announcement and not a
 *   contributor to the report, is had by his id); `report` to read another report than the
 *   default
 * @returns a new array; empty when nothing matches or the report is unknown
 */
export function getPeople(filter: PeopleFilter = {}): Person[] {
  const { ids, include } = filter ?? {};
  if (Array.isArray(ids)) {
    const picked = new Set(ids.filter((id) => byId.get(id, filter) !== undefined));
    return [...picked].map((id) => byId.get(id, filter) as Person);
  }
  // Own keys only: an `include` of `__proto__` or `constructor` must not reach Object's.
  const included =
    include && Object.hasOwn(INCLUDED, include) ? INCLUDED[include] : INCLUDED.interviewees;
  return (byId.list(filter) ?? []).filter((person) => included(person.part));
}
