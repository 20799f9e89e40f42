export { defineOnce, type DefineOutcome } from './define-once.js';
export {
  DEFAULT_LOCALE,
  LocaleController,
  SUPPORTED_LOCALES,
  nearestLang,
  resolveLocale,
  toLocale,
  type Locale,
} from './locale.js';
export { safeUrl } from './safe-url.js';
export {
  FIGURE_KINDS,
  formatDate,
  formatFigure,
  isCurrency,
  isFigureKind,
  parseNumber,
  type FigureKind,
  type FigureNumber,
  type FormattedNumber,
} from './format.js';
export { STRINGS, countOf, languageName, t, translationNotice, type StringKey } from './strings.js';
export { RelaisErrorEvent, reportBadInput, type RelaisErrorDetail } from './events.js';
export {
  ProblemsController,
  fatal,
  hasFatal,
  option,
  optionProblem,
  optionalNumber,
  type Problem,
} from './problems.js';
export {
  renderSourceLine,
  sourceLineOf,
  sourceLineStyles,
  type SourceLine,
  type SourceRecord,
} from './source-line.js';
export { baseStyles, containerStyles } from './styles.js';
export { VERSION } from './version.js';
