/**
 * Every closed list of values the data uses, written once. The schema (`schema.ts`) builds
 * its literal unions from these arrays, and `index.ts` re-exports them as runtime values,
 * so this file must stay free of any import: the embed bundle pulls it in.
 */

/** The languages every reader-facing text exists in. */
export const LOCALES = ['fr', 'en'] as const;

/** The reports this package publishes (one data file each, `data/<id>.json`). */
export const REPORT_IDS = ['monde-social-numerique-2020'] as const;

/**
 * The report every lookup reads when it names none: every snippet written before a second
 * report existed (`<relais-key-figure figure="…">`, `getFigure(id)`) keeps meaning this one.
 */
export const DEFAULT_REPORT_ID = 'monde-social-numerique-2020';

/*
 * The lists below are the ids of the default report. Ids are unique within a report, not
 * across reports: another report may have its own `rapport` source or `teleconsultations`
 * figure, and is read with `{ report }`.
 */

/** Public API: a figure id is written into partners' pages, never rename one. */
export const FIGURE_IDS = [
  'plan-de-relance-numerique',
  'eloignes-du-numerique',
  'decrochage-scolaire',
  'emplois-competences-numeriques',
  'competences-numeriques-de-base',
  'teleconsultations',
] as const;

/**
 * How a number reads. The same list as `FIGURE_KINDS` in `@relais/core` (a test keeps
 * them equal): this package is pure data and must not depend on Lit through core.
 */
export const FIGURE_KINDS = ['count', 'percent', 'currency', 'ratio', 'multiplier'] as const;

/**
 * `rapport` is the report itself: what the text presents as the report's content (« Notre
 * rapport montre ainsi… »). `annonce` is the text itself, WeTechCare's announcement of the
 * report (21 September 2020): what it says in its own words, and what it cites.
 */
export const SOURCE_IDS = [
  'rapport',
  'annonce',
  'plan-de-relance',
  'education-nationale',
  'union-europeenne',
] as const;

export const THEME_IDS = ['jeunesse', 'insertion', 'sante', 'politique-publique'] as const;

export const QUOTE_IDS = ['jean-deydier'] as const;

/**
 * Public API: the nine interviewees, the two contributors (preface, op-ed), then Jean
 * Deydier, quoted by the announcement (not a contributor to the report).
 */
export const PERSON_IDS = [
  'benjamin-bitane',
  'perine-brotcorne',
  'frederic-chaillan',
  'armelle-de-guibert',
  'celine-jauriberry',
  'anne-lehmans',
  'adam-micklethwaite',
  'jean-marc-petit',
  'florian-soudain',
  'cedric-o',
  'cyril-garcia',
  'jean-deydier',
] as const;

/**
 * What a person did for the report, or `quoted`: quoted by the announcement, without a part
 * in the report itself.
 */
export const PERSON_PARTS = ['interviewee', 'preface', 'op-ed', 'quoted'] as const;

/** The four ways the social sector used digital tools during lockdown, as the text lists them. */
export const DIGITAL_USE_IDS = [
  'activite-interne',
  'information-des-publics',
  'accompagnement-a-distance',
  'formation-au-numerique',
] as const;
