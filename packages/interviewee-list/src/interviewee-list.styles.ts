import { css } from 'lit';

/**
 * Layout of `<relais-interviewee-list>`. Colours and sizes are `--relais-*` tokens from
 * `@relais/theme`; the layout follows the element's width (container queries), never the
 * window's: one column in a sidebar, two columns per entry (name | role) or a grid of
 * cards when there is room.
 */
export const styles = css`
  /* Its natural width where the page lets it choose (a float, a table cell): the core
     containerStyles. */
  :host {
    --_relais-measure: 36em;
  }

  /* The core card, its rule across the top (topRuleCardStyles); the list spaces its parts
     itself (a heading, its count, groups), so no gap between them. */
  .card {
    gap: 0;
    overflow-wrap: break-word;
    hyphens: manual;
  }

  p,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  .heading {
    color: var(--relais-color-text);
    font-size: var(--relais-font-size-l);
    font-weight: var(--relais-font-weight-strong);
    line-height: 1.2;
    text-wrap: balance;
  }

  .count {
    margin-block: var(--relais-space-xs) var(--relais-space-m);
    color: var(--relais-color-muted);
    font-size: var(--relais-font-size-s);
    font-variant-numeric: lining-nums;
  }

  .group {
    margin-block: var(--relais-space-l) var(--relais-space-xs);
    color: var(--relais-color-accent);
    font-size: var(--relais-font-size-s);
    font-weight: var(--relais-font-weight-strong);
    letter-spacing: 0.06em;
    font-variant-caps: all-small-caps;
  }

  .count + .group {
    margin-block-start: 0;
  }

  .people {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .person {
    padding-block: var(--relais-space-s);
    border-block-start: var(--relais-rule-width) solid var(--relais-color-rule);
    break-inside: avoid;
    text-wrap: pretty;
  }

  .name {
    font-size: var(--relais-font-size-m);
    font-weight: var(--relais-font-weight-strong);
    line-height: 1.3;
  }

  .role,
  .organization {
    font-size: var(--relais-font-size-s);
    line-height: 1.4;
  }

  .role {
    margin-block-start: var(--relais-space-xs);
  }

  .organization {
    color: var(--relais-color-muted);
  }

  /* « jusqu’au 31 août 2020 » reads as one piece: never « 31 » at the end of a line. */
  .until {
    white-space: nowrap;
  }

  .part {
    margin-block-start: var(--relais-space-xs);
    color: var(--relais-color-accent);
    font-size: var(--relais-font-size-s);
    font-weight: var(--relais-font-weight-strong);
    letter-spacing: 0.06em;
    font-variant-caps: all-small-caps;
  }

  .grid .people {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    column-gap: var(--relais-space-l);
  }

  .source {
    margin-block-start: var(--relais-space-m);
  }

  /* A list wide enough for two columns: the name on the left, what they do on the right,
     as a report's acknowledgements page sets it. */
  @container (min-width: 36em) {
    .card {
      padding: var(--relais-space-l);
    }

    .list .person {
      display: grid;
      grid-template-columns: minmax(10em, 15em) 1fr;
      column-gap: var(--relais-space-l);
      align-items: baseline;
    }

    .list .role {
      margin-block-start: 0;
    }
  }

  @container (max-width: 15em) {
    .card {
      padding: var(--relais-space-s) var(--relais-space-s) var(--relais-space-m);
    }
  }

  @media print {
    .card {
      background: none;
      padding-inline: 0;
    }
  }
`;
