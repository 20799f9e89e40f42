// `npm run build:site` (root), or `node apps/site/scripts/build.mjs --base=https://…/ --out=…`:
// builds the findings' site. The base address (where a static host serves it) is
// `--base`, else RELAIS_SITE_BASE, else the address `npm start` serves it at.
//
// The site's code is TypeScript: esbuild bundles the browser parts (the hydration module,
// the inline frame script, the optional parent script) and the build itself, which then
// runs here in Node with Lit's server renderer.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

export const DEFAULT_BASE = 'http://127.0.0.1:8090/';
const APP = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODULE_PATH = 'assets/relais-site.js';

/** Builds the site into `out` for `base`; resolves to the pages written, with their weights. */
export async function buildFindingsSite({ base = DEFAULT_BASE, out = join(APP, 'dist') } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'assets'), { recursive: true });
  const browser = {
    bundle: true,
    minify: true,
    target: 'es2021',
    legalComments: 'none',
    logLevel: 'warning',
  };
  await build({
    ...browser,
    entryPoints: [join(APP, 'src/client/hydrate.ts')],
    format: 'esm',
    outfile: join(out, MODULE_PATH),
  });
  await build({
    ...browser,
    entryPoints: [join(APP, 'src/client/parent.ts')],
    format: 'iife',
    outfile: join(out, 'frame.js'),
  });
  const frame = await build({
    ...browser,
    entryPoints: [join(APP, 'src/client/frame.ts')],
    format: 'iife',
    write: false,
  });
  const frameScript = frame.outputFiles[0].text.trim();
  // Bundled beside node_modules, so that its bare imports resolve from the workspace.
  const runner = join(APP, 'node_modules/.cache/relais-site/build.mjs');
  await build({
    entryPoints: [join(APP, 'src/build.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: runner,
    logLevel: 'warning',
  });
  const { buildSite } = await import(`${pathToFileURL(runner).href}?${Date.now()}`);
  const pages = await buildSite({ base, out, frameScript, modulePath: MODULE_PATH });
  writeFileSync(join(out, 'pages.json'), `${JSON.stringify({ base, pages }, null, 2)}\n`);
  return { base, out, pages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { base: { type: 'string' }, out: { type: 'string' } } });
  const { out, pages } = await buildFindingsSite({
    base: values.base ?? process.env.RELAIS_SITE_BASE ?? DEFAULT_BASE,
    out: values.out ? resolve(values.out) : undefined,
  });
  console.log(`[site] ${pages.length} pages written to ${out}`);
}
