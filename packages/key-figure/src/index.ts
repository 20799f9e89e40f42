import './define.js';

export { RelaisKeyFigure } from './key-figure.js';
export {
  COUNT_UP_MS,
  FIGURE_KINDS,
  MAX_LABEL_LENGTH,
  SIZES,
  THEMES,
  type FigureKind,
  type Size,
  type Theme,
} from './key-figure.types.js';
export { RelaisErrorEvent, type RelaisErrorDetail } from '@relais/core';
export { VERSION } from './version.js';
