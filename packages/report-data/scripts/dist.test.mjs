// `node --test`, after the build: the published entry, served as plain files, loads in
// Chromium with no bundler. `dist/index.js` keeps `import … with { type: 'json' }`, which
// the test runner's dev server rewrites to JavaScript; this checks the real JSON module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/chrome.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

test('dist/index.js loads its data as a native JSON module in Chromium', async (context) => {
  if (!existsSync(`${packageDir}dist/index.js`)) {
    context.skip('not built yet');
    return;
  }
  const { server, origin } = await startStaticServer({ mounts: { '/': packageDir } });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('response', (response) =>
      requests.push(`${new URL(response.url()).pathname} ${response.headers()['content-type']}`),
    );
    await page.goto(`${origin}/package.json`);
    const result = await page.evaluate(async () => {
      const data = await import('/dist/index.js');
      return {
        spoken: data.getFigure('teleconsultations')?.spoken.fr,
        interviewees: data.getPeople().length,
        unknown: data.getFigure('__proto__') ?? null,
      };
    });
    assert.deepEqual(result, {
      spoken:
        'Le nombre de téléconsultations a été multiplié par 100 en France pendant le confinement',
      interviewees: 9,
      unknown: null,
    });
    assert.ok(
      requests.includes('/data/monde-social-numerique-2020.json application/json; charset=utf-8'),
      requests.join('\n'),
    );
    assert.ok(!requests.some((line) => /typebox|schema/i.test(line)), requests.join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
});
