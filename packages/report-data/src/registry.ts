/**
 * Which report a lookup reads. The published reports come from `generated/` (one module per
 * kind of record, so that a bundle that only shows figures carries no people); a report
 * added at run time with {@link registerReport} lives here. No report can replace another:
 * ids are unique within a report, and a report id is taken once.
 */
import { deepFreeze } from './freeze.js';
import { DEFAULT_REPORT_ID, REPORT_IDS } from './ids.js';
import type { Report, ReportData } from './schema.js';

/** Which report to read; the default report (`monde-social-numerique-2020`) when absent. */
export interface ReportOption {
  /**
   * A report id. `undefined`, `null` or blank reads the default report, so an element's
   * `report` attribute can be passed as it is, absent or not.
   */
  report?: string | null | undefined;
}

/** The lists of records a report holds, each looked up by id. */
export type RecordList = 'sources' | 'themes' | 'figures' | 'quotes' | 'people';
const RECORD_LISTS: readonly RecordList[] = ['sources', 'themes', 'figures', 'quotes', 'people'];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reports added at run time, by id, frozen. */
const added = new Map<string, ReportData>();

/** The report id a lookup means: the given one, trimmed, or the default report's. */
export function reportIdOf(options?: ReportOption | null): string {
  const report = options?.report;
  return typeof report === 'string' && report.trim() !== '' ? report.trim() : DEFAULT_REPORT_ID;
}

/** The record of a report added at run time. */
export function addedReport(id: string): Report | undefined {
  return added.get(id)?.report;
}

/** What a lookup module needs: the records of one kind, by report, and by id. */
export interface Lookup<T extends { id: string }> {
  /** The records of the report `options` names, in the order of its file; undefined if none. */
  list(options?: ReportOption | null): readonly T[] | undefined;
  /** One record by own id (never an inherited key such as `__proto__`). */
  get(id: unknown, options?: ReportOption | null): T | undefined;
}

/**
 * A lookup over one kind of record: `published` (generated, by report id) first, then the
 * reports added at run time. Indexes are built on first use, so that importing a module
 * whose lookups are never called costs nothing, and a bundler can drop it.
 */
export function lookup<T extends { id: string }>(
  kind: RecordList,
  published: Readonly<Record<string, readonly T[]>>,
): Lookup<T> {
  const indexes = new Map<string, ReadonlyMap<string, T>>();
  const list = (options?: ReportOption | null): readonly T[] | undefined => {
    const report = reportIdOf(options);
    if (Object.hasOwn(published, report)) return published[report];
    // `registerReport` checked that this list holds records of this kind, with ids.
    return added.get(report)?.[kind] as readonly T[] | undefined;
  };
  return {
    list,
    get(id, options) {
      if (typeof id !== 'string') return undefined;
      const report = reportIdOf(options);
      let index = indexes.get(report);
      if (!index) {
        const records = list(options);
        if (!records) return undefined;
        index = new Map(records.map((record) => [record.id, record]));
        indexes.set(report, index);
      }
      return index.get(id);
    },
  };
}

/**
 * Adds a report at run time (a report of your own, or a test's), read with
 * `{ report: data.report.id }`. Validate it against `@relais/report-data/schema.json`
 * first: this checks only what would let it corrupt another report.
 * @param data - one report, shaped as a file of `data/`
 * @returns the report's record
 * @throws Error, naming the report and the id, when its id is already taken (a published
 *   report or one added before), an id repeats within one list, or a record says it
 *   belongs to another report
 */
export function registerReport(data: ReportData): Report {
  const id: unknown = data?.report?.id;
  if (typeof id !== 'string' || !SLUG.test(id)) {
    throw new TypeError(
      `registerReport: report.id must be lower-case words joined by hyphens, not ${JSON.stringify(id)}.`,
    );
  }
  if ((REPORT_IDS as readonly string[]).includes(id) || added.has(id)) {
    throw new Error(
      `registerReport: a report "${id}" exists already; a report cannot replace another: give it its own id.`,
    );
  }
  const problems: string[] = [];
  for (const kind of RECORD_LISTS) {
    const records: unknown = data[kind];
    if (!Array.isArray(records)) {
      problems.push(`${kind} must be a list`);
      continue;
    }
    const seen = new Set<string>();
    records.forEach((record: { id?: unknown; report?: unknown }, index) => {
      if (typeof record?.id !== 'string') problems.push(`${kind}[${index}] has no id`);
      else if (seen.has(record.id)) problems.push(`${kind}[${index}] "${record.id}" repeats an id`);
      else seen.add(record.id);
      if (record?.report !== id) {
        problems.push(`${kind}[${index}] belongs to report ${JSON.stringify(record?.report)}`);
      }
    });
  }
  if (problems.length > 0) {
    throw new Error(`registerReport: report "${id}" refused: ${problems.join('; ')}.`);
  }
  const frozen = deepFreeze(structuredClone(data));
  added.set(id, frozen);
  return frozen.report;
}
