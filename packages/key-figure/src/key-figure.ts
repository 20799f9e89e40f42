import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  RelaisElement,
  cardElementStyles,
  checkedSourceUrl,
  fatal,
  formatCompared,
  formatFigure,
  hasFatal,
  InViewController,
  isCurrency,
  isFigureKind,
  option,
  optionalNumber,
  optionalText,
  parseNumber,
  renderSourceLine,
  reportOption,
  sourceLineOf,
  type FigureKind,
  type FigureNumber,
  type Locale,
  type Problem,
} from '@relais/core/internal.js';
import { getCitingSource, getFigure, getReport, getSource } from '@relais/report-data';
import { DEFAULT_THEME, THEMES, tokens, type Theme } from '@relais/theme';
import { styles } from './key-figure.styles.js';
import {
  COUNT_UP_MS,
  MAX_LABEL_LENGTH,
  SIZES,
  type KeyFigureContent,
  type Size,
  type Spoken,
} from './key-figure.types.js';

interface Resolved {
  content?: KeyFigureContent | undefined;
  /** What `count-up` counts: the figure's number, without its words. */
  number?: FigureNumber | undefined;
  problems: Problem[];
}

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Fast at first, slow at the end, so the final digits settle rather than stop. */
const easeOut = (progress: number): number => 1 - (1 - progress) ** 3;

/**
 * One finding of the report, as a newspaper prints a key figure: the number large, the
 * phrase it completes, its source and date small. Assistive technology hears one sentence
 * with the number in words (« 7 milliards d’euros consacrés… »), never the symbols.
 *
 * @tagname relais-key-figure
 * @summary A key figure of the report (by `figure` id) or of your own (inline attributes).
 *
 * @slot - Fallback content: shown before the script loads, without JavaScript, and when the
 *   figure asked for does not exist or the input is bad. Not shown otherwise.
 *
 * @csspart value - The number: « 13 millions », "€7bn", « 5 à 8 % ».
 * @csspart label - The phrase that completes the number, with the comparison if any.
 * @csspart source - The source line: name (a link when there is a safe URL) and date.
 *
 * @cssprop [--relais-color-text=#1c1f23] - Text of the label.
 * @cssprop [--relais-color-muted=#4f5760] - Text of the source line.
 * @cssprop [--relais-color-accent=#1a4f8b] - The number and the accent bar.
 * @cssprop [--relais-color-link=#1a4f8b] - The source link.
 * @cssprop [--relais-color-surface=#f7f6f2] - Background of the figure.
 * @cssprop [--relais-color-rule=#767e87] - The rule above the source line.
 * @cssprop [--relais-font-family=system-ui, …] - Font stack; no web font is downloaded.
 * @cssprop [--relais-line-height=1.45] - Line height of the label and source.
 * @cssprop [--relais-font-size-xs=0.8125em] - Source line.
 * @cssprop [--relais-font-size-s=0.875em] - Label of a compact figure.
 * @cssprop [--relais-font-size-m=1em] - Label.
 * @cssprop [--relais-font-size-l=1.25em] - Label of a large figure (largest).
 * @cssprop [--relais-font-size-xl=2em] - Number of a compact figure (largest).
 * @cssprop [--relais-font-size-xxl=3.25em] - Number (largest, default size).
 * @cssprop [--relais-font-size-display=5em] - Number of a large figure (largest).
 * @cssprop [--relais-font-weight-strong=700] - Weight of the number.
 * @cssprop [--relais-space-xs=0.25em] - Gap between number and label.
 * @cssprop [--relais-space-s=0.5em] - Gap above the source line; gap under a large figure's number.
 * @cssprop [--relais-space-m=1em] - Padding.
 * @cssprop [--relais-space-l=1.5em] - Padding in wide containers.
 * @cssprop [--relais-space-xl=2.25em] - Padding of a wide large figure.
 * @cssprop [--relais-radius=0.25em] - Corner radius.
 * @cssprop [--relais-rule-width=1px] - Width of the rule above the source.
 * @cssprop [--relais-accent-width=0.25em] - Width of the accent bar.
 * @cssprop [--relais-margin=0] - Outer margin of the element.
 *
 * @fires {RelaisErrorEvent} relais-error - Bad input (unknown id, a value that is not a
 *   number, an unsafe URL…): `detail` names the element, attribute, value and reason.
 */
