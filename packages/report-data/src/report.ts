/**
 * `@relais/report-data/report.js`: the reports themselves, and {@link registerReport} to
 * add one at run time.
 */
import { reports } from './generated/reports.js';
import { addedReport, reportIdOf } from './registry.js';
import type { Report } from './schema.js';

export { DEFAULT_REPORT_ID, DIGITAL_USE_IDS, LOCALES, REPORT_IDS } from './ids.js';
export { registerReport, type ReportOption } from './registry.js';
export type { DigitalUse, DigitalUseId, Report, ReportId } from './schema.js';

/**
 * A report's own record: title, publisher, dates, preface and op-ed authors, method, themes
 * and, for the default report, the four ways the social sector used digital tools.
 * @param id - a report id; the default report (`monde-social-numerique-2020`) when absent
 * @returns the report, or `undefined` for an unknown id
 */
export function getReport(): Report;
export function getReport(id: string | null | undefined): Report | undefined;
export function getReport(id?: string | null): Report | undefined {
  const wanted = reportIdOf({ report: id });
  return Object.hasOwn(reports, wanted) ? reports[wanted] : addedReport(wanted);
}
