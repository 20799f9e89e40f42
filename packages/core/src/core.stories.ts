import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FIGURE_KINDS, formatFigure, type FigureNumber } from './format.js';
import type { Locale } from './locale.js';

/**
 * `@relais/core` has no element of its own: this page shows what its number formatting
 * gives every element, in both languages, so that the report's team can check a wording.
 */
const meta: Meta = {
  title: 'Foundations/Number formatting',
  tags: ['autodocs'],
};
export default meta;

const examples: Record<(typeof FIGURE_KINDS)[number], FigureNumber> = {
  count: { kind: 'count', value: 13_000_000 },
  percent: { kind: 'percent', value: 5, valueMax: 8 },
  currency: { kind: 'currency', value: 7_000_000_000, currency: 'EUR' },
  ratio: { kind: 'ratio', value: 9, denominator: 10 },
  multiplier: { kind: 'multiplier', value: 100 },
};

const row = (figure: FigureNumber, locale: Locale) => {
  const formatted = formatFigure(figure, locale);
  return html`<td>${formatted?.text ?? '—'}</td>
    <td>${formatted?.words ?? '—'}</td>`;
};

export const Kinds: StoryObj = {
  render: () => html`
    <table style="border-collapse: collapse; font: 1rem/1.5 system-ui, sans-serif">
      <caption style="text-align: start; font-weight: 600; padding-block-end: 0.5em">
        Each kind, shown and said, in French and in English
      </caption>
      <thead>
        <tr>
          <th scope="col">kind</th>
          <th scope="col">fr: shown</th>
          <th scope="col">fr: said</th>
          <th scope="col">en: shown</th>
          <th scope="col">en: said</th>
        </tr>
      </thead>
      <tbody>
        ${FIGURE_KINDS.map(
          (kind) =>
            html`<tr>
              <th scope="row">${kind}</th>
              ${row(examples[kind], 'fr')} ${row(examples[kind], 'en')}
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};
