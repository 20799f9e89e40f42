/**
 * `@relais/report-data`: the reports' findings as typed data, and small accessors.
 *
 * The data lives once, in `data/<report-id>.json`, validated against the schema at build
 * time and generated into `generated/*.ts`, one module per kind of record. This entry
 * re-exports every per-kind entry (`figures.js`, `sources.js`, `quotes.js`, `people.js`,
 * `themes.js`, `report.js`); a bundler keeps only what is used. Nothing here validates at
 * run time, and nothing imports TypeBox at run time (`import type` only).
 */
export * from './figures.js';
export * from './sources.js';
export * from './themes.js';
export * from './quotes.js';
export * from './people.js';
export * from './report.js';
export type { CurrencyCode, Locale, LocalizedText, ReportData } from './schema.js';
