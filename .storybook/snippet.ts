// What a partner pastes, made once for every story of every element: the element as its
// story's args describe it, the fallback text in the toolbar's language, and the lines that
// load it (script tag or npm). Stories render the element with `embedElement()` and the
// catalogue shows `scriptTagSnippet()` and `npmSnippet()` of the same `Embed`, so what is
// shown and what is copied cannot differ.
import { formatCompared, formatFigure, isFigureKind, parseNumber } from '@relais/core/internal.js';
import {
  getCitingSource,
  getFigure,
  getPeople,
  getQuote,
  getReport,
  getSource,
  PEOPLE_INCLUDES,
} from '@relais/report-data';
import embedPackage from '../packages/embed/package.json' with { type: 'json' };

export type Locale = 'fr' | 'en';

/** Story args, keyed by attribute name as a partner writes them. */
export type Attributes = Record<string, unknown>;

/**
 * The one story arg that is not an attribute: the words a partner writes inside the element
 * (the quote card's own quote). The snippet puts them inside, as the element reads them.
 */
export const WORDS_ARG = 'words';

/** Light-DOM content: shown before the script runs, without JavaScript, and on bad data. */
export type Fallback = { paragraph: string } | { list: string[] } | undefined;

/** One element as a partner embeds it. */
export interface Embed {
  tag: string;
  attributes: Attributes;
  fallback: Fallback;
}