export class RelaisKeyFigure extends RelaisElement {
  /** Lit's reactive properties, declared without decorators: no helper code ships. */
  static override properties: PropertyDeclarations = {
    figure: {},
    report: {},
    value: {},
    valueMax: { attribute: 'value-max' },
    kind: {},
    currency: {},
    denominator: {},
    unit: {},
    compareValue: { attribute: 'compare-value' },
    compareLabel: { attribute: 'compare-label' },
    label: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    countUp: { type: Boolean, attribute: 'count-up' },
    exact: { type: Boolean },
    size: {},
    theme: { reflect: true },
    countProgress: { state: true, attribute: false },
  };

  static override styles = [...cardElementStyles, tokens, styles];

  /** The id of one of the report's figures, e.g. `eloignes-du-numerique`. Wins over inline attributes. */
  figure?: string;

  /**
   * The report `figure` is read from, by id; the default is WeTechCare's 2020 report
   * (`monde-social-numerique-2020`), so most pages never set it.
   */
  report?: string;

  /** Inline use: the number (`42` for 42 %). */
  value?: string | number;

  /** Inline use: the upper bound of a range (`8` in « 5 à 8 % »). */
  valueMax?: string | number;

  /** Inline use: `count`, `percent`, `currency`, `ratio` or `multiplier`. */
  kind: FigureKind = 'count';

  /** Inline use, with `kind="currency"`: an ISO 4217 code. */
  currency: string = 'EUR';

  /** Inline use, with `kind="ratio"`: the `10` of « 9 sur 10 ». */
  denominator?: string | number;

  /** Inline use: what is counted, as it reads with the number (« emplois », "jobs"). */
  unit?: string;

  /** Inline use: a number to compare with, of the same kind (« 40 % »). */
  compareValue?: string | number;

  /** Inline use: what the comparison is (« en France »). */
  compareLabel?: string;

  /** Inline use: the phrase that completes the number. */
  label?: string;

  /** Inline use: the name of the source. */
  source?: string;

  /** Inline use: the source's address (`http:`, `https:` or relative; anything else is not linked). */
  sourceUrl?: string;

  /**
   * Inline use: every digit of a value of a million or more (« 13 245 000 personnes »),
   * rather than its magnitude word to one decimal (« 13,2 millions de personnes »).
   */
  exact = false;

  /**
   * Count up once when first scrolled into view; never under `prefers-reduced-motion`,
   * never in print. Until the count starts, the final value shows.
   */
  countUp = false;

  /** `compact` (a sidebar), `default` (a column) or `large` (the top of a page). */
  size: Size = 'default';

  /**
   * `light` (the default) whatever the reader's system, as most partners' pages are;
   * `dark`; or `auto`, which follows the reader's system, for a site that does too.
   * Reflected only when set: the theme's colours follow the attribute.
   */
  theme?: Theme;

  /** Animation progress from 0 to 1 while counting; `undefined` shows the final value. */
  private countProgress: number | undefined;

  private resolved: Resolved = { problems: [] };
  private shownSize: Size = 'default';
  /** Starts the count the first time the figure is in view, wherever it is moved first. */
  private readonly inView = new InViewController(this, () => this.startCount());
  private frame = 0;
  private counted = false;

