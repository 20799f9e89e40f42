import type { Locale } from './locale.js';

/**
 * Every word an element prints that does not come from the report's data. English
 * strings are ours; French ones follow French typography (a narrow no-break space before
 * `:`, `;`, `?`, `!` and `%`).
 */
export const STRINGS = {
  fr: {
    source: 'Source',
    sourceColon: 'Source\u202F:',
    sourceLink: 'Voir la source',
    citedBy: 'cité par',
    report: 'Rapport',
    publishedOn: 'Publié le {date}',
    translatedFromFr: 'Traduit du français par Relais',
    translatedFromEn: 'Traduit de l’anglais par Relais',
    originalLanguage: 'Citation originale en {language}',
    languageFr: 'français',
    languageEn: 'anglais',
    interviewees: 'Personnes interrogées',
    contributors: 'Contributions',
    peopleInterviewedOne: '{count} personne interrogée',
    peopleInterviewedOther: '{count} personnes interrogées',
    peopleOne: '{count} personne',
    peopleOther: '{count} personnes',
    partPreface: 'Préface',
    partOpEd: 'Tribune',
    partFounder: 'Fondateur',
    roleUntil: 'jusqu’au {date}',
    countryNotStated: 'Pays non précisé',
    opensInNewTab: '(nouvel onglet)',
    rangeConnector: 'à',
    ratioConnector: 'sur',
    percentWords: 'pour cent',
    multiplierWords: 'multiplié par {value}',
  },
  en: {
    source: 'Source',
    sourceColon: 'Source:',
    sourceLink: 'See the source',
    citedBy: 'cited by',
    report: 'Report',
    publishedOn: 'Published on {date}',
    translatedFromFr: 'Translated from French by Relais',
    translatedFromEn: 'Translated from English by Relais',
    originalLanguage: 'Original quote in {language}',
    languageFr: 'French',
    languageEn: 'English',
    interviewees: 'Interviewees',
    contributors: 'Contributors',
    peopleInterviewedOne: '{count} person interviewed',
    peopleInterviewedOther: '{count} people interviewed',
    peopleOne: '{count} person',
    peopleOther: '{count} people',
    partPreface: 'Preface',
    partOpEd: 'Op-ed',
    partFounder: 'Founder',
    roleUntil: 'until {date}',
    countryNotStated: 'Country not stated',
    opensInNewTab: '(opens in a new tab)',
    rangeConnector: 'to',
    ratioConnector: 'in',
    percentWords: 'percent',
    multiplierWords: 'multiplied by {value}',
  },
} satisfies Record<Locale, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)['fr'];

/**
 * The built-in string `key` in `locale`, with `{name}` placeholders replaced by `values`.
 * A placeholder with no value is removed rather than printed as `{name}` or `undefined`.
 */
export function t(locale: Locale, key: StringKey, values: Record<string, string> = {}): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** The name of a language in `locale`'s words: `languageName('fr', 'en')` → `anglais`. */
export function languageName(locale: Locale, language: Locale): string {
  return t(locale, language === 'fr' ? 'languageFr' : 'languageEn');
}

/**
 * A count in words with the right plural for `locale`: `countOf('fr', 9,
 * 'peopleInterviewedOne', 'peopleInterviewedOther')` → « 9 personnes interrogées ».
 */
export function countOf(locale: Locale, count: number, one: StringKey, other: StringKey): string {
  const key = new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
  return t(locale, key, { count: new Intl.NumberFormat(locale).format(count) });
}

/** « Traduit de l’anglais par Relais » / "Translated from French by Relais". */
export function translationNotice(locale: Locale, original: Locale): string {
  return t(locale, original === 'fr' ? 'translatedFromFr' : 'translatedFromEn');
}
