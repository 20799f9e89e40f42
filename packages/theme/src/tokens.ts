import { css } from 'lit';

/**
 * The Relais design tokens, written once. Elements include {@link tokens} in their static
 * styles; the build writes the same values to `dist/tokens.css` for pages
 * (`scripts/emit-tokens-css.mjs`).
 *
 * The tokens are defined on `:host`, not on `:root`: an element is themed with nothing
 * loaded by the page, and a page that sets `html { font-size: 62.5% }` changes nothing
 * because every size is in `em`. A partner overrides a token on the element itself
 * (`relais-key-figure { --relais-color-accent: #8a1c1c }`), which beats `:host`.
 */

/** Colours of the light theme. Every text/surface pair is WCAG AA or better (tested). */
export const lightColors = css`
  --relais-color-text: #1c1f23;
  --relais-color-muted: #4f5760;
  --relais-color-accent: #1a4f8b;
  --relais-color-link: #1a4f8b;
  --relais-color-surface: #f7f6f2;
  --relais-color-rule: #767e87;
  color-scheme: light;
`;

/** Colours of the dark theme. */
export const darkColors = css`
  --relais-color-text: #eceff2;
  --relais-color-muted: #aeb6bf;
  --relais-color-accent: #8dc4ff;
  --relais-color-link: #a9d3ff;
  --relais-color-surface: #17191c;
  --relais-color-rule: #68717b;
  color-scheme: dark;
`;

/**
 * Windows High Contrast and other forced palettes: system colours only, so that the
 * user's palette wins and rules stay visible (a background colour would be erased).
 */
export const forcedColors = css`
  --relais-color-text: CanvasText;
  --relais-color-muted: CanvasText;
  --relais-color-accent: CanvasText;
  --relais-color-link: LinkText;
  --relais-color-surface: Canvas;
  --relais-color-rule: CanvasText;
`;

/** Type, spacing and shape: all in `em`, so they follow the host's font size. */
export const scale = css`
  --relais-font-family:
    system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  --relais-line-height: 1.45;
  --relais-font-size-xs: 0.8125em;
  --relais-font-size-s: 0.875em;
  --relais-font-size-m: 1em;
  --relais-font-size-l: 1.25em;
  --relais-font-size-xl: 2em;
  --relais-font-size-xxl: 3.25em;
  --relais-font-size-display: 5em;
  --relais-font-weight-strong: 700;
  --relais-space-xs: 0.25em;
  --relais-space-s: 0.5em;
  --relais-space-m: 1em;
  --relais-space-l: 1.5em;
  --relais-space-xl: 2.25em;
  --relais-radius: 0.25em;
  --relais-rule-width: 1px;
  --relais-accent-width: 0.25em;
`;

/**
 * Every token, for an element's `static styles`. Light by default, whatever the reader's
 * system: the element follows the partner's page, not the system. Dark when
 * `theme="dark"`, or when `theme="auto"` and the reader prefers dark.
 */
export const tokens = css`
  :host {
    ${scale}
    ${lightColors}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkColors}
    }
  }
  :host([theme='dark']) {
    ${darkColors}
  }
  @media (forced-colors: active) {
    :host {
      ${forcedColors}
    }
  }
`;
