// Prints raw, gzip and brotli sizes of every file in dist/ and of Lit alone bundled the same
// way, and fails (exit 1) when relais.js is over its budget in brotli bytes.
// `node scripts/size.mjs` after a build; the build runs it. The benchmark
// (scripts/bench/) imports `sizes` and `litAlone` from here: importing prints nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { PACKAGE_DIR, bundle } from './bundle.mjs';

/**
 * The budget of dist/relais.js, brotli quality 11, in bytes: what it measured (14,258 with
 * <relais-key-figure>, Lit, core, theme and the whole report's data) plus 5 %, 15,000; then
 * raised on purpose by the 13 bytes that lowering the file to ES2021 costs (14,258 → 14,271:
 * class fields and `static {}` blocks become assignments, so that Safari 14 parses it). The
 * first target was 14,000 for the finished set of elements; one element and the data already
 * take 14,271 (Lit alone is 5,366, the data 2,600), so each element that lands raises this
 * on purpose, by what it measures, and every saving lowers it. <relais-quote-card> measured
 * +2,398 on its own branch; merged with the key figure's second pass (whose reserve and
 * language marking grew it to 14,819) and the data split into entries per kind (which took
 * the people and themes out of it), relais.js with both elements measures 17,354: 17,400.
 * <relais-interviewee-list> and <relais-person> (+3,246 on their own branch) bring the
 * people back and the three elements to 20,185: 20,250. Issue 14's goal is 16,000 for the
 * three; the bench's breakdown says where the 4 KB are (decorators, strings, data).
 */
export const BUDGET_BROTLI = 20_250;

/** Raw, gzip (level 9) and brotli (quality 11) byte counts of `content`. */
export function sizes(content) {
  const buffer = Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Lit with one trivial element, through the very same plugins and minifier as relais.js. */
export async function litAlone() {
  const options = bundle({
    file: 'lit-alone.js',
    code: [
      "import { LitElement, css, html } from 'lit';",
      'class LitAlone extends LitElement {',
      '  static styles = css`:host { display: block; }`;',
      '  render() { return html`<p>Lit</p>`; }',
      '}',
      "customElements.define('lit-alone', LitAlone);",
    ].join('\n'),
  });
  const build = await rollup(options);
  const { output } = await build.generate(options.output);
  await build.close();
  return output[0].code;
}

/** Every file of dist/, source maps included (a browser fetches those only for DevTools). */
function distFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The size table of dist/, and the budget's verdict. */
async function main() {
  const dist = join(PACKAGE_DIR, 'dist');
  const rows = distFiles(dist)
    .sort()
    .map((file) => [relative(dist, file), sizes(readFileSync(file))]);
  rows.push(['(Lit alone, one trivial element, same build)', sizes(await litAlone())]);

  const width = Math.max(...rows.map(([name]) => name.length));
  const number = (n) => n.toLocaleString('en-US').padStart(8);
  console.log(
    `${'file'.padEnd(width)}  ${'raw'.padStart(8)}  ${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}`,
  );
  for (const [name, { raw, gzip, brotli }] of rows) {
    console.log(`${name.padEnd(width)}  ${number(raw)}  ${number(gzip)}  ${number(brotli)}`);
  }

  const relais = rows.find(([name]) => name === 'relais.js')?.[1];
  if (!relais) {
    console.error('dist/relais.js is missing: run the build first.');
    process.exit(1);
  }
  if (relais.brotli > BUDGET_BROTLI) {
    console.error(
      `dist/relais.js is ${relais.brotli} bytes brotli, over its budget of ${BUDGET_BROTLI} ` +
        `(scripts/size.mjs, BUDGET_BROTLI).`,
    );
    process.exit(1);
  }
  console.log(`relais.js: ${relais.brotli} of ${BUDGET_BROTLI} brotli bytes budgeted.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
