import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from './locale.js';
import { formatDate } from './format.js';
import { safeUrl } from './safe-url.js';
import { t, translationNotice } from './strings.js';

/** What a source line says; every field optional, an empty line renders nothing. */
export interface SourceLine {
  /** The source's name as the reader sees it: « Union européenne ». */
  name?: string | undefined;
  /** Its address; linked only when `http:`, `https:` or relative. */
  url?: string | undefined;
  /**
   * The document that quotes this source, when it is quoted: the line then reads « Union
   * européenne, cité par WeTechCare, rapport « … », 21 septembre 2020 », the date being the
   * citing document's, not the source's.
   */
  citedBy?: string | undefined;
  /** ISO date (`2020-09-21`) of the source, or of the citing report. */
  date?: string | undefined;
  /** Set when the text shown is our translation: the language of the original words. */
  translatedFrom?: Locale | undefined;
  /**
   * The `lang` to mark on the words Relais writes (« Source : », « cité par », the date),
   * when the page is in another language (`langToMark`); the names stay unmarked, in the
   * language of whoever wrote them.
   */
  lang?: Locale | undefined;
  /**
   * The language of `name` when it is not the line's: a partner's own source
   * name on a page in a third language (`de`), inside a line whose words are Relais's (`fr`).
   */
  nameLang?: string | undefined;
}

/** A source record of the report's data, in either language. */
export interface SourceRecord {
  name: { fr: string; en: string };
  url?: string | undefined;
}

/**
 * The source line of a record of the report's data: its own source, and the document that
 * cites it, if any (`citedBy`: the report, or its announcement; `getCitingSource()` of
 * `@relais/report-data` finds it).
 */
export function sourceLineOf(
  locale: Locale,
  source: SourceRecord | undefined,
  citedBy: SourceRecord | undefined,
  date?: string,
  translatedFrom?: Locale,
): SourceLine {
  return {
    name: source?.name[locale],
    url: source?.url,
    citedBy: source && citedBy && source !== citedBy ? citedBy.name[locale] : undefined,
    date,
    translatedFrom,
  };
}

/**
 * « Source : <cite>Union européenne</cite>, cité par <cite>WeTechCare, rapport « … »</cite>,
 * <time>21 septembre 2020</time> », a paragraph with the `source` part. The name is a link
 * only when its URL is safe; nothing in it is parsed as HTML.
 */
export function renderSourceLine(
  locale: Locale,
  line: SourceLine,
): TemplateResult | typeof nothing {
  const name = line.name?.trim();
  const dateText = line.date ? formatDate(line.date, locale) : undefined;
  if (!name && !dateText) return nothing;
  const url = safeUrl(line.url);
  const citedBy = line.citedBy?.trim();
  const ours = (text: string): TemplateResult | string =>
    line.lang ? html`<span lang=${line.lang}>${text}</span>` : text;
  const pieces: (TemplateResult | string)[] = [];
  if (name) {
    pieces.push(
      html`${ours(t(locale, 'sourceColon'))}
        <cite lang=${line.nameLang ?? nothing}
          >${url ? html`<a href=${url}>${name}</a>` : name}</cite
        >`,
    );
  }
  if (name && citedBy) pieces.push(html`${ours(t(locale, 'citedBy'))} <cite>${citedBy}</cite>`);
  if (dateText) {
    pieces.push(
      html`<time datetime=${line.date ?? ''} lang=${line.lang ?? nothing}>${dateText}</time>`,
    );
  }
  return html`<p class="source" part="source">
    ${pieces.map((piece, index) => html`${index ? ', ' : ''}${piece}`)}${
      line.translatedFrom
        ? html`<span class="translated" lang=${line.lang ?? nothing}>
            · ${translationNotice(locale, line.translatedFrom)}</span
          >`
        : nothing
    }
  </p>`;
}

/** The look of the source line: small, muted, under a rule, at the bottom of the card. */
export const sourceLineStyles = css`
  .source {
    margin: 0;
    margin-block-start: auto;
    padding-block-start: var(--relais-space-s);
    border-block-start: var(--relais-rule-width) solid var(--relais-color-rule);
    color: var(--relais-color-muted);
    font-size: var(--relais-font-size-xs);
    overflow-wrap: break-word;
  }

  cite {
    font-style: normal;
  }

  .source a {
    color: var(--relais-color-link);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  .source a:hover {
    text-decoration-thickness: 2px;
  }

  .source a:focus-visible {
    outline: 2px solid var(--relais-color-link);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;
