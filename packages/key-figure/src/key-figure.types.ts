import type { FigureKind } from '@relais/core';
import type { SourceLine } from '@relais/core/internal.js';

export { FIGURE_KINDS, SIZES, type FigureKind, type Size } from '@relais/core';
export { THEMES, type Theme } from '@relais/theme';

/** Longer labels are refused: a label completes a number, it is not a paragraph. */
export const MAX_LABEL_LENGTH = 300;

/** How long `count-up` counts up, in milliseconds. */
export const COUNT_UP_MS = 1200;

/**
 * The sentence assistive technology reads, in pieces: `true` marks Relais's own words
 * (the number in words, the report's data), `false` a partner's inline text, so that only
 * Relais's words are marked with its language.
 */
export type Spoken = [text: string, ours: boolean][];

/** What the element shows, whether it comes from the report's data or from attributes. */
export interface KeyFigureContent {
  /** From the report's data: every word is Relais's, in its language. */
  fromData: boolean;
  kind: FigureKind;
  /** The number as shown: « 13 millions », "€7bn". */
  text: string;
  /** The whole finding as assistive technology says it, number in words. */
  spoken: Spoken;
  label: string;
  /** « (40 % en France) », shown after the label: the number, and what it is. */
  compare?: { text: string; label: string } | undefined;
  /** Source, date and translation notice, as the shared source line shows them. */
  sourceLine: SourceLine;
}
