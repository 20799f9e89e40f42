// The framework apps of `apps/` (React 19, Vue 3) as a developer gets them: a copy outside
// the workspace, the @relais packages installed from the registry under test, the app's own
// type check and build, and the built app opened in Chromium. Called by the registry
// round-trip once its registry holds the published packages.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../chrome.mjs';
import { startStaticServer } from '../static-server.mjs';
import { ROOT } from './packages.mjs';

/** The consumer apps, with the generated types file each one depends on. */
export const FRAMEWORK_APPS = [
  {
    name: 'react-app',
    types: 'react.d.ts',
    readme: 'react',
    files: ['src/App.tsx', 'vite.config.ts'],
    refused: 'src/Refused.tsx',
  },
  {
    name: 'vue-app',
    types: 'vue.d.ts',
    readme: 'vue',
    files: ['src/App.vue', 'vite.config.ts'],
    refused: 'src/Refused.vue',
  },
];

/**
 * The tags the app's `refused` file gives a value their types refuse, each line under an
 * expect-error directive: the type check fails if the generated types accept one.
 */
export function refusedTags(dir, refused) {
  const lines = readFileSync(join(dir, refused), 'utf8').split('\n');
  return new Set(
    lines.flatMap((line, index) =>
      /(ts|vue)-expect-error/.test(lines[index - 1] ?? '')
        ? [...line.matchAll(/<(relais-[a-z-]+)/g)].map((match) => match[1])
        : [],
    ),
  );
}

/**
 * Copies `apps/<name>` into `work`, pins its @relais dependencies to `versions` (published
 * to the registry `run` talks to) and installs it. Resolves to the copy's folder.
 */
export async function installApp(name, work, versions, run) {
  const dir = join(work, name);
  cpSync(join(ROOT, 'apps', name), dir, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source),
  });
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const dependency of Object.keys(manifest[field] ?? {})) {
      if (dependency.startsWith('@relais/')) {
        assert.ok(versions[dependency], `${name} depends on ${dependency}, which is not published`);
        manifest[field][dependency] = versions[dependency];
      }
    }
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', ['install', '--no-package-lock'], { cwd: dir });
  return dir;
}

/**
 * The app's own type check passes, and fails once the generated framework types of every
 * installed element package are taken away: the check cannot pass without them.
 */
export async function typeCheckApp(dir, types, run) {
  await run('npm', ['run', 'app:typecheck'], { cwd: dir });
  const hidden = [];
  for (const element of ['key-figure', 'quote-card', 'interviewee-list']) {
    const file = join(dir, 'node_modules/@relais', element, 'dist', types);
    if (existsSync(file)) {
      renameSync(file, `${file}.hidden`);
      hidden.push(file);
    }
  }
  assert.ok(hidden.length > 0, `no generated ${types} was installed`);
  try {
    await assert.rejects(
      run('npm', ['run', 'app:typecheck'], { cwd: dir }),
      `the type check of ${dir} passes without the generated ${types}: it checks nothing`,
    );
  } finally {
    for (const file of hidden) renameSync(`${file}.hidden`, file);
  }
}

/**
 * Builds the app, serves its `dist/` on 127.0.0.1 and reads it in Chromium: the text each
 * element shows (shadow root), the app's error log and the console.
 */
export async function renderApp(dir, run) {
  await run('npm', ['run', 'app:build'], { cwd: dir });
  const { server, origin } = await startStaticServer({ mounts: { '/': join(dir, 'dist') } });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('relais-key-figure')].length === 5 &&
        document.getElementById('errors')?.textContent?.includes('figure='),
      undefined,
      { timeout: 15_000 },
    );
    const read = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter((el) =>
        el.localName.startsWith('relais-'),
      );
      await Promise.all(elements.map((el) => el.updateComplete));
      return {
        shown: elements.map((el) =>
          (el.shadowRoot?.querySelector('figure, blockquote, ul') ? el.shadowRoot : el)?.textContent
            .replace(/\s+/g, ' ')
            .trim(),
        ),
        errors: document.getElementById('errors')?.textContent ?? '',
      };
    });
    return { ...read, problems };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * What both apps must show: the report's data by id, inline attributes, a property set from
 * code, the fallback of a bad id with its relais-error handled, and nothing on the console.
 */
export function assertAppRendered(name, { shown, errors, problems }) {
  assert.deepEqual(problems, [], `${name}: console errors or failed requests`);
  assert.match(shown[0] ?? '', /13 millions/, `${name}: the figure from the data`);
  assert.match(shown[1] ?? '', /42 %.*Source : WeTechCare, rapport/, `${name}: the inline figure`);
  // The partner's own number, credited to the partner, never to the report.
  assert.match(
    shown[2] ?? '',
    /1 200 personnes accompagnées par notre association pendant le confinement.*Source : Connexions Solidaires, chiffre de l’association/,
    `${name}: a property set from code`,
  );
  assert.equal(shown[3], 'Repli affiché.', `${name}: the fallback of an unknown id`);
  assert.match(errors, /figure=pas-une-figure/, `${name}: the relais-error handler`);
  assert.match(shown[5] ?? '', /Jean Deydier/, `${name}: the quote card from the data`);
  assert.match(
    shown[6] ?? '',
    /9 personnes interrogées.*Adam Micklethwaite/,
    `${name}: the interviewees`,
  );
}
