import { css } from 'lit';
import { sourceLineStyles } from './source-line.js';

/**
 * Styles every element starts from. The host page's CSS reaches an element in two ways
 * only: rules that match the host itself (`* { margin: 3em }`) and inherited properties
 * (`color`, `line-height`, `font-*`, `letter-spacing`…).
 *
 * The host's box is the page's: its margin, padding, border, width, float and display are
 * the partner's to set (`relais-key-figure { margin-block-end: 40px }`), so nothing here
 * forces them. What the rendering needs is the text it inherits: those properties are reset
 * with `!important`, which in a shadow root wins over the page's `!important`, so a
 * theme's `* { color: red !important }` cannot recolour the element, while partners keep
 * full control through `--relais-*` properties and `::part()`.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    margin: var(--relais-margin, 0);
    color: var(--relais-color-text, #1f2328) !important;
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
 * The two boxes {@link RelaisElement} renders around an element's content.
 *
 * `.box` is the query container: the element's layout follows its own width (container
 * queries, `cqi`), not the window's. It is a box inside the host, not the host: a host
 * with inline-size containment has no width of its own, and in a float, an inline-block, a
 * table cell or a grid `auto` column (every shrink-to-fit place) it collapsed to 0 px.
 *
 * `.measure` gives the host the width it asks for in those places, which containment takes
 * from `.box`: an invisible line of three blocks, at least 12em wide when squeezed (its
 * min-content) and `--_relais-measure` when free (its max-content): the content's natural
 * width, which each element sets. Shrink-to-fit takes the room between the two that the
 * container has; a narrow column gets 12em at the least.
 */
export const containerStyles = css`
  /* Columns that grow: the card fills the height the element is given, by a row the page
     stretches or by the room relais.css reserves (its surface, never a blank band). */
  :host {
    --_relais-measure: 24em;
    display: flex;
    flex-direction: column;
  }

  .box {
    container-type: inline-size;
    display: flex;
    flex: 1 0 auto;
    flex-direction: column;
  }

  .measure {
    flex: none;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    white-space: normal;
  }

  .measure > span {
    display: inline-block;
    inline-size: max(0em, (var(--_relais-measure) - 12em) / 2);
  }

  .measure > span:first-child {
    inline-size: 12em;
  }
`;

/**
 * The card every element draws, as one family: a surface with the accent rule on the
 * reading side, a column whose last line (the source) sits at the bottom, so that cards in
 * a row end on the same line. It grows to the height the element is given
 * (containerStyles). Put `class="card"` on the element's outer box.
 */
export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    flex: 1 0 auto;
    gap: var(--relais-space-m);
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
 * What a card element (the key figure, the quote card, the list) starts from, in order: the reset of
 * what the page could reach, a host sized by its container, the source line, the card box.
 */
export const cardElementStyles = [baseStyles, containerStyles, sourceLineStyles, cardStyles];
