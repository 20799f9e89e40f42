import { css } from 'lit';

/**
 * Layout of `<relais-key-figure>`. Every colour and size is a `--relais-*` token from
 * `@relais/theme` (defined on `:host`), so the styles below hold no value of their own;
 * sizes follow the element's width (container queries), not the window's.
 */
export const styles = css`
  /* Its natural width where the page lets it choose (a float, a table cell): the core
     containerStyles. */
  :host {
    --_relais-measure: 20em;
  }

  /* The card itself (surface, accent rule, source at the bottom, forced colours, the
     height it is given) is core's cardStyles. */
  .figure {
    position: relative;
  }

  p {
    margin: 0;
  }

  .statement {
    position: relative;
  }

  /* The sentence assistive technology reads lies over the number and label it stands for,
     invisible: a screen reader user exploring the card by touch finds it where the eye
     does (a 1 px box would be found nowhere). Clicks and selection go to the text below. */
  .spoken {
    position: absolute;
    inset: 0;
    overflow: hidden;
    opacity: 0;
    pointer-events: none;
    user-select: none;
  }

  .shown {
    display: flex;
    flex-direction: column;
    gap: var(--relais-space-xs);
  }

  .value {
    position: relative;
    display: block;
    color: var(--relais-color-accent);
    /* 1.5em at 200 px, so that « 7 milliards » holds on one line in a sidebar. */
    font-size: clamp(1.5em, 0.5em + 8cqi, var(--relais-font-size-xxl));
    font-weight: var(--relais-font-weight-strong);
    line-height: 1.05;
    letter-spacing: -0.015em;
    /* Digits of one width: the count-up does not wobble, columns of figures align. */
    font-variant-numeric: tabular-nums lining-nums;
    text-wrap: balance;
    overflow-wrap: break-word;
  }

  /* While counting, the final value keeps its place, invisible, and the count is drawn
     over it: the layout never moves. */
  .reserved {
    visibility: hidden;
  }

  .count {
    position: absolute;
    inset: 0;
  }

  .label {
    max-inline-size: 40em;
    font-size: var(--relais-font-size-m);
    text-wrap: pretty;
    /* Inherited by the comparison, which wraps too: at 200 px nothing overflows (1.4.10). */
    overflow-wrap: break-word;
  }

  .figure.compact {
    gap: var(--relais-space-s);
    padding: var(--relais-space-s) var(--relais-space-m);
  }

  .compact .value {
    font-size: clamp(1.25em, 0.75em + 5cqi, var(--relais-font-size-xl));
  }

  .compact .label {
    font-size: var(--relais-font-size-s);
  }

  .hero .value {
    font-size: clamp(1.75em, 0.5em + 10cqi, var(--relais-font-size-display));
    line-height: 1;
  }

  .hero .shown {
    gap: var(--relais-space-s);
  }

  .hero .label {
    font-size: clamp(var(--relais-font-size-m), 0.75em + 1.5cqi, var(--relais-font-size-l));
  }

  @container (min-width: 32em) {
    .figure:not(.compact) {
      padding: var(--relais-space-l);
      padding-inline-start: calc(var(--relais-space-l) + var(--relais-space-xs));
    }
  }

  @container (min-width: 48em) {
    .figure.hero {
      padding: var(--relais-space-xl);
    }
  }

  /* On paper there is no count: the final value, whatever the screen showed. */
  @media print {
    .count {
      display: none;
    }

    .reserved {
      visibility: visible;
    }
  }
`;
