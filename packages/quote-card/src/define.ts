import { defineOnce } from '@relais/core';
import { RelaisQuoteCard } from './quote-card.js';
import { VERSION } from './version.js';

defineOnce('relais-quote-card', RelaisQuoteCard, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'relais-quote-card': RelaisQuoteCard;
  }
}