/** The script tag serves the latest release of this major version (SPEC.md, "Ways in"). */
export const EMBED_MAJOR = embedPackage.version.split('.')[0] ?? '1';
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/@relais/embed@${EMBED_MAJOR}/dist`;

const CITED_BY: Record<Locale, string> = { fr: 'cité par', en: 'cited by' };

/**
 * « (WeTechCare, 2020) » for what WeTechCare's report or its announcement says itself, or
 * « (Union européenne, cité par WeTechCare, 2020) » for a source one of them cites.
 */
function credit(sourceId: string, locale: Locale): string {
  const report = getReport();
  const year = report.published.slice(0, 4);
  const source = getSource(sourceId);
  const citing = getCitingSource(source);
  const publisher = (document: typeof source): string =>
    `${document?.publisher ?? report.publisher}, ${year}`;
  return source && citing
    ? `${source.name[locale]}, ${CITED_BY[locale]} ${publisher(citing)}`
    : publisher(source);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * « 42 % » and « 40 % »: an inline figure's number and the number it is compared
 * with, as the element shows them, so that the fallback says what the figure says; the value
 * as written when the attributes do not make a number.
 */
function inlineNumbers(
  attributes: Attributes,
  locale: Locale,
): { shown: string; compare?: string | undefined } | undefined {
  const value = text(attributes['value']);
  const kind = text(attributes['kind']) ?? 'count';
  if (!value || !isFigureKind(kind)) return value ? { shown: value } : undefined;
  const number = {
    kind,
    value: parseNumber(value) ?? Number.NaN,
    valueMax: parseNumber(attributes['value-max']),
    currency: text(attributes['currency']),
    denominator: parseNumber(attributes['denominator']),
    unit: text(attributes['unit']),
  };
  const compare = formatCompared(number, parseNumber(attributes['compare-value']), locale)?.text;
  const compareLabel = text(attributes['compare-label']);
  return {
    shown: formatFigure(number, locale)?.text ?? value,
    compare: compare && (compareLabel ? `${compare} ${compareLabel}` : compare),
  };
}

/**
 * The fallback a partner should write, from the report's data when the args name a figure,
 * a quote or people; from the inline attributes otherwise. The data says it in the toolbar's
 * language, so a partner copies it in the language of their page.
 */
export function fallbackFor(tag: string, attributes: Attributes, locale: Locale): Fallback {
  const words = text(attributes[WORDS_ARG]);
  if (words) return { paragraph: words };
  const figureId = text(attributes['figure']);
  const figure = figureId ? getFigure(figureId) : undefined;
  if (figure) return { paragraph: `${figure.spoken[locale]} (${credit(figure.source, locale)}).` };
  const quoteId = text(attributes['quote']);
  const quote = quoteId ? getQuote(quoteId) : undefined;
  if (quote) {
    const [author] = getPeople({ ids: [quote.author] });
    const by = author ? ` — ${author.givenName} ${author.familyName}` : '';
    // `original`: the words as they were said, in their language and its quotation marks.
    const shown = attributes['original'] === true ? quote.originalLang : locale;
    const [open, close] = shown === 'fr' ? ['«\u202F', '\u202F»'] : ['“', '”'];
    return {
      paragraph: `${open}${quote.text[shown]}${close}${by} (${credit(quote.source, locale)}).`,
    };
  }
  if (tag === 'relais-interviewee-list') {
    const ids = text(attributes['people'])?.split(/\s+/);
    const include = PEOPLE_INCLUDES.find((known) => known === attributes['include']);
    const people = getPeople(ids ? { ids } : { include });
    return {
      list: people.map((person) => {
        const role = person.role[locale];
        return `${person.givenName} ${person.familyName}, ${role}${person.organization ? `, ${person.organization}` : ''}`;
      }),
    };
  }
  const value = inlineNumbers(attributes, locale);
  const label = text(attributes['label']);
  if (value && label) {
    const source = text(attributes['source']);
    const compare = value.compare ? ` (${value.compare})` : '';
    return { paragraph: `${value.shown} ${label}${compare}${source ? ` (${source})` : ''}.` };
  }
  return undefined;
}

/** Attributes worth writing: set, non-empty; `true` as a bare attribute. */
function writtenAttributes(attributes: Attributes): [string, string | true][] {
  return Object.entries(attributes).flatMap(([name, value]): [string, string | true][] => {
    if (name === WORDS_ARG) return [];
    if (value === true) return [[name, true]];
    if (typeof value === 'number' && Number.isFinite(value)) return [[name, String(value)]];
    if (typeof value === 'string' && value !== '') return [[name, value]];
    return [];
  });
}

/** The element itself, built from the same description the snippet is written from. */
export function embedElement(embed: Embed): HTMLElement {
  const element = document.createElement(embed.tag);
  for (const [name, value] of writtenAttributes(embed.attributes)) {
    element.setAttribute(name, value === true ? '' : value);
  }
  if (embed.fallback && 'paragraph' in embed.fallback) {
    const paragraph = document.createElement('p');
    paragraph.textContent = embed.fallback.paragraph;
    element.append(paragraph);
  } else if (embed.fallback) {
    const list = document.createElement('ul');
    for (const item of embed.fallback.list) {
      const entry = document.createElement('li');
      entry.textContent = item;
      list.append(entry);
    }
    element.append(list);
  }
  return element;
}

const escapeText = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replaceAll('"', '&quot;');

/** The element's markup, indented as a person would write it. */
export function elementMarkup(embed: Embed): string {
  const attributes = writtenAttributes(embed.attributes).map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLine = `<${embed.tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>`;
  const opening = oneLine.length <= 80 ? oneLine : `<${embed.tag}\n  ${attributes.join('\n  ')}\n>`;
  const closing = `</${embed.tag}>`;
  if (!embed.fallback) return `${opening}${closing}`;
  const inner =
    'paragraph' in embed.fallback
      ? `  <p>${escapeText(embed.fallback.paragraph)}</p>`
      : `  <ul>\n${embed.fallback.list.map((item) => `    <li>${escapeText(item)}</li>`).join('\n')}\n  </ul>`;
  return `${opening}\n${inner}\n${closing}`;
}

/** For any page: relais.css keeps the element's room while relais.js loads. */
export function scriptTagSnippet(embed: Embed): string {
  return [
    `<link rel="stylesheet" href="${CDN_BASE}/relais.css" />`,
    `<script type="module" src="${CDN_BASE}/relais.js"></script>`,
    '',
    elementMarkup(embed),
  ].join('\n');
}

/** The npm package of an element: `relais-quote-card` is in `@relais/quote-card`. */
export function packageOf(tag: string): string {
  if (tag === 'relais-person') return '@relais/interviewee-list';
  return `@relais/${tag.replace(/^relais-/, '')}`;
}

const NPM_STEPS: Record<Locale, [string, string, string]> = {
  fr: [
    '# 1. Dans un terminal',
    '// 2. Une fois, dans le point d’entrée de votre application',
    '<!-- 3. Puis dans votre HTML ou votre gabarit -->',
  ],
  en: [
    '# 1. In a terminal',
    '// 2. Once, in the entry point of your application',
    '<!-- 3. Then in your HTML or template -->',
  ],
};

/** For a developer's own build: install, import once, then the same markup. */
export function npmSnippet(embed: Embed, locale: Locale): string {
  const name = packageOf(embed.tag);
  const [install, entry, markup] = NPM_STEPS[locale];
  return [
    install,
    `npm install ${name}`,
    '',
    entry,
    `import '${name}';`,
    '',
    markup,
    elementMarkup(embed),
  ].join('\n');
}

/**
 * Findings by URL (apps/site): the page of a finding, `<base><locale>/<slug>/`, where `slug`
 * is the figure's or the quote's id, or `interviewees` for the list; its share image beside
 * it. Written once, here, for the site's build and for the catalogue's « lien à coller ».
 */
export function findingSlug(tag: string, attributes: Attributes): string | undefined {
  if (tag === 'relais-interviewee-list') return 'interviewees';
  return text(attributes['figure']) ?? text(attributes['quote']);
}
export const findingPageUrl = (base: string, slug: string, locale: Locale): string =>
  `${base.endsWith('/') ? base : `${base}/`}${locale}/${slug}/`;
export const shareImageUrl = (base: string, slug: string, locale: Locale): string =>
  `${findingPageUrl(base, slug, locale)}share.png`;

/** The toolbar's language, from a story's globals. */
export const localeOf = (globals: Record<string, unknown> | undefined): Locale =>
  globals?.['locale'] === 'en' ? 'en' : 'fr';

/**
 * The element a story shows, as `attributes` describe it, with the fallback of its snippet in
 * its own language: its `lang` attribute when it has one, otherwise the toolbar's.
 */
export function embedFor(
  tag: string,
  attributes: Attributes,
  globals: Record<string, unknown> | undefined,
): HTMLElement {
  const lang = attributes['lang'];
  const locale: Locale = lang === 'fr' || lang === 'en' ? lang : localeOf(globals);
  return embedElement({ tag, attributes, fallback: fallbackFor(tag, attributes, locale) });
}

/**
 * A story's `render` for any element: the element as its args describe it, with the
 * fallback of its snippet. An element joins the catalogue with
 * `render: renderEmbed('relais-quote-card')` in its meta.
 */
export function renderEmbed(tag: string) {
  return (args: Attributes, context: { globals: Record<string, unknown> }): HTMLElement =>
    embedFor(tag, args, context.globals);
}
