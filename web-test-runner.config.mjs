// One test-runner configuration for the whole repository: one group per package, so
// `wtr --group key-figure` (or `npm test -w @relais/key-figure`) runs one package alone, in
// the three engines at once: Chromium, Firefox ESR and WebKitGTK (Safari's engine).
// `RELAIS_ENGINES=webkit npx wtr --group core` runs one engine.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import {
  CHROME_ARGS,
  findChrome,
  findFirefox,
  selectedEngines,
  startWebKitDriver,
  webkitCapabilities,
} from './scripts/browsers.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { a11yTreePlugin } from './test/a11y-tree-plugin.mjs';
import { emulateMediaPlugin } from './test/emulate-media-plugin.mjs';

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

/**
 * Test files that import `@web/test-runner-commands` get `test/commands.ts`: the same
 * commands, but a test needing one that only Chromium has (a11ySnapshot, emulateMedia) is
 * skipped by name in Firefox and WebKit, with the reason, instead of failing there.
 */
const engineCommands = {
  name: 'relais-engine-commands',
  resolveImport({ source, context }) {
    if (source !== '@web/test-runner-commands' || context.path === '/test/commands.ts') {
      return undefined;
    }
    return '/test/commands.ts';
  },
};

/** One launcher per engine; WebKit's driver lives as long as this process. */
async function launchers(engines) {
  const list = [];
  if (engines.includes('chromium')) {
    list.push(
      chromeLauncher({
        launchOptions: { executablePath: findChrome(), args: CHROME_ARGS, headless: true },
      }),
    );
  }
  if (engines.includes('firefox')) {
    // Firefox over WebDriver BiDi, with puppeteer pointed at the machine's Firefox ESR.
    list.push(
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
      }),
    );
  }
  if (engines.includes('webkit')) {
    const driver = await startWebKitDriver();
    process.once('exit', driver.stop);
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => {
        driver.stop();
        process.exit(1);
      });
    }
    list.push(
      webdriverLauncher({
        hostname: driver.hostname,
        port: driver.port,
        logLevel: 'error',
        capabilities: webkitCapabilities(driver),
      }),
    );
  }
  return list;
}

export default {
  rootDir,
  // `development`: Lit's dev mode, whose warnings fail the tests (test/lit-dev-warnings.ts).
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    // Tests assert the accessibility tree the browser builds, not just the DOM.
    a11ySnapshotPlugin(),
    a11yTreePlugin(),
    emulateMediaPlugin(),
    workspaceSource,
    engineCommands,
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: `${rootDir}tsconfig.base.json`,
    }),
  ],
  browsers: await launchers(selectedEngines()),
  // Absolute globs, so that `npm test -w @relais/x` (run from the package folder) finds them.
  groups: packages.map((name) => ({ name, files: `${rootDir}packages/${name}/src/**/*.test.ts` })),
  testFramework: { config: { timeout: 5000 } },
  // The counts `npm test` sums up (scripts/test.mjs), beside what a person reads.
  reporters: [defaultReporter(), countsReporter()],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script type="module" src="/test/lit-dev-warnings.ts"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
