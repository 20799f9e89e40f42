import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Stories import sibling packages by name and get their TypeScript source, as the
    // tests do, so that the catalogue always shows the code being worked on.
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [
      ...(Array.isArray(viteConfig.resolve.alias) ? viteConfig.resolve.alias : []),
      { find: /^@relais\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
      { find: /^@relais\/([a-z-]+)\/(.+)\.js$/, replacement: `${packagesDir}$1/src/$2.ts` },
    ];
    return viteConfig;
  },
};
export default config;