  override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.resolved = this.resolve(this.localeController.locale);
    } catch (error) {
      // The data or a browser API misbehaving must never break the partner's page.
      this.resolved = {
        problems: [{ attribute: 'figure', value: this.figure, reason: String(error), fatal: true }],
      };
    }
    const { problems } = this.resolved;
    option(this.theme, THEMES, DEFAULT_THEME, 'theme', problems);
    this.shownSize = option(this.size, SIZES, 'default', 'size', problems);
    this.problems.add(...problems);
    // Here, not in updated(): state set after an update would schedule another one.
    if (changed.has('countUp') && !this.countUp) this.stopCount();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('countUp') || changed.has('figure') || changed.has('value')) this.watchCount();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A count under way ends on the final value; one not yet started waits for the figure
    // to come back and be seen (the controller lets go of the viewport meanwhile).
    cancelAnimationFrame(this.frame);
    this.countProgress = undefined;
  }

  protected override renderContent(): TemplateResult {
    const { content } = this.resolved;
    if (!content) return html`<slot></slot>`;
    const { locale, lang } = this.localeController;
    const counting = this.countProgress !== undefined;
    // Relais's own words carry its language; a partner's inline text stays in the page's.
    const ours = (text: string): TemplateResult | string =>
      lang ? html`<span lang=${lang}>${text}</span>` : text;
    const figureLang = content.fromData ? lang : undefined;
    const valueLang = content.fromData ? undefined : lang;
    return html`
      <figure class="figure card ${this.shownSize}" lang=${figureLang ?? nothing}>
        <p class="statement">
          <span class="spoken"
            >${
              lang && !content.fromData
                ? content.spoken.map(([text, isOurs]) => (isOurs ? ours(text) : text))
                : content.spoken.map(([text]) => text).join('')
            }</span
          >
          <span class="shown" aria-hidden="true">
            <span class="value" part="value" lang=${valueLang ?? nothing}>
              <span class="final ${counting ? 'reserved' : ''}">${content.text}</span>
              ${counting ? html`<span class="count">${this.countText(locale)}</span>` : nothing}
            </span>
            <span class="label" part="label"
              >${content.label}${
                content.compare
                  ? html` <span class="compare"
                      >(${ours(content.compare.text)}${
                        content.compare.label ? ` ${content.compare.label}` : ''
                      })</span
                    >`
                  : nothing
              }</span
            >
          </span>
        </p>
        ${renderSourceLine(locale, { ...content.sourceLine, lang: valueLang })}
      </figure>
    `;
  }

  /** Works out what to show from the data or the attributes, and what was refused. */
  private resolve(locale: Locale): Resolved {
    if (this.figure === undefined || this.figure === null) return this.fromAttributes(locale);
    const problems: Problem[] = [];
    const id = optionalText(this.figure, 'figure', problems);
    const report = reportOption(this.report, (known) => getReport(known) !== undefined, problems);
    return hasFatal(problems) ? { problems } : this.fromData(id ?? '', locale, report);
  }

  private fromData(id: string, locale: Locale, report: string | undefined): Resolved {
    const figure = getFigure(id, { report });
    if (!figure) {
      return { problems: [fatal('figure', this.figure, 'no figure of the report has this id')] };
    }
    const number: FigureNumber = {
      kind: figure.kind,
      value: figure.value,
      valueMax: figure.valueMax,
      currency: figure.currency,
      denominator: figure.denominator,
      unit: figure.unit?.[locale],
    };
    const formatted = formatFigure(number, locale);
    if (!formatted)
      return { problems: [fatal('figure', id, 'the data of this figure is invalid')] };
    const compare = formatCompared(number, figure.compare?.value, locale);
    const translatedFrom = figure.label.translated?.[locale] ? otherLocale(locale) : undefined;
    const source = getSource(figure.source, { report: figure.report });
    return {
      number,
      problems: [],
      content: {
        fromData: true,
        kind: figure.kind,
        text: formatted.text,
        spoken: [[figure.spoken[locale], true]],
        label: figure.label[locale],
        compare:
          compare && figure.compare
            ? { text: compare.text, label: figure.compare.label[locale] }
            : undefined,
        sourceLine: sourceLineOf(
          locale,
          source,
          getCitingSource(source),
          figure.date,
          translatedFrom,
        ),
      },
    };
  }

  private fromAttributes(locale: Locale): Resolved {
    const problems: Problem[] = [];
    const { kind } = this;
    if (!isFigureKind(kind)) problems.push(fatal('kind', kind, 'not a kind of figure'));
    const value = parseNumber(this.value);
    if (value === undefined) {
      problems.push(
        this.value === undefined || this.value === null
          ? fatal('figure', '', 'neither `figure` nor `value` is set')
          : fatal('value', this.value, 'not a number'),
      );
    }
    const valueMax = optionalNumber(this.valueMax, 'value-max', problems);
    if (valueMax !== undefined && value !== undefined && valueMax < value) {
      problems.push(fatal('value-max', this.valueMax, 'below `value`'));
    }
    if (kind === 'currency' && !isCurrency(this.currency)) {
      problems.push(fatal('currency', this.currency, 'not an ISO 4217 currency code'));
    }
    const denominator = optionalNumber(this.denominator, 'denominator', problems);
    if (kind === 'ratio' && !(denominator !== undefined && denominator > 0)) {
      problems.push(fatal('denominator', this.denominator, 'a ratio needs a number above 0'));
    }
    const label = optionalText(this.label, 'label', problems) ?? '';
    if (label.length > MAX_LABEL_LENGTH) {
      problems.push(fatal('label', label, `longer than ${MAX_LABEL_LENGTH} characters`));
    }
    const unit = optionalText(this.unit, 'unit', problems);
    const compareValue = optionalNumber(this.compareValue, 'compare-value', problems);
    const compareLabel = optionalText(this.compareLabel, 'compare-label', problems) ?? '';
    const sourceName = optionalText(this.source, 'source', problems);
    const sourceUrl = optionalText(this.sourceUrl, 'source-url', problems);
    // Not fatal: the figure shows, its source as text rather than as a link.
    const url = checkedSourceUrl(sourceUrl, this.sourceUrl, problems);
    if (hasFatal(problems) || value === undefined || !isFigureKind(kind)) {
      return { problems };
    }
    const number: FigureNumber = {
      kind,
      value,
      valueMax,
      currency: this.currency,
      denominator,
      unit,
      exact: this.exact,
    };
    const formatted = formatFigure(number, locale);
    if (!formatted)
      return { problems: [...problems, fatal('value', this.value, 'cannot be shown')] };
    const compare = formatCompared(number, compareValue, locale);
    const spoken: Spoken = [[formatted.words, true]];
    if (label) spoken.push([` ${label}`, false]);
    if (compare) {
      spoken.push([', ', false], [compare.words, true]);
      if (compareLabel) spoken.push([` ${compareLabel}`, false]);
    }
    return {
      number,
      problems,
      content: {
        fromData: false,
        kind,
        text: formatted.text,
        spoken,
        label,
        compare: compare ? { text: compare.text, label: compareLabel } : undefined,
        sourceLine: { name: sourceName, url: sourceName ? url : undefined },
      },
    };
  }

  /** The number as it reads at this point of the count. */
  private countText(locale: Locale): string {
    const { number, content } = this.resolved;
    if (!number || !content) return '';
    const eased = easeOut(this.countProgress ?? 1);
    const step = (target: number): number => {
      const current = target * eased;
      // Whole numbers count in whole steps; others keep the final value's decimals.
      return Number.isInteger(target) ? Math.round(current) : Math.round(current * 10) / 10;
    };
    const at = formatFigure(
      {
        ...number,
        value: step(number.value),
        valueMax: number.valueMax === undefined ? undefined : step(number.valueMax),
      },
      locale,
    );
    return at?.text ?? content.text;
  }

  /**
   * Waits for the figure to come into view to count. Sets no reactive state (it runs after
   * an update); until the count starts, the final value shows, so that printing or a
   * full-page capture never shows « 0 ».
   */
  private watchCount(): void {
    const animatable = this.countUp && this.resolved.number !== undefined && !this.counted;
    if (animatable && !reducedMotion()) this.inView.arm();
  }

  private startCount(): void {
    this.counted = true;
    this.countProgress = 0;
    const started = performance.now();
    const tick = (now: number): void => {
      const progress = Math.min(1, (now - started) / COUNT_UP_MS);
      if (progress >= 1 || reducedMotion()) {
        this.countProgress = undefined;
        return;
      }
      this.countProgress = progress;
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stopCount(): void {
    this.inView.disarm();
    cancelAnimationFrame(this.frame);
    this.countProgress = undefined;
  }
}

const otherLocale = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');
