import { css } from 'lit';

/**
 * Styles every element starts from. The host page's CSS reaches an element in two ways
 * only: rules that match the host itself (`* { margin: 3em }`) and inherited properties
 * (`color`, `line-height`, `font-*`, `letter-spacing`…). Both are reset here. In a
 * shadow root `!important` wins over the page's `!important`, so a theme's
 * `* { color: red !important }` cannot recolour the element, while partners keep full
 * control through `--relais-*` properties and `::part()`.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box !important;
    margin: var(--relais-margin, 0) !important;
    padding: 0 !important;
    border: 0 !important;
    color: var(--relais-color-text, #1f2328) !important;
    background: transparent !important;
    font-family: var(
      --relais-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    ) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--relais-line-height, 1.45) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Read by assistive technology, not shown. */
  .visually-hidden {
    clip-path: inset(50%);
    height: 1px;
    overflow: hidden;
    position: absolute;
    white-space: nowrap;
    width: 1px;
  }
`;

/**
 * For an element whose layout follows its own width (container queries), not the
 * window's: with inline-size containment it has no width of its own, so it fills its
 * container, also as a flex item (a theme's `div { display: flex }`).
 */
export const containerStyles = css`
  :host {
    container-type: inline-size;
    width: 100%;
    width: -moz-available;
    width: -webkit-fill-available;
    width: stretch;
  }
`;
