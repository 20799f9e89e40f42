// Prints raw, gzip and brotli sizes of every file in dist/ and of Lit alone bundled the same
// way, and fails (exit 1) when relais.js is over its budget in brotli bytes.
// `node scripts/size.mjs` after a build; the build runs it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { PACKAGE_DIR, bundle } from './bundle.mjs';

/**
 * The budget of dist/relais.js, brotli quality 11, in bytes: what it measures plus about 5 %.
 * The first target was 14,000 for the finished set of elements; one element and the data
 * already took 14,258 (Lit alone is 5,290, the data 2,600), so each element that lands
 * raises this on purpose, by what it measures, and every saving lowers it:
 * - 15,000: <relais-key-figure>, Lit, core, theme and the whole report's data (14,258);
 * - 18,250: + <relais-interviewee-list> and <relais-person> (+3,246: 14,410 → 17,656).
 */
export const BUDGET_BROTLI = 18_250;

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
async function litAlone() {
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
