import { css } from 'lit';

// A module of its own: a css`` literal is kept by the bundler wherever its module is, and
// core declares no side effects, so only the element that imports this one carries it.

/**
 * The card with its accent rule across the top instead of the reading side, for an element
 * read down rather than across (the list). Add it after cardStyles; an element's own `.card`
 * rules come after both.
 */
export const topRuleCardStyles = css`
  .card {
    padding-inline-start: var(--relais-space-m);
    border-inline-start: none;
    border-block-start: var(--relais-accent-width) solid var(--relais-color-accent);
    border-start-end-radius: 0;
    border-end-start-radius: var(--relais-radius);
  }

  @container (max-width: 15em) {
    .card {
      padding-inline-start: var(--relais-space-s);
    }
  }

  @media (forced-colors: active) {
    .card {
      border: var(--relais-rule-width) solid CanvasText;
      border-block-start-width: var(--relais-accent-width);
    }
  }
`;
