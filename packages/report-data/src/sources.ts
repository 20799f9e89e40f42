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

/**
 * The document that cites `source`, which a source line names after « cité par »: the one
 * its `citedBy` names (the plan de relance is cited by the report's announcement); else the
 * report itself, unless the source is the report or a document of its own (it has a
 * `publisher`, as the announcement has).
 * @param source - a source of the data, read in its own report
 * @returns the citing source, or `undefined` when the source is cited by no one
 */
export function getCitingSource(source: Source | undefined): Source | undefined {
  if (!source || source.isReport === true) return undefined;
  const options = { report: source.report };
  if (source.citedBy !== undefined) return getSource(source.citedBy, options);
  return source.publisher === undefined ? getReportSource(options) : undefined;
}
