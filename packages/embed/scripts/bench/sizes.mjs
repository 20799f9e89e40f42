// Sizes: relais.js, each dist/elements/*.js, Lit alone and the peer's elements, all through
// the very Rollup plugins and terser settings of dist/ (scripts/bundle.mjs), each with its
// ratio to Lit alone.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { PACKAGE_DIR, bundle } from '../bundle.mjs';
import { litAlone, sizes } from '../size.mjs';
import { PEERS } from './peers.mjs';

export const DIST = join(PACKAGE_DIR, 'dist');

/**
 * Bundles one peer element (`module`, e.g. `@rhds/elements/rh-stat/rh-stat.js`) into `dir`
 * with the plugins and minifier of dist/. The peer loads icons and themes by dynamic import,
 * so the output is a folder: what a page downloads before the element can render is the
 * entry and the chunks it imports statically (followed transitively); the chunks it may
 * import later are counted apart. Returns { entry, files, lazy, warnings }.
 */
export async function bundlePeer({ tag, module }, dir) {
  const warnings = [];
  const options = bundle({ code: `import '${module}';`, file: 'unused.js' });
  const build = await rollup({
    ...options,
    // The peer's own code warns (circular imports between its helpers, `this` at the top
    // level of tslib): counted and reported, not fatal as they are for relais.js.
    onwarn: (warning) => warnings.push(warning.code),
  });
  const { output } = await build.write({
    dir,
    format: 'es',
    sourcemap: false,
    entryFileNames: `${tag}.js`,
    chunkFileNames: `${tag}-chunks/[name]-[hash].js`,
  });
  await build.close();
  const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const visit = (fileName) => {
    if (eager.has(fileName)) return;
    eager.add(fileName);
    for (const next of byName.get(fileName)?.imports ?? []) visit(next);
  };
  visit(`${tag}.js`);
  const lazy = output.filter((chunk) => chunk.type === 'chunk' && !eager.has(chunk.fileName));
  return {
    entry: `${tag}.js`,
    files: [...eager].map((fileName) => join(dir, fileName)),
    lazy: lazy.map((chunk) => join(dir, chunk.fileName)),
    warnings,
  };
}

/** Sizes of several files added up: each is downloaded and compressed on its own. */
function sumOfFiles(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const one = sizes(readFileSync(file));
    for (const key of Object.keys(total)) total[key] += one[key];
  }
  return total;
}

/**
 * Every size row: { name, raw, gzip, brotli, files, note, ratioToLit }. `peerDir` receives
 * the peer bundles (the render benchmark serves them from there).
 */
export async function measureSizes(peerDir) {
  rmSync(peerDir, { recursive: true, force: true });
  const rows = [
    {
      name: 'relais.js (every element)',
      ...sizes(readFileSync(join(DIST, 'relais.js'))),
      files: 1,
    },
  ];
  for (const file of readdirSync(join(DIST, 'elements'))
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    rows.push({
      name: `elements/${file}`,
      ...sizes(readFileSync(join(DIST, 'elements', file))),
      files: 1,
    });
  }
  const lit = { name: 'Lit alone (one trivial element)', ...sizes(await litAlone()), files: 1 };
  rows.push(lit);
  const peers = {};
  for (const peer of PEERS) {
    const built = await bundlePeer(peer, peerDir);
    peers[peer.tag] = built;
    const lazy = sumOfFiles(built.lazy);
    rows.push({
      name: `peer: <${peer.tag}> (${peer.package} ${peer.version})`,
      ...sumOfFiles(built.files),
      files: built.files.length,
      note:
        `entry + ${built.files.length - 1} static chunk(s); ` +
        `${built.lazy.length} lazy chunk(s) not counted (${lazy.brotli.toLocaleString('en-US')} B brotli)`,
    });
  }
  for (const row of rows) row.ratioToLit = row.brotli / lit.brotli;
  return { rows, peers, litBrotli: lit.brotli };
}
