/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// The tokens for pages: with them, the toolbar's theme (data-relais-theme on <html>) themes
// every element whose own `theme` is `auto`, as it would on a partner's page.
import '@relais/theme/tokens.css';

interface Manifest {
  schemaVersion: string;
  modules: unknown[];
}

// Each element package writes its own custom-elements.json at build; the API tables of
// the docs come from all of them, merged.
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
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
      description: 'Light or dark',
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
  decorators: [
    (story, context) => {
      const locale = String(context.globals['locale'] ?? 'fr');
      const theme = String(context.globals['theme'] ?? 'light');
      document.documentElement.lang = locale;
      document.documentElement.dataset['relaisTheme'] = theme;
      document.body.style.background = theme === 'dark' ? '#0e0f11' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#eceff2' : '#1c1f23';
      document.body.style.colorScheme = theme;
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { source: { type: 'dynamic' } },
  },
};
export default preview;
