// `node --test`, after the build: the published entries, served as plain files, load in
// Chromium with no bundler and no JSON module (which older bundlers and some browsers
// cannot load); and a bundler keeps only the kinds of record a page uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { CHROME_ARGS, findChrome } from '../../../scripts/chrome.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(`${packageDir}dist/index.js`);

test('dist/ loads as plain ES modules in Chromium, each entry with only its own data', async (context) => {
  if (!built) {
    context.skip('not built yet');
    return;
  }
  const { server, origin } = await startStaticServer({ mounts: { '/': packageDir } });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const load = async (entry, read) => {
      const page = await browser.newPage();
      const requests = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${origin}/package.json`);
      const result = await page.evaluate(read, entry);
      await page.close();
      return { result, requests: requests.slice(1) };
    };
    const all = await load('/dist/index.js', async (entry) => {
      const data = await import(entry);
      return {
        spoken: data.getFigure('teleconsultations')?.spoken.fr,
        interviewees: data.getPeople().length,
        unknown: data.getFigure('__proto__') ?? null,
      };
    });
    assert.deepEqual(all.result, {
      spoken:
        'Le nombre de téléconsultations a été multiplié par 100 en France pendant le confinement',
      interviewees: 9,
      unknown: null,
    });
    assert.ok(
      !all.requests.some((path) => /\.json$|typebox|schema|currencies/.test(path)),
      all.requests.join('\n'),
    );

    const figures = await load('/dist/figures.js', async (entry) => {
      const { getFigure } = await import(entry);
      return getFigure('eloignes-du-numerique')?.value;
    });
    assert.equal(figures.result, 13_000_000);
    assert.deepEqual(figures.requests.sort(), [
      '/dist/figures.js',
      '/dist/freeze.js',
      '/dist/generated/figures.js',
      '/dist/ids.js',
      '/dist/registry.js',
    ]);
  } finally {
    await browser.close();
    server.close();
  }
});

/** What a bundler makes of `code` (importing dist/ by path): minified, and its sizes. */
async function bundled(code) {
  const entry = '\0entry.js';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) =>
          id === entry ? id : id.startsWith('./dist/') ? `${packageDir}${id.slice(2)}` : null,
        load: (id) => (id === entry ? code : null),
      },
      terser({ ecma: 2022, module: true }),
    ],
    onwarn(warning) {
      throw new Error(warning.message);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const text = output[0].code;
  const bytes = Buffer.from(text);
  return {
    text,
    size: `${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip, ${brotliCompressSync(bytes).length} B brotli`,
  };
}

test('a bundle that shows figures carries no people, quote or test report', async (context) => {
  if (!built) {
    context.skip('not built yet');
    return;
  }
  const figuresOnly = await bundled(
    "import { getFigure } from './dist/figures.js'; import { getSource } from './dist/sources.js'; export const f = [getFigure, getSource];",
  );
  // The `.` entry, as the key figure imports it today: a bundler drops what is not used.
  const throughIndex = await bundled(
    "import { getFigure, getSource } from './dist/index.js'; export const f = [getFigure, getSource];",
  );
  const everything = await bundled("export * from './dist/index.js';");
  for (const [name, { text }] of Object.entries({ figuresOnly, throughIndex })) {
    assert.match(text, /eloignes-du-numerique/, name);
    assert.match(text, /Éducation nationale/, name);
    assert.doesNotMatch(text, /Micklethwaite|Deydier|prend tout son sens|Jeunesse/, name);
  }
  assert.match(everything.text, /Micklethwaite/);
  for (const { text } of [figuresOnly, throughIndex, everything]) {
    assert.doesNotMatch(text, /rivertown|typebox|AED/i);
  }
  context.diagnostic(`figures + sources: ${figuresOnly.size}`);
  context.diagnostic(`getFigure + getSource through ".": ${throughIndex.size}`);
  context.diagnostic(`everything: ${everything.size}`);
});
