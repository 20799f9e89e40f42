import { css } from 'lit';

/**
 * Layout of `<relais-key-figure>`. Every colour and size is a `--relais-*` token from
 * `@relais/theme` (defined on `:host`), so the styles below hold no value of their own;
 * sizes follow the element's width (container queries), not the window's.
 */
export const styles = css`
  /* The card itself (surface, accent rule, source at the bottom) is core's cardStyles. */
  .figure {
    position: relative;
  }

  p {
    margin: 0;
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
    overflow-wrap: break-word;
  }

  .compare {
    white-space: nowrap;
  }

  :host([size='compact']) .figure {
    gap: var(--relais-space-s);
    padding: var(--relais-space-s) var(--relais-space-m);
  }

  :host([size='compact']) .value {
    font-size: clamp(1.25em, 0.75em + 5cqi, var(--relais-font-size-xl));
  }

  :host([size='compact']) .label {
    font-size: var(--relais-font-size-s);
  }

  :host([size='hero']) .value {
    font-size: clamp(1.75em, 0.5em + 10cqi, var(--relais-font-size-display));
    line-height: 1;
  }

  :host([size='hero']) .shown {
    gap: var(--relais-space-s);
  }

  :host([size='hero']) .label {
    font-size: clamp(var(--relais-font-size-m), 0.75em + 1.5cqi, var(--relais-font-size-l));
  }

  @container (min-width: 32em) {
    :host(:not([size='compact'])) .figure {
      padding: var(--relais-space-l);
      padding-inline-start: calc(var(--relais-space-l) + var(--relais-space-xs));
    }
  }

  @container (min-width: 48em) {
    :host([size='hero']) .figure {
      padding: var(--relais-space-xl);
    }
  }
`;
