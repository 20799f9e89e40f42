/**
 * The values of every element's `theme` attribute. `light` is the default: an element
 * follows the page it is on, and most partners' pages are light whatever the reader's
 * system says (a dark card on a white page was what `auto` gave a reader in dark mode).
 * `dark` forces the dark theme; `auto` follows the reader's system, for a site that does.
 */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The theme of an element that names none. */
export const DEFAULT_THEME: Theme = 'light';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}
