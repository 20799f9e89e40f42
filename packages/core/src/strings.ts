import { cachedFormatter } from './intl-cache.js';
import type { Locale } from './locale.js';

/**
 * A table of words an element prints that do not come from the report's data: the same keys
 * in French and in English. English strings are ours; French ones follow French typography
 * (a narrow no-break space before `:`, `;`, `?`, `!` and `%`). Each element package keeps a
 * table of its own words, so that a page with one element downloads only that element's.
 */
export type Strings<K extends string = string> = Record<Locale, Record<K, string>>;

const fr = {
  sourceColon: 'Source\u202F:',
  citedBy: 'cité par',
  translatedFromFr: 'Traduit du français par Relais',
  translatedFromEn: 'Traduit de l’anglais par Relais',
  rangeConnector: 'à',
  ratioConnector: 'sur',
  percentWords: 'pour cent',
  multiplierWords: 'multiplié par {value}',
};

/** The words more than one element prints: the source line and the numbers in words. */
export const STRINGS: Strings<keyof typeof fr> = {
  fr,
  en: {
    sourceColon: 'Source:',
    citedBy: 'cited by',
    translatedFromFr: 'Translated from French by Relais',
    translatedFromEn: 'Translated from English by Relais',
    rangeConnector: 'to',
    ratioConnector: 'in',
    percentWords: 'percent',
    multiplierWords: 'multiplied by {value}',
  },
};

export type StringKey = keyof typeof fr;

/**
 * The string `key` of `table` in `locale`, with `{name}` placeholders replaced by `values`.
 * A placeholder with no value is removed rather than printed as `{name}` or `undefined`.
 */
export function translate<K extends string>(
  table: Strings<K>,
  locale: Locale,
  key: K,
  values: Record<string, string> = {},
): string {
  return table[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** One of the shared words ({@link STRINGS}) in `locale`, placeholders filled. */
export function t(locale: Locale, key: StringKey, values: Record<string, string> = {}): string {
  return translate(STRINGS, locale, key, values);
}

/**
 * A count in words with the right plural for `locale`, from `table`'s `one` and `other`
 * strings (each with a `{count}` placeholder): « 9 personnes interrogées ».
 */
export function countOf<K extends string>(
  table: Strings<K>,
  locale: Locale,
  count: number,
  one: K,
  other: K,
): string {
  // Built once per locale: a formatter per call was 3 % of a 1,000-list render.
  const plural = cachedFormatter(`plural|${locale}`, () => new Intl.PluralRules(locale));
  const number = cachedFormatter(`number|${locale}|count`, () => new Intl.NumberFormat(locale));
  const key = plural.select(count) === 'one' ? one : other;
  return translate(table, locale, key, { count: number.format(count) });
}

/** « Traduit de l’anglais par Relais » / "Translated from French by Relais". */
export function translationNotice(locale: Locale, original: Locale): string {
  return t(locale, original === 'fr' ? 'translatedFromFr' : 'translatedFromEn');
}
