import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { QUOTE_IDS, getPeople, getQuote } from '@relais/report-data';
import { QUOTE_CARD_SIZES, THEMES } from './quote-card.types.js';
import './define.js';

/** The attributes of the element, as a partner writes them (public API: SPEC.md). */
type Attributes = Partial<
  Record<
    | 'quote'
    | 'author'
    | 'author-role'
    | 'organization'
    | 'source'
    | 'source-url'
    | 'quote-lang'
    | 'portrait'
    | 'size'
    | 'theme'
    | 'lang',
    string
  > & { original: boolean; words: string }
>;

type Locale = 'fr' | 'en';
const localeOf = (context: StoryContext): Locale =>
  context.globals['locale'] === 'en' ? 'en' : 'fr';

/** What shows before the script loads: the words, then who said them. */
function fallbackText(attrs: Attributes, locale: Locale): string {
  const quote = attrs.quote ? getQuote(attrs.quote) : undefined;
  if (!quote) return attrs.words ?? '';
  const person = getPeople({ ids: [quote.author] })[0];
  const shown = attrs.original ? quote.originalLang : locale;
  const [open, close] = shown === 'fr' ? ['«\u202F', '\u202F»'] : ['“', '”'];
  const who = person
    ? ` — ${person.givenName} ${person.familyName}, ${person.role[locale]}, ${person.organization}`
    : '';
  return `${open}${quote.text[shown]}${close}${who}`;
}

/** The HTML to paste, exactly as the story renders it. */
function snippet(attrs: Attributes, locale: Locale = 'fr'): string {
  const attributes = Object.entries(attrs)
    .filter(([name, value]) => name !== 'words' && value !== undefined && value !== false)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => (value === true ? name : `${name}="${String(value)}"`));
  const opening = attributes.length
    ? `<relais-quote-card\n  ${attributes.join('\n  ')}\n>`
    : '<relais-quote-card>';
  return `${opening}\n  <p>${fallbackText(attrs, locale)}</p>\n</relais-quote-card>`;
}

function quoteCard(attrs: Attributes, locale: Locale): TemplateResult {
  return html`<relais-quote-card
    quote=${ifDefined(attrs.quote || undefined)}
    author=${ifDefined(attrs.author || undefined)}
    author-role=${ifDefined(attrs['author-role'] || undefined)}
    organization=${ifDefined(attrs.organization || undefined)}
    source=${ifDefined(attrs.source || undefined)}
    source-url=${ifDefined(attrs['source-url'] || undefined)}
    quote-lang=${ifDefined(attrs['quote-lang'] || undefined)}
    portrait=${ifDefined(attrs.portrait || undefined)}
    size=${ifDefined(attrs.size || undefined)}
    theme=${ifDefined(attrs.theme || undefined)}
    lang=${ifDefined(attrs.lang)}
    ?original=${attrs.original}
    ><p>${fallbackText(attrs, attrs.lang === 'en' ? 'en' : locale)}</p></relais-quote-card
  >`;
}

/** A story showing one element; its docs show the snippet to copy. */
function single(attrs: Attributes): StoryObj<Attributes> {
  return { args: attrs, parameters: { docs: { source: { code: snippet(attrs) } } } };
}

const grid = (cards: TemplateResult[]): TemplateResult =>
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
  render: (args, context) => quoteCard(args, localeOf(context)),
  argTypes: {
    quote: attributeWithPart('The id of one of the report’s quotes.', 'quote'),
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
    size: { control: 'inline-radio', options: QUOTE_CARD_SIZES },
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

export const Overview: Story = single({ quote: 'jean-deydier' });

/** Our English translation says so; `original` shows the French words on an English page. */
export const TranslatedAndOriginal: Story = {
  args: { quote: 'jean-deydier' },
  render: (args) =>
    grid([
      quoteCard({ ...args, lang: 'fr' }, 'fr'),
      quoteCard({ ...args, lang: 'en' }, 'en'),
      quoteCard({ ...args, lang: 'en', original: true }, 'en'),
    ]),
  parameters: {
    docs: { source: { code: snippet({ quote: 'jean-deydier', original: true }, 'en') } },
  },
};

/** A partner's own quote: the words inside, the rest in attributes. */
export const Inline: Story = single({
  author: 'Prénom Nom',
  'author-role': 'Conseillère numérique',
  organization: 'Votre association',
  source: 'Votre lettre d’information, mars 2021',
  'source-url': 'https://example.org/lettre-mars-2021',
  words: '« Les mots de la personne, tels qu’elle les a dits. »',
});

/** Words in another language than the page's: marked, with their own quotation marks. */
export const InlineInAnotherLanguage: Story = single({
  author: 'First Name Last Name',
  'author-role': 'Digital inclusion officer',
  organization: 'Your organisation',
  'quote-lang': 'en',
  words: 'The words as they were said.',
});

export const LightAndDark: Story = {
  args: { quote: 'jean-deydier' },
  render: (args, context) =>
    grid([
      quoteCard({ ...args, theme: 'light' }, localeOf(context)),
      quoteCard({ ...args, theme: 'dark' }, localeOf(context)),
    ]),
  parameters: { docs: { source: { code: snippet({ quote: 'jean-deydier', theme: 'dark' }) } } },
};

/** `compact` in a 240 px sidebar, `default` in a column, `large` as a pull-quote across it. */
export const Sizes: Story = {
  args: { quote: 'jean-deydier' },
  render: (args, context) => html`
    <div style="display: grid; gap: 1.5em">
      <div style="inline-size: 240px">
        ${quoteCard({ ...args, size: 'compact' }, localeOf(context))}
      </div>
      <div style="inline-size: 32em; max-inline-size: 100%">
        ${quoteCard({ ...args, size: 'default' }, localeOf(context))}
      </div>
      ${quoteCard({ ...args, size: 'large' }, localeOf(context))}
    </div>
  `,
  parameters: { docs: { source: { code: snippet({ quote: 'jean-deydier', size: 'large' }) } } },
};

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
        ([title, attrs]) =>
          html`<section>
            <h3 style="font: 600 0.875em system-ui, sans-serif; margin: 0 0 0.5em">${title}</h3>
            <relais-quote-card
              quote=${ifDefined(attrs.quote)}
              author=${ifDefined(attrs.author)}
              source=${ifDefined(attrs.source)}
              source-url=${ifDefined(attrs['source-url'])}
              portrait=${ifDefined(attrs.portrait)}
              ><p>« Texte de secours écrit par le partenaire. »</p></relais-quote-card
            >
          </section>`,
      )}
    </div>
  `,
  parameters: {
    docs: {
      source: {
        code: `<relais-quote-card quote="citation-inconnue">\n  <p>Texte de secours écrit par le partenaire.</p>\n</relais-quote-card>`,
      },
    },
  },
};
