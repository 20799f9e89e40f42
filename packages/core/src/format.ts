import type { Locale } from './locale.js';
import { cachedFormatter } from './intl-cache.js';
import { t } from './strings.js';

/** The kinds of number a key figure can be (public API: the `kind` attribute). */
export const FIGURE_KINDS = ['count', 'percent', 'currency', 'ratio', 'multiplier'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export function isFigureKind(value: unknown): value is FigureKind {
  return typeof value === 'string' && (FIGURE_KINDS as readonly string[]).includes(value);
}

/** A number to show, as the data or the attributes give it. */
export interface FigureNumber {
  kind: FigureKind;
  /** The value; for `percent`, in percentage points (42 means 42 %). */
  value: number;
  /** The upper bound of a range (`5` to `8` %). */
  valueMax?: number | undefined;
  /** ISO 4217 code for `currency`; EUR when absent. */
  currency?: string | undefined;
  /** For `ratio`: the `10` of « 9 sur 10 ». */
  denominator?: number | undefined;
  /** What is counted, in the reader's language: « emplois », "jobs". */
  unit?: string | undefined;
  /**
   * Every digit, never a magnitude word: « 13 245 000 » rather than « 13,2 millions ». By
   * default a value of a million or more reads with its word, to one decimal.
   */
  exact?: boolean | undefined;
}

/** What to show, and what assistive technology should say instead. */
export interface FormattedNumber {
  /** The text to show: « 7 milliards d’euros », "€7bn", « 5 à 8 % », "×100". */
  text: string;
  /** The same value in words, symbols and abbreviations spelt out: "7 billion euros". */
  words: string;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** From this size on, numbers are said with a word: « 13 millions », "7 billion". */
const MAGNITUDE_FROM = 1_000_000;
const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

/**
 * The space between a number and the word that counts it: a no-break one in French, so that
 * « 13 » never ends a line that « millions » starts (French typography); ordinary in English.
 */
const unitSpace = (locale: Locale): string => (locale === 'fr' ? NBSP : ' ');

/**
 * A finite number from an attribute or a data field, or `undefined`: `'42'`, `'4.2e1'` and
 * `42` give 42; `''`, `'abc'`, `'12px'`, `'0x10'`, `NaN`, `Infinity` and non-strings give
 * `undefined`.
 */
export function parseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}

let currencies: Set<string> | null | undefined;
/** The engine's currencies, asked once (`null` where it cannot list them). */
function supportedCurrencies(): Set<string> | null {
  if (currencies === undefined) {
    const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    currencies = list ? new Set(list('currency')) : null;
  }
  return currencies;
}

/** Whether `code` is an ISO 4217 currency this browser knows. */
export function isCurrency(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Za-z]{3}$/.test(code)) return false;
  const upper = code.toUpperCase();
  const supported = supportedCurrencies();
  if (supported) return supported.has(upper);
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: upper });
    return true;
  } catch {
    return false;
  }
}

/**
 * Options whose defaults differ between engines, or between versions of one engine, set so
 * that every figure reads the same in Chromium, Firefox, Safari and Node 20. The trap that
 * made this: with `style: 'currency'`, the default minimum of fraction digits is the
 * currency's (2 for the euro), clamped to the maximum asked for; JavaScriptCore and Node 20's
 * V8 keep that clamped 1 in compact notation ("€7.0bn") where today's V8 and SpiderMonkey
 * drop to 0 ("€7bn"). Older engines also throw a RangeError when `maximumFractionDigits` is
 * below that default minimum. Grouping in compact notation defaults to "min2" in recent
 * engines and to `true` in older ones; rounding modes and priorities to what each engine
 * implemented first. Every formatter states them all.
 */
const STABLE_OPTIONS = {
  minimumFractionDigits: 0,
  useGrouping: true,
  roundingMode: 'halfExpand',
  roundingPriority: 'auto',
  trailingZeroDisplay: 'auto',
  signDisplay: 'auto',
} as const satisfies Intl.NumberFormatOptions;

/** The number formatter `name` (the caller's short name for its options) for `locale`. */
function nf(locale: Locale, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter(
    `number|${locale}|${name}`,
    () => new Intl.NumberFormat(locale, { ...STABLE_OPTIONS, ...options }),
  );
}

/**
 * How many decimals a figure keeps: one for a percentage, two otherwise. The value is
 * rounded once, before anything is formatted, so that what is shown and what is said are
 * the same number (« 0 % » is never read « 0,04 pour cent »).
 */
