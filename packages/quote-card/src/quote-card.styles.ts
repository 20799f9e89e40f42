import { css } from 'lit';

/**
 * Layout of `<relais-quote-card>`. Every colour and size is a `--relais-*` token from
 * `@relais/theme` (defined on `:host`), so the styles below hold no value of their own;
 * sizes follow the element's width (container queries), not the window's. Size variants
 * come from a class in the template, so that a size set as a property (React, Vue) works
 * without an attribute on the partner's markup.
 */
export const styles = css`
  /* Its natural width where the page lets it choose (a float, a table cell): the core
     containerStyles. */
  :host {
    --_relais-measure: 30em;
  }

  /* The card itself (surface, accent rule, source at the bottom) is core's cardStyles. */
  p {
    margin: 0;
  }

  .quote {
    margin: 0;
    font-family: var(
      --relais-font-family-quote,
      Georgia,
      'Iowan Old Style',
      'Palatino Linotype',
      Cambria,
      'Noto Serif',
      'DejaVu Serif',
      'Times New Roman',
      serif
    );
    /* 1.125em in a 200 px sidebar, up to the token in a column. */
    font-size: clamp(1.0625em, 0.9em + 1.5cqi, var(--relais-font-size-l));
    line-height: 1.45;
    text-wrap: pretty;
    overflow-wrap: break-word;
    hyphens: manual;
  }

  .quote p + p {
    margin-block-start: 0.65em;
  }

  /* The quotation marks of the words' language, drawn here and silent for assistive
     technology (the text after the slash is what a screen reader says: nothing). The
     blockquote already says that these are someone's words. */
  .quote p:first-child::before,
  .quote p:last-child::after {
    color: var(--relais-color-accent);
    font-weight: var(--relais-font-weight-strong);
  }

  .marks-fr p:first-child::before {
    content: '\\AB\\202F' / '';
  }

  .marks-fr p:last-child::after {
    content: '\\202F\\BB' / '';
  }

  .marks-en p:first-child::before {
    content: '\\201C' / '';
  }

  .marks-en p:last-child::after {
    content: '\\201D' / '';
  }

  .caption {
    display: flex;
    flex-direction: column;
    gap: var(--relais-space-s);
    flex: 1;
  }

  .attribution {
    display: flex;
    align-items: center;
    gap: var(--relais-space-s) var(--relais-space-m);
  }

  .portrait {
    flex: none;
    inline-size: 3em;
    block-size: 3em;
    border-radius: 50%;
    object-fit: cover;
    background: var(--relais-color-rule);
  }

  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }

  .author {
    font-size: var(--relais-font-size-m);
    font-weight: var(--relais-font-weight-strong);
  }

  .role {
    color: var(--relais-color-muted);
    font-size: var(--relais-font-size-s);
  }

  .note {
    color: var(--relais-color-muted);
    font-size: var(--relais-font-size-xs);
    font-style: italic;
  }

  .size-compact {
    gap: var(--relais-space-s);
    padding: var(--relais-space-s) var(--relais-space-m);
  }

  .size-compact .quote {
    font-size: var(--relais-font-size-m);
  }

  /* A pull-quote: a rule across the top, larger words, tighter lines. */
  .size-large {
    gap: var(--relais-space-l);
    padding: var(--relais-space-l) var(--relais-space-m);
    border-inline-start: 0;
    border-block-start: var(--relais-accent-width) solid var(--relais-color-accent);
    border-radius: 0 0 var(--relais-radius) var(--relais-radius);
  }

  .size-large .quote {
    font-size: clamp(1.25em, 0.9em + 1.8cqi, var(--relais-font-size-xl));
    line-height: 1.3;
    letter-spacing: -0.005em;
  }

  @container (min-width: 32em) {
    .card:not(.size-compact) {
      padding: var(--relais-space-l);
      padding-inline-start: calc(var(--relais-space-l) + var(--relais-space-xs));
    }

    .card.size-large {
      padding: var(--relais-space-xl);
    }

    /* Where there is room, a pull-quote's opening mark hangs in the margin, so that the
       words, not the mark, line up with the name below (whatever the font's mark width). */
    .size-large .quote {
      position: relative;
    }

    .size-large .quote p:first-child::before {
      position: absolute;
      inset-inline-end: 100%;
    }
  }

  /* Printed: no background needed, everything shown in ink. */
  @media print {
    .card {
      background: none;
      color: #000;
      border-color: #000;
    }

    .role,
    .note,
    .source,
    .source a,
    .quote p::before,
    .quote p::after {
      color: #000;
    }
  }

  @media (forced-colors: active) {
    .card.size-large {
      border-inline-start-width: var(--relais-rule-width);
      border-block-start-width: var(--relais-accent-width);
    }
  }
`;
