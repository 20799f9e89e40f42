import './define.js';

export { RelaisQuoteCard } from './quote-card.js';
export {
  QUOTATION_MARKS,
  SIZES,
  THEMES,
  type QuotationMarks,
  type Size,
  type Theme,
} from './quote-card.types.js';
export { VERSION } from './version.js';
