// `node --test`: every figure of the report formatted by @relais/core in Node 20 (which will
// render on the server) reads exactly as in the three browser engines: the table of
// test/report-figures.ts, bundled from the TypeScript source with esbuild (no build needed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test(`every figure of the report, in fr and en, reads as in the browsers (Node ${process.version})`, async () => {
  const { outputFiles } = await build({
    entryPoints: [`${root}test/report-figures.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    tsconfig: `${root}tsconfig.base.json`,
    // Lit stays out: formatting needs none of it, and Node has no DOM to give it.
    external: ['lit', 'lit/*', '@lit/*'],
    logLevel: 'error',
  });
  const source = outputFiles[0].text;
  const { FIGURE_TEXTS, formattedFigures } = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  assert.deepEqual(formattedFigures(), FIGURE_TEXTS);
});
