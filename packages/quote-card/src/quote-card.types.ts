import type { SourceLine } from '@relais/core/internal.js';
import type { Paragraph } from './inline-words.js';

export { SIZES, type Size } from '@relais/core';
export { THEMES, type Theme } from '@relais/theme';

/**
 * Quotation marks by the quote's language, drawn by the card's CSS: French « » with narrow
 * no-break spaces inside, English “ ” (also used for every other language).
 */
export type QuotationMarks = 'fr' | 'en';

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
  /** « Jean Deydier ». */
  author?: string | undefined;
  /** « Fondateur », with its language when it differs from the card's. */
  role?: string | undefined;
  roleLang?: string | undefined;
  /** « WeTechCare ». */
  organization?: string | undefined;
  /** A safe image URL, decorative. */
  portrait?: string | undefined;
  /** A note under the quote: « Citation originale en français » when `original` is set. */
  note?: string | undefined;
  /** Source, date and translation notice, as the shared source line shows them. */
  sourceLine: SourceLine;
}