const fractionDigits = (kind: FigureKind): number => (kind === 'percent' ? 1 : 2);

/** `value` to `digits` decimals, half away from zero as `Intl` rounds; never `-0`. */
function round(value: number, digits: number): number {
  const rounded = Math.sign(value) * Number(Math.abs(value).toFixed(digits));
  return rounded === 0 ? 0 : rounded;
}

const hasMagnitude = (value: number): boolean => Math.abs(value) >= MAGNITUDE_FROM;

/**
 * « 13 millions » (`compact`), "1,234" (shown) or "1234" (said: grouping spaces split numbers
 * aloud). Engines print the space of « 13 millions » differently (a no-break one, or an
 * ordinary one): every engine gives the same text, a no-break space in French.
 */
function plain(
  value: number,
  locale: Locale,
  spoken: boolean,
  compact = hasMagnitude(value),
): string {
  if (compact) {
    return nf(locale, 'compact', {
      notation: 'compact',
      compactDisplay: 'long',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    })
      .format(value)
      .replace(/[ \u00A0\u202F]/g, unitSpace(locale));
  }
  return nf(locale, spoken ? 'spoken' : 'shown', {
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
    useGrouping: !spoken,
  }).format(value);
}

/** French puts « de » between a magnitude word and a noun: « 13 millions de personnes ». */
function withNoun(amount: string, compact: boolean, noun: string, locale: Locale): string {
  if (locale === 'fr' && compact) {
    return `${amount} ${/^[aeiouyhéèêàâîôû]/i.test(noun) ? 'd’' : 'de '}${noun}`;
  }
  return `${amount}${unitSpace(locale)}${noun}`;
}

/**
 * The currency's name in the plural the value itself takes, as CLDR's rules for `locale`
 * choose it: « 1,5 euro » (French uses the singular below 2), "1.5 euros"; after a magnitude
 * word, the plural (« 7 milliards d’euros »). Formatted to the value's own decimals, never
 * rounded first: 1.5 rounded to 2 read « 1,5 euros ».
 */
