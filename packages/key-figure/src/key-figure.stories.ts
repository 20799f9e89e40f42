import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FIGURE_IDS, getFigure, getSource, type FigureId } from '@relais/report-data';
import { FIGURE_KINDS, KEY_FIGURE_SIZES, THEMES } from './key-figure.types.js';
import './define.js';

/** The attributes of the element, as a partner writes them (public API: SPEC.md). */
type Attributes = Partial<
  Record<
    | 'figure'
    | 'value'
    | 'value-max'
    | 'kind'
    | 'currency'
    | 'denominator'
    | 'unit'
    | 'compare-value'
    | 'compare-label'
    | 'label'
    | 'source'
    | 'source-url'
    | 'size'
    | 'theme'
    | 'lang',
    string
  > & { 'count-up': boolean }
>;

type Locale = 'fr' | 'en';
const localeOf = (context: StoryContext): Locale =>
  context.globals['locale'] === 'en' ? 'en' : 'fr';

/** What shows before the script loads: the finding in words, with its source. */
function fallbackText(attrs: Attributes, locale: Locale): string {
  const figure = attrs.figure ? getFigure(attrs.figure) : undefined;
  if (!figure) return attrs.label ? `${attrs.value ?? ''} ${attrs.label}`.trim() : '';
  const source = getSource(figure.source)?.name[locale];
  return `${figure.spoken[locale]}${source ? ` (${source})` : ''}.`;
}

/** The HTML to paste, exactly as the story renders it. */
function snippet(attrs: Attributes, locale: Locale = 'fr'): string {
  const attributes = Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? name : `${name}="${String(value)}"`));
  const opening = attributes.length
    ? `<relais-key-figure\n  ${attributes.join('\n  ')}\n>`
    : '<relais-key-figure>';
  const fallback = fallbackText(attrs, locale);
  return `${opening}\n  <p>${fallback}</p>\n</relais-key-figure>`;
}

function keyFigure(attrs: Attributes, locale: Locale): TemplateResult {
  return html`<relais-key-figure
    figure=${ifDefined(attrs.figure || undefined)}
    value=${ifDefined(attrs.value || undefined)}
    value-max=${ifDefined(attrs['value-max'] || undefined)}
    kind=${ifDefined(attrs.kind || undefined)}
    currency=${ifDefined(attrs.currency || undefined)}
    denominator=${ifDefined(attrs.denominator || undefined)}
    unit=${ifDefined(attrs.unit || undefined)}
    compare-value=${ifDefined(attrs['compare-value'] || undefined)}
    compare-label=${ifDefined(attrs['compare-label'] || undefined)}
    label=${ifDefined(attrs.label || undefined)}
    source=${ifDefined(attrs.source || undefined)}
    source-url=${ifDefined(attrs['source-url'] || undefined)}
    size=${ifDefined(attrs.size || undefined)}
    theme=${ifDefined(attrs.theme || undefined)}
    lang=${ifDefined(attrs.lang)}
    ?count-up=${attrs['count-up']}
    ><p>${fallbackText(attrs, attrs.lang === 'en' ? 'en' : locale)}</p></relais-key-figure
  >`;
}

/** A story showing one element; its docs show the snippet to copy. */
function single(
  attrs: Attributes,
  extra: Partial<StoryObj<Attributes>> = {},
): StoryObj<Attributes> {
  return {
    args: attrs,
    parameters: { docs: { source: { code: snippet(attrs) } } },
    ...extra,
  };
}

/** The same figure in French and in English, side by side. */
function bothLanguages(id: FigureId): StoryObj<Attributes> {
  return {
    args: { figure: id },
    render: (args) => html`
      <div
        style="display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr))"
      >
        ${keyFigure({ ...args, lang: 'fr' }, 'fr')} ${keyFigure({ ...args, lang: 'en' }, 'en')}
      </div>
    `,
    parameters: { docs: { source: { code: snippet({ figure: id }) } } },
  };
}

function attributeWithPart(description: string, part: string) {
  return {
    control: 'text',
    description: `Inline use: ${description} Also a CSS part: \`::part(${part})\`.`,
    table: { category: 'attributes' },
  } as const;
}

