import './define.js';

export { RelaisQuoteCard } from './quote-card.js';
export {
  QUOTATION_MARKS,
  QUOTE_CARD_SIZES,
  THEMES,
  type QuotationMarks,
  type QuoteCardSize,
  type Theme,
} from './quote-card.types.js';
export { VERSION } from './version.js';
