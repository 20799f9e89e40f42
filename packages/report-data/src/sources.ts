/** `@relais/report-data/sources.js`: where figures and quotes come from. */
import { sources } from './generated/sources.js';
import { lookup, type ReportOption } from './registry.js';
import type { Source } from './schema.js';

export { SOURCE_IDS } from './ids.js';
export type { Source, SourceId } from './schema.js';

const byId = /*#__PURE__*/ lookup<Source>('sources', sources);

/**
 * A source by id: what a figure or quote cites. Read a record's source in its own report:
 * `getSource(figure.source, { report: figure.report })`.
 * @param id - a source id, e.g. `'education-nationale'`
 * @param options - `{ report }`: the report to read; the default report when absent
 * @returns the source, or `undefined` for an unknown id or report
 */
export function getSource(id: string, options?: ReportOption): Source | undefined {
  return byId.get(id, options);
}

/**
 * The source that is the report itself (marked `isReport` in its data): a finding from
 * any other source is « cité par » it.
 * @param options - `{ report }`: the report to read; the default report when absent
 * @returns the source, or `undefined` for an unknown report
 */
export function getReportSource(options?: ReportOption): Source | undefined {
  return byId.list(options)?.find((source) => source.isReport === true);
}
