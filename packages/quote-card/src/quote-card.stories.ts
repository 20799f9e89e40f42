import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QUOTE_IDS } from '@relais/report-data';
// The catalogue's one snippet generator: what a story renders is what its snippet says.
import * as catalogue from '../../../.storybook/snippet.js';
import { SIZES, THEMES } from './quote-card.types.js';
import './define.js';

const TAG = 'relais-quote-card';
type Attributes = catalogue.Attributes;

/** The card as `attrs` say, with its fallback, in its own language or the reader's. */
const card = (attrs: Attributes, globals: Record<string, unknown>): HTMLElement =>
  catalogue.embedFor(TAG, attrs, globals);

const grid = (cards: HTMLElement[]) =>
  html`<div
    style="display: grid; gap: 1.5em; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr))"
  >
    ${cards}
  </div>`;

/** An attribute whose name Storybook's API table shares with a part. */
function attributeWithPart(description: string, part: string) {
  return {
    control: 'text',
    description: `${description} Also a CSS part: \`::part(${part})\`.`,
    table: { category: 'attributes' },
  } as const;
}

const meta: Meta<Attributes> = {
  title: 'Elements/Quote card',
  component: 'relais-quote-card',
  tags: ['autodocs'],
  render: catalogue.renderEmbed(TAG),
  argTypes: {
    quote: attributeWithPart('The id of a quote of the report’s data.', 'quote'),
    author: attributeWithPart('Inline use: who said it.', 'author'),
    portrait: attributeWithPart('Inline use: a decorative portrait’s address.', 'portrait'),
    source: attributeWithPart('Inline use: where it was published.', 'source'),
    'author-role': { control: 'text' },
    organization: { control: 'text' },
    'source-url': { control: 'text' },
    'quote-lang': { control: 'text' },
    words: {
      control: 'text',
      description: 'Inline use: the words, written inside the element (the default slot).',
    },
    original: { control: 'boolean' },
    size: { control: 'inline-radio', options: SIZES },
    theme: { control: 'inline-radio', options: THEMES },
  },
  parameters: {
    docs: {
      description: {
        component: `A quotation as a magazine prints a pull-quote. Pick a \`quote\` id (${QUOTE_IDS.join(', ')}), or write your own words inside the element with \`author\`, \`author-role\`, \`organization\` and \`source\`. The text inside the element shows before the script loads, and whenever the quote cannot be shown.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attributes>;

export const Overview: Story = { args: { quote: 'jean-deydier' } };

/** Our English translation says so; `original` shows the French words on an English page. */
export const TranslatedAndOriginal: Story = {
  args: { quote: 'jean-deydier' },
  render: (args, context) =>
    grid([
      card({ ...args, lang: 'fr' }, context.globals),
      card({ ...args, lang: 'en' }, context.globals),
      card({ ...args, lang: 'en', original: true }, context.globals),
    ]),
  parameters: { snippet: { attributes: { quote: 'jean-deydier', original: true } } },
};

/** A partner's own quote: the words inside, the rest in attributes. */
export const Inline: Story = {
  args: {
    author: 'Prénom Nom',
    'author-role': 'Conseillère numérique',
    organization: 'Votre association',
    source: 'Votre lettre d’information, mars 2021',
    'source-url': 'https://example.org/lettre-mars-2021',
    [catalogue.WORDS_ARG]: '« Les mots de la personne, tels qu’elle les a dits. »',
  },
};

/** Words in another language than the page's: marked, with their own quotation marks. */
export const InlineInAnotherLanguage: Story = {
  args: {
    author: 'First Name Last Name',
    'author-role': 'Digital inclusion officer',
    organization: 'Your organisation',
    'quote-lang': 'en',
    [catalogue.WORDS_ARG]: 'The words as they were said.',
  },
};

export const LightAndDark: Story = {
  args: { quote: 'jean-deydier' },
  render: (args, context) =>
    grid([
      card({ ...args, theme: 'light' }, context.globals),
      card({ ...args, theme: 'dark' }, context.globals),
    ]),
  parameters: { snippet: { attributes: { quote: 'jean-deydier', theme: 'dark' } } },
};

/** `compact` in a 240 px sidebar, `default` in a column, `large` as a pull-quote across it. */
export const Sizes: Story = {
  args: { quote: 'jean-deydier' },
  render: (args, context) => html`
    <div style="display: grid; gap: 1.5em">
      <div style="inline-size: 240px">${card({ ...args, size: 'compact' }, context.globals)}</div>
      <div style="inline-size: 32em; max-inline-size: 100%">
        ${card({ ...args, size: 'default' }, context.globals)}
      </div>
      ${card({ ...args, size: 'large' }, context.globals)}
    </div>
  `,
  parameters: { snippet: { attributes: { quote: 'jean-deydier', size: 'large' } } },
};

const FALLBACK = { paragraph: '« Texte de secours écrit par le partenaire. »' };

const BAD_INPUTS: [string, Attributes][] = [
  ['An unknown id (the fallback shows)', { quote: 'citation-inconnue' }],
  ['A prototype name as id (the fallback shows)', { quote: '__proto__' }],
  [
    'A javascript: source URL (the source shows, unlinked)',
    { author: 'Prénom Nom', source: 'Une source', 'source-url': 'javascript:alert(1)' },
  ],
  [
    'A data: portrait (no image, nothing requested)',
    { author: 'Prénom Nom', portrait: 'data:image/svg+xml,<svg onload=alert(1)>' },
  ],
  ['Markup in an attribute (shown as text)', { author: '<img src=x onerror=alert(1)>' }],
];

/**
 * Each element below is given bad input: it shows the text written inside it (or goes on
 * without the bad value), warns once on the console and fires `relais-error`. Nothing
 * throws, nothing is requested, no markup is run.
 */
export const BadInput: Story = {
  render: () => html`
    <div style="display: grid; gap: 1em">
      ${BAD_INPUTS.map(
        ([title, attributes]) =>
          html`<section>
            <h3 style="font: 600 0.875em system-ui, sans-serif; margin: 0 0 0.5em">${title}</h3>
            ${catalogue.embedElement({ tag: TAG, attributes, fallback: FALLBACK })}
          </section>`,
      )}
    </div>
  `,
  parameters: { snippet: { attributes: { quote: 'citation-inconnue' }, fallback: FALLBACK } },
};
