export { RelaisElement } from './element.js';
export { defineOnce, type DefineOutcome } from './define-once.js';
export {
  DEFAULT_LOCALE,
  LocaleController,
  langToMark,
  SUPPORTED_LOCALES,
  nearestLang,
  resolveLocale,
  toLocale,
  type Locale,
} from './locale.js';
export { InViewController } from './in-view.js';
export { RESERVED_STATE, ReserveController } from './reserve.js';
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
export {
  countOf,
  t,
  translate,
  translationNotice,
  type StringKey,
  type Strings,
} from './strings.js';
export { RelaisErrorEvent, reportBadInput, type RelaisErrorDetail } from './events.js';
export {
  ProblemsController,
  checkedSourceUrl,
  checkedUrl,
  fatal,
  hasFatal,
  reportOption,
  option,
  optionProblem,
  optionalNumber,
  optionalText,
  type Problem,
} from './problems.js';
export {
  renderSourceLine,
  sourceLineOf,
  sourceLineStyles,
  type SourceLine,
  type SourceRecord,
} from './source-line.js';
export { baseStyles, cardElementStyles, cardStyles, containerStyles } from './styles.js';
export { VERSION } from './version.js';
