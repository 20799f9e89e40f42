import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FIGURE_IDS, type FigureId } from '@relais/report-data';
// The catalogue's one snippet generator: what a story renders is what its snippet says.
import {
  embedElement,
  fallbackFor,
  localeOf,
  renderEmbed,
  type Attributes,
} from '../../../.storybook/snippet.js';
import { FIGURE_KINDS, SIZES, THEMES } from './key-figure.types.js';
import './define.js';

const TAG = 'relais-key-figure';
const render = renderEmbed(TAG);

/** The figure as the args say, with changes, in a given language. */
const variant = (args: Attributes, changes: Attributes, locale: 'fr' | 'en') =>
  embedElement({
    tag: TAG,
    attributes: { ...args, ...changes },
    fallback: fallbackFor(TAG, { ...args, ...changes }, locale),
  });

const grid = 'display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr))';

// Controls and the API table come from custom-elements.json (.storybook/manifest.ts); these
// are the allowed values, which the manifest types only as `string` or by a type's name.
const meta: Meta<Attributes> = {
  title: 'Elements/Key figure',
  component: TAG,
  tags: ['autodocs'],
  render,
  argTypes: {
    figure: { control: 'select', options: ['', ...FIGURE_IDS] },
    kind: { control: 'select', options: FIGURE_KINDS },
    size: { control: 'inline-radio', options: SIZES },
    theme: { control: 'inline-radio', options: THEMES },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One finding of the report as a newspaper prints it. Pick a `figure` id, or write your own with `value`, `kind`, `label` and `source`. The text inside the element shows before the script loads, and whenever the figure cannot be shown. Choose the language and the theme in the toolbar: every story, and the code to copy under it, follows.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attributes>;

const figure = (id: FigureId): Story => ({ args: { figure: id } });

export const Overview: Story = figure('eloignes-du-numerique');

export const Currency: Story = figure('plan-de-relance-numerique');
export const Count: Story = figure('eloignes-du-numerique');
export const PercentRange: Story = figure('decrochage-scolaire');
export const Ratio: Story = figure('emplois-competences-numeriques');
export const PercentCompared: Story = figure('competences-numeriques-de-base');
export const Multiplier: Story = figure('teleconsultations');

/** The same figure with `lang="fr"` and `lang="en"` on its container, whatever the toolbar says. */
export const FrenchAndEnglishSideBySide: Story = {
  name: 'French and English, side by side',
  args: { figure: 'teleconsultations' },
  render: (args) =>
    html`<div style=${grid}>
      <div lang="fr">${variant(args, {}, 'fr')}</div>
      <div lang="en">${variant(args, {}, 'en')}</div>
    </div>`,
};

/**
 * Your own figure, without the report's data: every attribute written inline. The text
 * credits this one to the report (« Notre rapport montre ainsi… »), and gives no address.
 */
export const Inline: Story = {
  args: {
    kind: 'percent',
    value: '42',
    'compare-value': '40',
    'compare-label': 'en France',
    label: 'des Européens n’ont encore pas de compétence numérique de base',
    source: 'WeTechCare, rapport «\u202FMonde social et numérique pendant la crise\u202F»',
  },
};

/** `theme="light"` and `theme="dark"` force a theme whatever the page's. */
export const LightAndDarkSideBySide: Story = {
  name: 'Light and dark, side by side',
  args: { figure: 'plan-de-relance-numerique', theme: 'dark' },
  render: (args, context) =>
    html`<div style=${grid}>
      ${variant(args, { theme: 'light' }, localeOf(context.globals))}
      ${variant(args, { theme: 'dark' }, localeOf(context.globals))}
    </div>`,
};

/** Counts up once when scrolled into view; not at all when the reader asks for reduced motion. */
export const CountUp: Story = { args: { figure: 'eloignes-du-numerique', 'count-up': true } };

/** `compact` in a 200 px sidebar, `default` in a column, `large` across the page. */
export const Sizes: Story = {
  args: { figure: 'plan-de-relance-numerique', size: 'large' },
  render: (args, context) => {
    const locale = localeOf(context.globals);
    return html`<div style="display: grid; gap: 1.5em; grid-template-columns: minmax(0, 1fr)">
      <div style="inline-size: 200px">${variant(args, { size: 'compact' }, locale)}</div>
      <div style="inline-size: 32em; max-inline-size: 100%">
        ${variant(args, { size: 'default' }, locale)}
      </div>
      ${variant(args, { size: 'large' }, locale)}
    </div>`;
  },
};

const BAD_INPUTS: [string, Attributes][] = [
  ['An unknown id', { figure: 'chiffre-inconnu' }],
  ['A value that is not a number', { value: 'beaucoup', label: 'de personnes' }],
  ['value-max below value', { kind: 'percent', value: '8', 'value-max': '5', label: 'des élèves' }],
  ['An unknown kind', { kind: 'poids', value: '3', label: 'tonnes' }],
  ['An unknown currency', { kind: 'currency', value: '3', currency: 'XYZ', label: 'dépensés' }],
  [
    'A javascript: URL (the source shows, unlinked)',
    { value: '3', label: 'exemples', source: 'Une source', 'source-url': 'javascript:alert(1)' },
  ],
];
const PARTNER_FALLBACK = { paragraph: 'Texte de secours écrit par le partenaire.' };

/**
 * Each element below is given bad input: it shows the text written inside it (or nothing),
 * warns once on the console and fires `relais-error`. Nothing throws, no `NaN` shows.
 */
export const BadInput: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1em">
      ${BAD_INPUTS.map(
        ([title, attributes]) =>
          html`<section>
            <h3 style="font: 600 0.875em system-ui, sans-serif; margin: 0 0 0.5em">${title}</h3>
            ${embedElement({ tag: TAG, attributes, fallback: PARTNER_FALLBACK })}
          </section>`,
      )}
    </div>`,
  parameters: {
    snippet: { attributes: { figure: 'chiffre-inconnu' }, fallback: PARTNER_FALLBACK },
  },
};
