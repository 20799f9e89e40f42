import { cachedFormatter, type Locale } from '@relais/core/internal.js';

/**
 * Particles that may start a family name: « Armelle de Guibert », « Joachim Du Bellay »,
 * « Ludwig van Beethoven », « Vincent Van Gogh ». Written in lower case (French, Dutch and
 * German usage), a particle is left out when sorting: « de Guibert » sorts under G. Written
 * with a capital, it is part of the name and sorts where it is written: « Du Bellay » under
 * D, « Van Gogh » under V. After a lower-case particle, the next word keeps its own case:
 * « de La Fontaine » sorts under L.
 */
const PARTICLES = ['de', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'zu'];
/** « d’Alembert », « d'Estaing »: a particle joined to the name by an apostrophe. */
const ELIDED = /^d['’]/i;
/** Leading lower-case particles of a family name: `de `, `van der `, `d’`. */
const LEADING_LOWER_CASE = new RegExp(`^(?:(?:${PARTICLES.join('|')})\\s+|d['’])+`);

const isParticle = (word: string): boolean =>
  PARTICLES.includes(word.toLowerCase()) || ELIDED.test(word);

/**
 * A whole name split into given and family names. The family name starts at the first
 * particle after the given name, whatever its case (« Jean | de La Fontaine », « Joachim |
 * Du Bellay »); without a particle it is the last word (« Jean-Marc | Petit »). A family
 * name of several words without a particle (« García Márquez ») is not told apart: it sorts
 * by its last word.
 */
export function splitName(name: string): [given: string, family: string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return ['', words[0] ?? ''];
  const particle = words.findIndex((word, index) => index > 0 && isParticle(word));
  const start = particle > 0 && particle < words.length - 1 ? particle : words.length - 1;
  return [words.slice(0, start).join(' '), words.slice(start).join(' ')];
}

/** What a family name sorts by: without its lower-case particles (« de Guibert » → « Guibert »). */
export function sortingName(family: string): string {
  return family.replace(LEADING_LOWER_CASE, '') || family;
}

/** Anything with a name to sort by: `[family name as sorted, given name]`, and the whole name. */
export interface Sortable {
  sortKey: readonly [string, string];
  name: string;
}

/** `[sortingName(family), given]` for a whole name as an author writes it. */
export function sortKeyOf(name: string): [string, string] {
  const [given, family] = splitName(name);
  return [sortingName(family), given];
}

/** By family name as sorted, then given name, then whole name, as `locale` collates; a new array. */
export function sortByName<T extends Sortable>(people: readonly T[], locale: Locale): T[] {
  const collator = cachedFormatter(`collator|${locale}`, () => new Intl.Collator(locale));
  return [...people].sort(
    (a, b) =>
      collator.compare(a.sortKey[0], b.sortKey[0]) ||
      collator.compare(a.sortKey[1], b.sortKey[1]) ||
      collator.compare(a.name, b.name),
  );
}
