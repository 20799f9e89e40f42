import { css } from 'lit';
import { sourceLineStyles } from './source-line.js';

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

/**
 * The card every element draws, as one family: a surface with the accent rule on the
 * reading side, a column whose last line (the source) sits at the bottom, so that cards in
 * a row end on the same line. Put `class="card"` on the element's outer box.
 */
export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--relais-space-m);
    min-block-size: 100%;
    margin: 0;
    padding: var(--relais-space-m);
    padding-inline-start: calc(var(--relais-space-m) + var(--relais-space-xs));
    border-inline-start: var(--relais-accent-width) solid var(--relais-color-accent);
    border-start-end-radius: var(--relais-radius);
    border-end-end-radius: var(--relais-radius);
    background: var(--relais-color-surface);
    color: var(--relais-color-text);
  }

  @container (max-width: 15em) {
    .card {
      padding: var(--relais-space-s) var(--relais-space-s) var(--relais-space-s)
        var(--relais-space-m);
    }
  }

  @media (forced-colors: active) {
    .card {
      border: var(--relais-rule-width) solid CanvasText;
      border-inline-start-width: var(--relais-accent-width);
    }
  }
`;

/**
 * What a card element (the key figure, the quote card) starts from, in order: the reset of
 * what the page could reach, a host sized by its container, the source line, the card box.
 */
export const cardElementStyles = [baseStyles, containerStyles, sourceLineStyles, cardStyles];
