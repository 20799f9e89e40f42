// French typography, as it is printed: a no-break space (U+202F narrow, or U+00A0) before
// « : ; ! ? % », inside « », and between a number and the word that counts it (« 13 millions »,
// « 9 emplois »), so that a line never starts with « % » or ends with « 13 ». One rule set,
// read by the Node test of every source file (scripts/french-typography.test.mjs) and by the
// browser tests of what the code generates (snippets, formatted numbers).

/** The words a number must not be split from: the units and magnitudes the texts count with. */
const UNIT_WORDS = [
  'millions?',
  'milliards?',
  'euros?',
  'emplois?',
  'personnes?',
  'pour cent',
  'élèves',
  'fois',
];

/**
 * Each rule: what it wants, and the pattern of an ordinary space (U+0020, or a line break
 * inside one text) where it wants a no-break one. `«` and `»` are French-only marks, so
 * their rules hold in any text; the others hold in French text only.
 */
const RULES = [
  { wants: 'a no-break space after «', pattern: /«(?:[ \t\n]|(?=[^\s\u00A0\u202F]))/g },
  { wants: 'a no-break space before »', pattern: /(?:[ \t\n]|(?<=[^\s\u00A0\u202F]))»/g },
  {
    wants: 'a no-break space before « : ; ! ? % »',
    // `?attr=` and `:attr=` are Lit and Vue bindings, `!important` is CSS, `://` a URL.
    pattern: /(?<=\S) (?:[;!?%]|:(?!\/\/))(?![\w-]+=)(?!important)/g,
  },
  {
    wants: 'a no-break space between a number and its unit word',
    // `{count}` is the number of a string with placeholders: « {count} personnes ».
    pattern: new RegExp(
      `(?<=\\d|\\{count\\}|\\{value\\}) (?=(?:${UNIT_WORDS.join('|')})(?![\\p{L}]))`,
      'gu',
    ),
  },
  {
    wants: 'a no-break space between the groups of a number (« 1 200 »)',
    pattern: /(?<=(?<![\d.,])\d{1,3}) (?=\d{3}(?!\d))/g,
  },
];

/** Characters that only French writes among our texts, and the short words only French uses. */
const FRENCH_MARK =
  /[«»éèêàâçùûôîœ]|\b(?:les|des|du|une|est|sont|pour|avec|sur|par|qui|cité|Qui)\b/;

/** Whether `text` reads as French: it has French marks, letters or words. */
export function looksFrench(text) {
  return FRENCH_MARK.test(text);
}

/**
 * Every place `text` breaks French typography, as `{ index, wants, excerpt }`. `french`:
 * whether the text is French (then every rule applies) or of another or unknown language
 * (then only the guillemets' rules, which no other language uses).
 * @param {string} text
 * @param {{ french?: boolean }} [options]
 * @returns {{ index: number, wants: string, excerpt: string }[]}
 */
export function typographyProblems(text, { french = true } = {}) {
  const problems = [];
  const rules = french ? RULES : RULES.slice(0, 2);
  for (const { wants, pattern } of rules) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      const excerpt = text
        .slice(Math.max(0, index - 25), index + 25)
        .replace(/\n/g, '⏎')
        .replace(/ /g, '·');
      problems.push({ index, wants, excerpt });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}
