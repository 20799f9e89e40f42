/**
 * `@relais/report-data/figures.js`: the key figures alone. An element that shows figures
 * imports this entry (and `sources.js` for their source line) and carries no people.
 */
import { figures } from './generated/figures.js';
import { lookup, type ReportOption } from './registry.js';
import type { Figure } from './schema.js';

export { FIGURE_IDS, FIGURE_KINDS } from './ids.js';
export type { Figure, FigureId, FigureKind } from './schema.js';

const byId = /*#__PURE__*/ lookup<Figure>('figures', figures);

/**
 * A key figure by id.
 * @param id - a figure id, e.g. `'eloignes-du-numerique'` (a {@link FigureId} of the
 *   default report)
 * @param options - `{ report }`: the report to read; the default report when absent
 * @returns the figure, or `undefined` for an unknown id or report
 */
export function getFigure(id: string, options?: ReportOption): Figure | undefined {
  return byId.get(id, options);
}

/**
 * Every key figure of a report, in the order of its file.
 * @param options - `{ report }`: the report to read; the default report when absent
 * @returns a new array; empty for an unknown report
 */
export function getFigures(options?: ReportOption): Figure[] {
  return [...(byId.list(options) ?? [])];
}
