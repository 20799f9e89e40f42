/**
 * `@relais/core/internal.js`: what the Relais element packages share and a page never needs
 * (the base element, bad-input reporting, the source line, styles, strings). Not public API:
 * it may change in any release, minor or patch. The public API is `@relais/core`.
 */
export * from './index.js';
export { RelaisElement } from './element.js';
export { InViewController } from './in-view.js';
export { safeUrl } from './safe-url.js';
export { cachedFormatter } from './intl-cache.js';
export { LANGUAGE_TAG, nearestLang, primaryLanguage } from './locale.js';
export { formatCompared, isCurrency, isFigureKind, parseNumber } from './format.js';
export { countOf, translate, type Strings } from './strings.js';
export {
  asText,
  checkedSourceUrl,
  checkedUrl,
  fatal,
  hasFatal,
  option,
  optionalNumber,
  optionalText,
  reportOption,
  reportProblems,
  type Problem,
} from './problems.js';
export {
  renderSourceLine,
  sourceLineOf,
  sourceLineStyles,
  type SourceLine,
} from './source-line.js';
export { baseStyles, cardElementStyles, cardStyles, containerStyles } from './styles.js';
export { topRuleCardStyles } from './top-rule-card.js';
export { claimGlobal } from './page-global.js';
