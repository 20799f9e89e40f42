import './define.js';

export { RelaisKeyFigure } from './key-figure.js';
export {
  COUNT_UP_MS,
  FIGURE_KINDS,
  KEY_FIGURE_SIZES,
  MAX_LABEL_LENGTH,
  THEMES,
  type FigureKind,
  type KeyFigureSize,
  type Theme,
} from './key-figure.types.js';
export { VERSION } from './version.js';
