/** `@relais/report-data/themes.js`: the themes of a report and of its figures. */
import { themes } from './generated/themes.js';
import { lookup, type ReportOption } from './registry.js';
import type { Theme } from './schema.js';

export { THEME_IDS } from './ids.js';
export type { Theme, ThemeId } from './schema.js';

const byId = /*#__PURE__*/ lookup<Theme>('themes', themes);

/**
 * A theme by id: its name in French and English.
 * @param id - a theme id, e.g. `'sante'`
 * @param options - `{ report }`: the report to read; the default report when absent
 * @returns the theme, or `undefined` for an unknown id or report
 */
export function getTheme(id: string, options?: ReportOption): Theme | undefined {
  return byId.get(id, options);
}
