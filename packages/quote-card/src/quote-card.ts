import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  RelaisElement,
  cardElementStyles,
  checkedSourceUrl,
  checkedUrl,
  fatal,
  hasFatal,
  nearestLang,
  option,
  renderSourceLine,
  reportOption,
  sourceLineOf,
  type Locale,
  type Problem,
} from '@relais/core';
import { getPeople, getQuote, getReportSource, getSource } from '@relais/report-data';
import { DEFAULT_THEME, THEMES, tokens } from '@relais/theme';
import { renderWords, wordsOf } from './inline-words.js';
import { originalLanguageNotice } from './quote-card.strings.js';
import { styles } from './quote-card.styles.js';
import {
  QUOTE_CARD_SIZES,
  type QuotationMarks,
  type QuoteCardContent,
  type QuoteCardSize,
  type Theme,
} from './quote-card.types.js';

interface Resolved {
  content?: QuoteCardContent | undefined;
  /** Whether every word shown is Relais's (the data), so the whole card carries its `lang`. */
  ours: boolean;
  /** No words to quote: the card renders nothing at all, not even empty quotation marks. */
  empty?: boolean;
  problems: Problem[];
}

/** A BCP 47 tag as a partner writes one (`fr`, `en-GB`, `de-CH`); anything else is refused. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * A property as an attribute would give it: strings as they are, numbers and booleans as
 * text (React and Vue set properties); anything else (an object, an array) is not text.
 */
function asText(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return null;
}