const meta: Meta<Attributes> = {
  title: 'Elements/Key figure',
  component: 'relais-key-figure',
  tags: ['autodocs'],
  render: (args, context) => keyFigure(args, localeOf(context)),
  argTypes: {
    figure: { control: 'select', options: ['', ...FIGURE_IDS] },
    kind: { control: 'select', options: FIGURE_KINDS },
    size: { control: 'inline-radio', options: KEY_FIGURE_SIZES },
    theme: { control: 'inline-radio', options: THEMES },
    'count-up': { control: 'boolean' },
    // The manifest types these `string | number | undefined`, which Storybook would edit as JSON.
    'value-max': { control: 'text' },
    denominator: { control: 'text' },
    unit: { control: 'text' },
    'compare-value': { control: 'text' },
    'compare-label': { control: 'text' },
    'source-url': { control: 'text' },
    // Storybook keys its API table by name, and the parts `value`, `label` and `source`
    // share their names with attributes: give the attributes their controls back.
    value: attributeWithPart('the number (`42` for 42 %).', 'value'),
    label: attributeWithPart('the phrase that completes the number.', 'label'),
    source: attributeWithPart('the name of the source.', 'source'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'One finding of the report as a newspaper prints it. Pick a `figure` id, or write your own with `value`, `kind`, `label` and `source`. The text inside the element shows before the script loads, and whenever the figure cannot be shown.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attributes>;

export const Overview: Story = single({ figure: 'eloignes-du-numerique' });

export const Currency: Story = bothLanguages('plan-de-relance-numerique');
export const Count: Story = bothLanguages('eloignes-du-numerique');
export const PercentRange: Story = bothLanguages('decrochage-scolaire');
export const Ratio: Story = bothLanguages('emplois-competences-numeriques');
export const PercentCompared: Story = bothLanguages('competences-numeriques-de-base');
export const Multiplier: Story = bothLanguages('teleconsultations');

/** Your own figure, without the report's data: every attribute written inline. */
export const Inline: Story = single({
  kind: 'percent',
  value: '42',
  'compare-value': '40',
  'compare-label': 'en France',
  label: 'des Européens n’ont encore pas de compétence numérique de base',
  source: 'Union européenne',
  'source-url': 'https://digital-strategy.ec.europa.eu/',
});

export const LightAndDark: Story = {
  args: { figure: 'plan-de-relance-numerique' },
  render: (args, context) => html`
    <div
      style="display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr))"
    >
      ${keyFigure({ ...args, theme: 'light' }, localeOf(context))}
      ${keyFigure({ ...args, theme: 'dark' }, localeOf(context))}
    </div>
  `,
  parameters: {
    docs: { source: { code: snippet({ figure: 'plan-de-relance-numerique', theme: 'dark' }) } },
  },
};

/** Counts up once when scrolled into view; not at all when the reader asks for reduced motion. */
export const CountUp: Story = single({ figure: 'eloignes-du-numerique', 'count-up': true });

/** `compact` in a 200 px sidebar, `default` in a column, `hero` across the page. */
export const Sizes: Story = {
  args: { figure: 'plan-de-relance-numerique' },
  render: (args, context) => html`
    <div style="display: grid; gap: 1.5em">
      <div style="inline-size: 200px">
        ${keyFigure({ ...args, size: 'compact' }, localeOf(context))}
      </div>
      <div style="inline-size: 32em; max-inline-size: 100%">
        ${keyFigure({ ...args, size: 'default' }, localeOf(context))}
      </div>
      ${keyFigure({ ...args, size: 'hero' }, localeOf(context))}
    </div>
  `,
  parameters: {
    docs: { source: { code: snippet({ figure: 'plan-de-relance-numerique', size: 'hero' }) } },
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

/**
 * Each element below is given bad input: it shows the text written inside it (or nothing),
 * warns once on the console and fires `relais-error`. Nothing throws, no `NaN` shows.
 */
export const BadInput: Story = {
  render: (_args, context) => html`
    <div style="display: grid; gap: 1em">
      ${BAD_INPUTS.map(
        ([title, attrs]) =>
          html`<section>
            <h3 style="font: 600 0.875em system-ui, sans-serif; margin: 0 0 0.5em">${title}</h3>
            <relais-key-figure
              figure=${ifDefined(attrs.figure)}
              value=${ifDefined(attrs.value)}
              value-max=${ifDefined(attrs['value-max'])}
              kind=${ifDefined(attrs.kind)}
              currency=${ifDefined(attrs.currency)}
              label=${ifDefined(attrs.label)}
              source=${ifDefined(attrs.source)}
              source-url=${ifDefined(attrs['source-url'])}
              ><p>
                Texte de secours écrit par le partenaire (${localeOf(context)}).
              </p></relais-key-figure
            >
          </section>`,
      )}
    </div>
  `,
  parameters: {
    docs: {
      source: {
        code: `<relais-key-figure figure="chiffre-inconnu">\n  <p>Texte de secours écrit par le partenaire.</p>\n</relais-key-figure>`,
      },
    },
  },
};