function currencyName(code: string, locale: Locale, value: number, compact: boolean): string {
  const formatted = nf(locale, `name ${code}`, {
    style: 'currency',
    currency: code,
    currencyDisplay: 'name',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(compact ? 2 : value);
  return formatted.replace(/^[^\p{L}]+/u, '');
}

function formatCurrency(
  value: number,
  code: string,
  locale: Locale,
  compact: boolean,
): FormattedNumber {
  const name = currencyName(code, locale, value, compact);
  const words = withNoun(plain(value, locale, true, compact), compact, name, locale);
  if (!compact) {
    const options = {
      style: 'currency',
      currency: code,
      currencyDisplay: 'symbol',
      maximumFractionDigits: 2,
    } as const;
    return { text: nf(locale, `symbol ${code}`, options).format(value), words };
  }
  // French readers expect the words (« 7 milliards d’euros »: « 7 Md € » is jargon);
  // English-language press writes "€7bn", "€13m".
  if (locale === 'fr') return { text: words, words };
  const short = nf(locale, `compact ${code}`, {
    style: 'currency',
    currency: code,
    currencyDisplay: 'symbol',
    notation: 'compact',
    compactDisplay: 'short',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  })
    .format(value)
    .replace(/T$/, 'tn')
    .replace(/B$/, 'bn')
    .replace(/M$/, 'm');
  return { text: short, words };
}

function formatOne(figure: FigureNumber, value: number, locale: Locale): FormattedNumber {
  const unit = figure.unit?.trim();
  const compact = !figure.exact && hasMagnitude(value);
  switch (figure.kind) {
    case 'percent': {
      const text = nf(locale, 'percent', {
        style: 'unit',
        unit: 'percent',
        unitDisplay: 'short',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      })
        .format(value)
        // French typography wants a narrow no-break space before %; some ICU data has a wide one.
        .replace(/\u00A0%/, `${NARROW_NBSP}%`);
      return {
        text,
        words: `${plain(value, locale, true, compact)}${unitSpace(locale)}${t(locale, 'percentWords')}`,
      };
    }
    case 'currency':
      return formatCurrency(value, (figure.currency ?? 'EUR').toUpperCase(), locale, compact);
    case 'multiplier': {
      const amount = plain(value, locale, false, compact);
      return {
        text: `×${amount}`,
        words: t(locale, 'multiplierWords', { value: plain(value, locale, true, compact) }),
      };
    }
    case 'ratio': {
      const of = plain(figure.denominator ?? Number.NaN, locale, false);
      const ofSaid = plain(figure.denominator ?? Number.NaN, locale, true);
      const connector = t(locale, 'ratioConnector');
      const build = (amount: string, total: string): string => {
        if (!unit) return `${amount} ${connector} ${total}`;
        return locale === 'fr'
          ? `${amount}${NBSP}${unit} ${connector} ${total}`
          : `${amount} ${connector} ${total} ${unit}`;
      };
      return {
        text: build(plain(value, locale, false, compact), of),
        words: build(plain(value, locale, true, compact), ofSaid),
      };
    }
    case 'count': {
      const text = plain(value, locale, false, compact);
      const words = plain(value, locale, true, compact);
      return unit
        ? {
            text: withNoun(text, compact, unit, locale),
            words: withNoun(words, compact, unit, locale),
          }
        : { text, words };
    }
  }
}

/** « 5 à 8 % » / "5–8%": the shared suffix is said once. */
function formatPercentRange(low: number, high: number, locale: Locale): FormattedNumber {
  const number = (value: number, spoken: boolean): string =>
    nf(locale, spoken ? 'range spoken' : 'range shown', {
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
      useGrouping: !spoken,
    }).format(value);
  const connector = t(locale, 'rangeConnector');
  const text =
    locale === 'fr'
      ? `${number(low, false)} ${connector} ${number(high, false)}${NARROW_NBSP}%`
      : `${number(low, false)}–${number(high, false)}%`;
  const words = `${number(low, true)} ${connector} ${number(high, true)}${unitSpace(locale)}${t(locale, 'percentWords')}`;
  return { text, words };
}

/**
 * Formats a figure for `locale` with `Intl`: the text to show and the words for assistive
 * technology, of one number rounded once (see {@link fractionDigits}). Returns `undefined`, never a text containing `NaN`, when the value, the
 * range's upper bound, the ratio's denominator or the currency is missing or invalid, or
 * when `valueMax` is below `value`.
 */
export function formatFigure(figure: FigureNumber, locale: Locale): FormattedNumber | undefined {
  if (!isFigureKind(figure.kind)) return undefined;
  const parsed = parseNumber(figure.value);
  if (parsed === undefined) return undefined;
  const value = round(parsed, fractionDigits(figure.kind));
  if (figure.kind === 'currency' && !isCurrency(figure.currency ?? 'EUR')) return undefined;
  if (figure.kind === 'ratio') {
    const denominator = parseNumber(figure.denominator);
    if (denominator === undefined || denominator <= 0) return undefined;
  }
  if (figure.valueMax === undefined) return formatOne(figure, value, locale);
  const parsedHigh = parseNumber(figure.valueMax);
  if (parsedHigh === undefined) return undefined;
  const high = round(parsedHigh, fractionDigits(figure.kind));
  if (high < value) return undefined;
  if (figure.kind === 'percent') return formatPercentRange(value, high, locale);
  const low = formatOne({ ...figure, unit: undefined }, value, locale);
  const top = formatOne(figure, high, locale);
  const connector = t(locale, 'rangeConnector');
  return {
    text: `${low.text} ${connector} ${top.text}`,
    words: `${low.words} ${connector} ${top.words}`,
  };
}

/**
 * The number a figure is compared with (« 40 % » beside « 42 % »): of the figure's kind,
 * without its range or its unit. `undefined` when there is no such number, or it is invalid.
 */
export function formatCompared(
  figure: FigureNumber,
  compareValue: number | undefined,
  locale: Locale,
): FormattedNumber | undefined {
  if (compareValue === undefined) return undefined;
  return formatFigure(
    { ...figure, value: compareValue, valueMax: undefined, unit: undefined },
    locale,
  );
}

/** « 21 septembre 2020 » / "21 September 2020" for an ISO date (`2020-09-21`), or « juillet 2020 » for `2020-07`. */
export function formatDate(iso: string, locale: Locale): string | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (Number.isNaN(date.getTime())) return undefined;
  return dateFormat(locale, Boolean(day)).format(date);
}

function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  return cachedFormatter(
    `date|${locale}|${withDay}`,
    () =>
      // British English writes "21 September 2020", as our European readers do.
      new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        ...(withDay ? { day: 'numeric' } : {}),
      }),
  );
}
