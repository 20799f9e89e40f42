import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { embedElement, fallbackFor, localeOf, type Attributes } from './snippet.js';

/**
 * The Theming guide's live examples (guides/theming.mdx). The page copy around the elements
 * is placeholder text of ours, not the report's.
 */
const meta: Meta<Attributes> = {
  title: 'Guides/Theming',
  component: 'relais-key-figure',
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj<Attributes>;

const figure = (attributes: Attributes, locale: 'fr' | 'en') =>
  embedElement({
    tag: 'relais-key-figure',
    attributes,
    fallback: fallbackFor('relais-key-figure', attributes, locale),
  });

const PAGE_COPY = {
  fr: { heading: 'Nos actualités', text: 'Le texte de votre page, autour de la figure.' },
  en: { heading: 'Our news', text: 'Your page’s own text, around the figure.' },
};

/** A site that is always dark: `theme="dark"` on the element, whatever the reader's system says. */
export const DarkPartnerPage: Story = {
  name: 'A dark partner page',
  args: { figure: 'teleconsultations', theme: 'dark' },
  render: (args, context) => {
    const locale = localeOf(context.globals);
    return html`<div
      style="background: #0b1a2b; color: #e8eef5; padding: 1.5rem; font: 1.0625rem/1.6 Georgia, serif; max-inline-size: 44rem; color-scheme: dark"
    >
      <h2 style="margin-block-start: 0">${PAGE_COPY[locale].heading}</h2>
      <p>${PAGE_COPY[locale].text}</p>
      ${figure(args, locale)}
      <p>${PAGE_COPY[locale].text}</p>
    </div>`;
  },
};

/**
 * Your brand through tokens and parts: a token set on the element (not on `:root`, which it
 * does not read), and `::part(value)` for what the tokens do not cover.
 */
export const BrandColours: Story = {
  name: 'Brand colours with tokens and parts',
  args: { figure: 'decrochage-scolaire', theme: 'light' },
  render: (args, context) =>
    html`<div class="partner-brand">
      <style>
        .partner-brand relais-key-figure {
          --relais-color-accent: #7a1f3d;
          --relais-color-surface: #ffffff;
          --relais-font-family: Georgia, 'Times New Roman', serif;
        }
        .partner-brand relais-key-figure::part(value) {
          letter-spacing: -0.02em;
        }
      </style>
      ${figure(args, localeOf(context.globals))}
    </div>`,
};
