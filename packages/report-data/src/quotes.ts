/** `@relais/report-data/quotes.js`: the quotes alone (their authors are in `people.js`). */
import { quotes } from './generated/quotes.js';
import { lookup, type ReportOption } from './registry.js';
import type { Quote } from './schema.js';

export { QUOTE_IDS } from './ids.js';
export type { Quote, QuoteId } from './schema.js';

const byId = /*#__PURE__*/ lookup<Quote>('quotes', quotes);

/**
 * A quote by id.
 * @param id - a quote id: `'jean-deydier'`
 * @param options - `{ report }`: the report to read; the default report when absent
 * @returns the quote, or `undefined` for an unknown id or report
 */
export function getQuote(id: string, options?: ReportOption): Quote | undefined {
  return byId.get(id, options);
}
