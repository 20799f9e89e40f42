import './define.js';

export { RelaisQuoteCard } from './quote-card.js';
export { SIZES, THEMES, type Size, type Theme } from './quote-card.types.js';
export { RelaisErrorEvent, type RelaisErrorDetail } from '@relais/core';
export { VERSION } from './version.js';
