// `node --test`, after the build: <relais-key-figure> on a real page in Chromium driven by
// Playwright, for what the browser test runner cannot emulate: forced colours (Windows High
// Contrast), the theme chosen by an ancestor through @relais/theme's tokens.css, and the
// requests the element makes (none: no web font, nothing off the page's own server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/chrome.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tokensCss = `${root}packages/theme/dist/tokens.css`;

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>key figure</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/tokens.css">
<script type="module" src="/key-figure.js"></script></head><body>
<relais-key-figure id="auto" figure="teleconsultations"></relais-key-figure>
<relais-key-figure id="light" theme="light" figure="teleconsultations"></relais-key-figure>
<relais-key-figure id="linked" kind="percent" value="42" label="x" source="Exemple" source-url="https://example.org/"></relais-key-figure>
</body></html>`;

/** Computed colours of one element's shadow parts. */
const readColours = (id) => {
  const el = document.getElementById(id);
  const figure = el.shadowRoot.querySelector('figure');
  const style = (node) => getComputedStyle(node);
  const link = el.shadowRoot.querySelector('a');
  return {
    surface: style(figure).backgroundColor,
    bar: style(figure).borderInlineStartColor,
    barWidth: style(figure).borderInlineStartWidth,
    value: style(el.shadowRoot.querySelector('[part="value"]')).color,
    label: style(el.shadowRoot.querySelector('[part="label"]')).color,
    link: link ? style(link).color : undefined,
  };
};

test('in a real page: forced colours, the ancestor’s theme, no requests', async (context) => {
  if (!existsSync(tokensCss)) {
    context.skip('@relais/theme is not built yet');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'relais-key-figure-'));
  await build({
    entryPoints: [`${root}packages/key-figure/src/index.ts`],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'key-figure.js'),
    tsconfig: `${root}tsconfig.base.json`,
    logLevel: 'error',
  });
  copyFileSync(tokensCss, join(dir, 'tokens.css'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  const { server, origin } = await startStaticServer({ mounts: { '/': dir } });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ colorScheme: 'light' });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() =>
      document.getElementById('auto')?.shadowRoot?.querySelector('figure'),
    );

    // An ancestor chooses the theme (tokens.css): dark, except where the element says light.
    const light = await page.evaluate(readColours, 'auto');
    await page.evaluate(() => (document.documentElement.dataset.relaisTheme = 'dark'));
    const dark = await page.evaluate(readColours, 'auto');
    const forcedLight = await page.evaluate(readColours, 'light');
    assert.equal(light.surface, 'rgb(247, 246, 242)');
    assert.equal(dark.surface, 'rgb(23, 25, 28)');
    assert.equal(forcedLight.surface, 'rgb(247, 246, 242)');

    // Forced colours: system colours only, the accent bar still drawn.
    await page.emulateMedia({ forcedColors: 'active' });
    const system = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const read = (value) => ((probe.style.color = value), getComputedStyle(probe).color);
      return { canvas: read('Canvas'), text: read('CanvasText'), link: read('LinkText') };
    });
    const forced = await page.evaluate(readColours, 'linked');
    assert.equal(forced.value, system.text);
    assert.equal(forced.label, system.text);
    assert.equal(forced.bar, system.text);
    assert.equal(forced.link, system.link);
    assert.notEqual(forced.barWidth, '0px');

    const offPage = requests.filter((url) => !url.startsWith(origin));
    assert.deepEqual(offPage, [], 'nothing is requested from another server');
    assert.deepEqual(
      requests.map((url) => new URL(url).pathname).sort(),
      ['/index.html', '/key-figure.js', '/tokens.css'],
      'no font, no data file: the page, the script, the stylesheet',
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
