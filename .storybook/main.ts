import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Findings and guides live here; each element's stories sit beside the element.
  stories: ['./*.stories.ts', './guides/*.mdx', '../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No tool chrome a partner does not need: no onboarding checklist, no "what's new", no
  // actions or interactions panels (the elements take no callbacks), no backgrounds tool
  // (the theme toolbar paints the partner's page).
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    actions: false,
    interactions: false,
    backgrounds: false,
  },
  async viteFinal(viteConfig) {
    // Stories import sibling packages by name and get their TypeScript source, as the
    // tests do, so that the catalogue always shows the code being worked on.
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [
      ...(Array.isArray(viteConfig.resolve.alias) ? viteConfig.resolve.alias : []),
      { find: /^@relais\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
      { find: /^@relais\/([a-z-]+)\/(.+)\.js$/, replacement: `${packagesDir}$1/src/$2.ts` },
    ];
    // One copy of Lit: the stories, the elements' source and Storybook's renderer all get
    // the same modules (two copies make Lit warn "Multiple versions of Lit loaded" and
    // double what the catalogue downloads).
    viteConfig.resolve.dedupe = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
    // Storybook's renderer imports `lit/directive-helpers.js`, which the dev server's
    // dependency scan misses: served raw, it brought a second lit-html. Pre-bundled with
    // the rest of Lit, it shares their one copy.
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'lit',
      'lit/decorators.js',
      'lit/directive-helpers.js',
    ];
    return viteConfig;
  },
};
export default config;