const primary = (tag: string | undefined): string =>
  tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * A quotation as a magazine prints a pull-quote: the words large, between the quotation
 * marks of their language, then who said them and where it was published. Built as screen
 * readers and RGAA expect (`figure > blockquote + figcaption`, the work in `cite`); the
 * quotation marks are drawn by CSS and not read aloud.
 *
 * @tagname relais-quote-card
 * @summary A quote of the report (by `quote` id) or of your own (its words inside the element).
 *
 * @slot - Inline use: the quote's words (a paragraph or several; quotation marks around them
 *   are dropped, the card draws its own). With `quote`: fallback content, shown before the
 *   script loads, without JavaScript, and when the quote asked for does not exist. Read as
 *   text, never as markup, keeping only what carries meaning: a change of language (`lang`
 *   on any element), `em`, `strong`, `abbr`, `q`, `cite`, `br` and links to safe addresses.
 *
 * @csspart quote - The blockquote: the quote's words.
 * @csspart author - The name of who said it.
 * @csspart role - Their role and organisation.
 * @csspart portrait - The decorative portrait, when `portrait` is set.
 * @csspart source - The source line: name (a link when there is a safe URL), date, and the
 *   translation notice.
 *
 * @cssprop [--relais-color-text=#1c1f23] - Text of the quote and the name.
 * @cssprop [--relais-color-muted=#4f5760] - Role and source line.
 * @cssprop [--relais-color-accent=#1a4f8b] - Quotation marks and the accent rule.
 * @cssprop [--relais-color-link=#1a4f8b] - The source link.
 * @cssprop [--relais-color-surface=#f7f6f2] - Background of the card.
 * @cssprop [--relais-color-rule=#767e87] - The rule above the source line.
 * @cssprop [--relais-font-family=system-ui, …] - Font of the name, role and source; no web font is downloaded.
 * @cssprop [--relais-font-family-quote=Georgia, …] - Font of the quote's words: a serif the reader's system has.
 * @cssprop [--relais-line-height=1.45] - Line height of the name, role and source.
 * @cssprop [--relais-font-size-xs=0.8125em] - Source line.
 * @cssprop [--relais-font-size-s=0.875em] - Role.
 * @cssprop [--relais-font-size-m=1em] - Name; the words of a compact card.
 * @cssprop [--relais-font-size-l=1.25em] - The words (largest, default size).
 * @cssprop [--relais-font-size-xl=2em] - The words of a large pull-quote (largest).
 * @cssprop [--relais-font-weight-strong=700] - Weight of the name.
 * @cssprop [--relais-space-xs=0.25em] - Extra room beside the accent rule.
 * @cssprop [--relais-space-s=0.5em] - Gap above the source line; padding of a compact card.
 * @cssprop [--relais-space-m=1em] - Padding; gap between the words and the caption.
 * @cssprop [--relais-space-l=1.5em] - Padding in wide containers.
 * @cssprop [--relais-space-xl=2.25em] - Padding of a wide large pull-quote.
 * @cssprop [--relais-radius=0.25em] - Corner radius.
 * @cssprop [--relais-rule-width=1px] - Width of the rule above the source.
 * @cssprop [--relais-accent-width=0.25em] - Width of the accent rule.
 * @cssprop [--relais-margin=0] - Outer margin of the element.
 *
 * @fires {RelaisErrorEvent} relais-error - Bad input (unknown id, an unsafe URL, a language
 *   tag that is not one…): `detail` names the element, attribute, value and reason.
 */
export class RelaisQuoteCard extends RelaisElement {
  /** Lit's reactive properties, declared without decorators: no helper code ships. */
  static override properties: PropertyDeclarations = {
    quote: {},
    report: {},
    author: {},
    authorRole: { attribute: 'author-role' },
    organization: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    quoteLang: { attribute: 'quote-lang' },
    portrait: {},
    original: { type: Boolean },
    size: {},
    theme: { reflect: true },
  };

  static override styles = [...cardElementStyles, tokens, styles];

  /** The id of one of the report's quotes: `jean-deydier`. Wins over the words inside the element. */
  quote?: string;

  /**
   * The report `quote` is read from, by id; the default is WeTechCare's 2020 report
   * (`monde-social-numerique-2020`), so most pages never set it.
   */
  report?: string;

  /** Inline use: who said it (« Jean Deydier »). */
  author?: string;

  /**
   * Inline use: their role (« Fondateur »). (Not `role`, which is the ARIA role of the
   * element itself: a job title there would give the card an invalid role.)
   */
  authorRole?: string;

  /** Inline use: their organisation (« WeTechCare »). */
  organization?: string;

  /** Inline use: where the quote was published. */
  source?: string;

  /** Inline use: the source's address (`http:`, `https:` or relative; anything else is not linked). */
  sourceUrl?: string;

  /** Inline use: the language of the words when it is not the page's (`en`, `de`); chooses the quotation marks. */
  quoteLang?: string;

  /** Inline use: a portrait's address, decorative, shown beside the name (`http:`, `https:` or relative). */
  portrait?: string;

  /** With `quote`: the words as they were said (French), rather than our translation. */
  original = false;

  /** `compact` (a sidebar), `default`, or `large` (a pull-quote across a column). */
  size?: QuoteCardSize;

  /**
   * `light` (the default) whatever the reader's system, as most partners' pages are;
   * `dark`; or `auto`, which follows the reader's system, for a site that does too.
   * Reflected only when set: the theme's colours follow the attribute.
   */
  theme?: Theme;

  private resolved: Resolved = { ours: false, problems: [] };
  private contentObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another section: its language, and the page's around the words, may differ.
    this.requestUpdate();
    // Inline use: the words inside the element are the quote; a CMS may change them later.
    this.contentObserver ??= new MutationObserver(() => {
      if (this.quote === undefined || this.quote === null) this.requestUpdate();
    });
    this.contentObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.contentObserver?.disconnect();
  }

  override willUpdate(): void {
    const problems: Problem[] = [];
    let resolved: Resolved;
    try {
      resolved = this.resolve(this.localeController.locale);
    } catch (error) {
      // The data or a browser API misbehaving must never break the partner's page.
      resolved = { ours: false, problems: [fatal('quote', this.quote, String(error))] };
    }
    option(this.theme, THEMES, DEFAULT_THEME, 'theme', problems);
    option(this.size, QUOTE_CARD_SIZES, 'default', 'size', problems);
    this.resolved = { ...resolved, problems: [...resolved.problems, ...problems] };
    this.problems.add(...this.resolved.problems);
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const { content, ours, empty } = this.resolved;
    if (empty) return nothing;
    if (!content) return html`<slot></slot>`;
    const locale = this.localeController.locale;
    const size = option(this.size, QUOTE_CARD_SIZES, 'default', 'size', []);
    const pageLang = this.pageLang();
    // Relais's own words (« Source : », the notices) are marked when the page speaks another
    // language; the partner's own source name keeps the page's.
    const uiLang = !ours && pageLang && primary(pageLang) !== locale ? locale : undefined;
    const roleLine = [content.role, content.organization].filter(Boolean);
    return html`
      <figure class="card size-${size}" lang=${ours ? locale : nothing}>
        <blockquote
          class="quote marks-${content.marks}"
          part="quote"
          lang=${content.lang ?? nothing}
          cite=${content.cite ?? nothing}
        >
          ${content.paragraphs.map((paragraph) => html`<p>${renderWords(paragraph)}</p>`)}
        </blockquote>
        <figcaption class="caption">
          ${
            content.author || roleLine.length
              ? html`<div class="attribution">
                  ${
                    content.portrait
                      ? html`<img
                          class="portrait"
                          part="portrait"
                          src=${content.portrait}
                          alt=""
                          loading="lazy"
                          decoding="async"
                        />`
                      : nothing
                  }
                  <p class="who">
                    ${
                      content.author
                        ? html`<span class="author" part="author">${content.author}</span>`
                        : nothing
                    }
                    ${
                      roleLine.length
                        ? html`<span class="role" part="role"
                            >${
                              content.role
                                ? html`<span lang=${content.roleLang ?? nothing}
                                    >${content.role}</span
                                  >`
                                : nothing
                            }${
                              content.role && content.organization ? ', ' : nothing
                            }${content.organization ?? nothing}</span
                          >`
                        : nothing
                    }
                  </p>
                </div>`
              : nothing
          }
          ${content.note ? html`<p class="note">${content.note}</p>` : nothing}
          ${
            uiLang
              ? html`<div lang=${uiLang}>
                  ${renderSourceLine(locale, { ...content.sourceLine, nameLang: pageLang })}
                </div>`
              : renderSourceLine(locale, content.sourceLine)
          }
        </figcaption>
      </figure>
    `;
  }

  /** The language of the page around the element: its own `lang`, an ancestor's, the document's. */
  private pageLang(): string | undefined {
    return nearestLang(this) ?? (this.ownerDocument.documentElement.lang.trim() || undefined);
  }

  /** Works out what to show from the data or from the words inside, and what was refused. */
  private resolve(locale: Locale): Resolved {
    const id = asText(this.quote);
    if (id === null) {
      return { ours: false, problems: [fatal('quote', this.quote, 'not a quote id')] };
    }
    if (id === undefined) return this.fromContent(locale);
    const problems: Problem[] = [];
    const report = reportOption(
      this.report,
      (known) => getReportSource({ report: known }) !== undefined,
      problems,
    );
    return hasFatal(problems) ? { ours: false, problems } : this.fromData(id, locale, report);
  }

  private fromData(id: string, locale: Locale, report: string | undefined): Resolved {
    const quote = getQuote(id.trim(), { report });
    const person = quote ? getPeople({ ids: [quote.author], report })[0] : undefined;
    if (!quote || !person) {
      return { ours: false, problems: [fatal('quote', id, 'no quote of the report has this id')] };
    }
    const originalLang = quote.originalLang;
    const shown: Locale = this.original ? originalLang : locale;
    const translated = shown !== originalLang && quote.text.translated?.[shown];
    const roleLang = person.role.lang && person.role.lang !== locale ? person.role.lang : undefined;
    return {
      ours: true,
      problems: [],
      content: {
        paragraphs: [[quote.text[shown]]],
        lang: shown,
        marks: shown,
        author: `${person.givenName} ${person.familyName}`,
        role: person.role[locale],
        roleLang,
        organization: person.organization,
        note: shown === locale ? undefined : originalLanguageNotice(locale, shown),
        sourceLine: sourceLineOf(
          locale,
          getSource(quote.source, { report }),
          getReportSource({ report }),
          quote.date,
          translated ? originalLang : undefined,
        ),
      },
    };
  }

  private fromContent(locale: Locale): Resolved {
    const problems: Problem[] = [];
    const field = (attribute: string, value: unknown): string | undefined => {
      const text = asText(value);
      if (text === null) {
        problems.push({
          attribute,
          value,
          reason: 'not text; the card shows without it',
          fatal: false,
        });
        return undefined;
      }
      return text?.trim() || undefined;
    };
    const paragraphs = wordsOf(this, (tag) => LANGUAGE_TAG.test(tag));
    if (!paragraphs.length) {
      return {
        ours: false,
        empty: true,
        problems: [
          {
            attribute: 'quote',
            value: '',
            reason:
              'neither a quote id nor the words of a quote inside the element; the card shows nothing',
            fatal: false,
          },
        ],
      };
    }
    const pageLang = this.pageLang();
    let quoteLang = field('quote-lang', this.quoteLang);
    if (quoteLang && !LANGUAGE_TAG.test(quoteLang)) {
      problems.push({
        attribute: 'quote-lang',
        value: this.quoteLang,
        reason: 'not a language tag (such as fr, en or de-CH); the quote is in the page’s language',
        fatal: false,
      });
      quoteLang = undefined;
    }
    const wordsLang = quoteLang ?? pageLang;
    const marks: QuotationMarks = primary(wordsLang ?? locale) === 'fr' ? 'fr' : 'en';
    const sourceUrl = field('source-url', this.sourceUrl);
    const url = checkedSourceUrl(sourceUrl, this.sourceUrl, problems);
    const portraitUrl = field('portrait', this.portrait);
    const portrait = checkedUrl(
      portraitUrl,
      'portrait',
      this.portrait,
      'only http:, https: and relative image URLs are shown; the card shows without a portrait',
      problems,
    );
    const author = field('author', this.author);
    const role = field('author-role', this.authorRole);
    const organization = field('organization', this.organization);
    const source = field('source', this.source);
    return {
      ours: false,
      problems,
      content: {
        paragraphs,
        lang: quoteLang && primary(quoteLang) !== primary(pageLang) ? quoteLang : undefined,
        marks,
        cite: url,
        author,
        role,
        organization,
        portrait,
        sourceLine: { name: source, url: source ? url : undefined },
      },
    };
  }
}
