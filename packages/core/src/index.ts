// The public API of `@relais/core`: what a partner or an app developer uses. Everything the
// Relais packages share besides is in `./internal.js`, which may change in any release.
export { RelaisErrorEvent, type RelaisErrorDetail } from './events.js';
export { defineOnce, type DefineOutcome } from './define-once.js';
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from './locale.js';
export {
  FIGURE_KINDS,
  formatDate,
  formatFigure,
  type FigureKind,
  type FigureNumber,
  type FormattedNumber,
} from './format.js';
export { SIZES, type Size } from './sizes.js';
export { VERSION } from './version.js';
