import type { Paragraph } from './inline-words.js';
import type { SourceLine } from '@relais/core';

export { THEMES, type Theme } from '@relais/theme';

/** The `size` attribute: a sidebar box, the default card, a large pull-quote across a column. */
export const QUOTE_CARD_SIZES = ['compact', 'default', 'large'] as const;
export type QuoteCardSize = (typeof QUOTE_CARD_SIZES)[number];

/**
 * Quotation marks by the quote's language: French « » with narrow no-break spaces inside,
 * English “ ” (also used for every other language).
 */
export const QUOTATION_MARKS = {
  fr: ['«\u202F', '\u202F»'],
  en: ['“', '”'],
} as const;
export type QuotationMarks = keyof typeof QUOTATION_MARKS;

/** What the card shows, whether it comes from the report's data or from the partner. */
export interface QuoteCardContent {
  /** The quote's words, one entry per paragraph, without quotation marks. */
  paragraphs: Paragraph[];
  /** The `lang` of the quote's words, when it must be marked (else inherited). */
  lang?: string | undefined;
  /** Which quotation marks surround the words. */
  marks: QuotationMarks;
  /** The `cite` attribute of the blockquote: the source's address, when safe. */
  cite?: string | undefined;
  /** « Jean Deydier ». */
  author?: string | undefined;
  /** « Fondateur », with its language when it differs from the card's. */
  role?: string | undefined;
  roleLang?: string | undefined;
  /** « WeTechCare ». */
  organization?: string | undefined;
  /** A safe image URL, decorative. */
  portrait?: string | undefined;
  /** A note under the quote: « Citation originale en français » when `original` is set. */
  note?: string | undefined;
  /** Source, date and translation notice, as the shared source line shows them. */
  sourceLine: SourceLine;
}
