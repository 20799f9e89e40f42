// One test-runner configuration for the whole repository: one group per package, so
// `wtr --group key-figure` (or `npm test -w @relais/key-figure`) runs one package alone.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { a11yTreePlugin } from './test/a11y-tree-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const packages = readdirSync(new URL('./packages/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${rootDir}packages/${entry.name}/src`))
  .map((entry) => entry.name);

/**
 * Tests import sibling packages by name (`@relais/core`) and get their TypeScript source,
 * never `dist/`: a test must not depend on a build having run.
 */
const workspaceSource = {
  name: 'relais-workspace-source',
  resolveImport({ source }) {
    const match = /^@relais\/([a-z-]+)(?:\/(.+\.js))?$/.exec(source);
    if (!match || !packages.includes(match[1])) return undefined;
    const file = match[2] ? match[2].replace(/\.js$/, '.ts') : 'index.ts';
    return `/packages/${match[1]}/src/${file}`;
  },
};

export default {
  rootDir,
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [
    // Tests assert the accessibility tree the browser builds, not just the DOM.
    a11ySnapshotPlugin(),
    a11yTreePlugin(),
    workspaceSource,
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: `${rootDir}tsconfig.base.json`,
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: CHROME_ARGS, headless: true },
    }),
  ],
  // Absolute globs, so that `npm test -w @relais/x` (run from the package folder) finds them.
  groups: packages.map((name) => ({ name, files: `${rootDir}packages/${name}/src/**/*.test.ts` })),
  testFramework: { config: { timeout: 5000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
