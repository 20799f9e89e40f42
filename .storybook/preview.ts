/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
// The tokens for pages: with them, the reader's theme (data-relais-theme on the wrapper
// below) themes every element whose own `theme` is `auto`, as it would on a partner's page.
import '@relais/theme/tokens.css';
import { ReaderDocsContainer } from './docs-container.js';
import { argTypesOf, mergedManifest } from './manifest.js';
import { PAGE_COLOURS, readerOf } from './reader.js';
import {
  fallbackFor,
  findingPageUrl,
  npmSnippet,
  shareImageUrl,
  scriptTagSnippet,
  type Attributes,
  type Embed,
} from './snippet.js';
import './snippet-panel.js';

// Every element package that exists registers its element, so that a story (Findings, a
// guide) can show any element without importing its package by name.
import.meta.glob('../packages/*/src/define.ts', { eager: true });

setCustomElementsManifest(mergedManifest);

/**
 * What a story's `parameters.snippet` may say: `false` for a story that shows no one
 * element to copy; otherwise the tag (default: the meta's `component`), attributes
 * (default: the story's args) and fallback (default: from the report's data) of the
 * element the snippet shows.
 */
export type SnippetParameter =
  | false
  | { tag?: string; attributes?: Attributes; fallback?: Embed['fallback']; page?: string }
  | undefined;

/**
 * Where the findings' site (apps/site) is served: `npm start` serves it here; a catalogue
 * built for the public sets STORYBOOK_RELAIS_SITE_BASE to the site's public address.
 */
const SITE_BASE: string =
  (import.meta.env['STORYBOOK_RELAIS_SITE_BASE'] as string | undefined) ?? 'http://127.0.0.1:8090/';

/**
 * The reader, around every story and so on every docs page: an element carrying the
 * toolbar's `lang` and `data-relais-theme`, painted as the partner's page. Docs pages wrap
 * stories in `lang="en"` (Storybook's own words are English): the elements follow their
 * nearest `lang`, which is now this one. Under it, the snippet to copy.
 */
const withReader: Decorator = (story, context) => {
  const { locale, theme } = readerOf(context.globals);
  const colours = PAGE_COLOURS[theme];
  if (context.viewMode === 'story') {
    document.body.style.background = colours.background;
    document.body.style.color = colours.text;
  }
  const parameter = context.parameters['snippet'] as SnippetParameter;
  const tag =
    (parameter && parameter.tag) ??
    (typeof context.component === 'string' ? context.component : undefined);
  let panel: unknown = '';
  if (tag && parameter !== false) {
    const attributes = parameter?.attributes ?? (context.args as Attributes);
    const embed: Embed = {
      tag,
      attributes,
      fallback:
        parameter && 'fallback' in parameter
          ? parameter.fallback
          : fallbackFor(tag, attributes, locale),
    };
    const page = parameter ? parameter.page : undefined;
    panel = html`<catalogue-snippet
      .scriptTag=${scriptTagSnippet(embed)}
      .npm=${npmSnippet(embed, locale)}
      .link=${page ? findingPageUrl(SITE_BASE, page, locale) : ''}
      .image=${page ? shareImageUrl(SITE_BASE, page, locale) : ''}
      locale=${locale}
      theme=${theme}
    ></catalogue-snippet>`;
  }
  return html`<div
    class="reader"
    lang=${locale}
    data-relais-theme=${theme}
    style="background: ${colours.background}; color: ${colours.text}; color-scheme: ${theme}; padding: 1rem; font-family: system-ui, sans-serif"
  >
    ${story()} ${panel}
  </div>`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the reader',
      toolbar: {
        title: 'Langue / Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark partner page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'light' },
  decorators: [withReader],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: {
      container: ReaderDocsContainer,
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' ? argTypesOf(component) : {},
      // The snippet panel under each story is the code to copy; Storybook's own
      // "Show code" would show the story's rendering code instead.
      canvas: { sourceState: 'none' },
    },
    options: {
      storySort: {
        order: [
          'Findings',
          'Guides',
          ['Getting started', 'Theming', 'Accessibility', 'Data', 'Security', 'Changelog'],
          'Elements',
          'Foundations',
        ],
      },
    },
  },
};
export default preview;
