// Prints raw, gzip and brotli sizes of every file in dist/ and of Lit alone bundled the same
// way, and fails (exit 1) when relais.js or an element's script is over its budget in brotli
// bytes, or has none.
// `node scripts/size.mjs` after a build; the build runs it. The benchmark
// (scripts/bench/) imports `sizes` and `litAlone` from here: importing prints nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { PACKAGE_DIR, bundle } from './bundle.mjs';

/**
 * The budget of each script of dist/, brotli quality 11, in bytes: what it measures plus
 * about 0.3 %, so that any growth is a decision (raise the number here, in the same commit,
 * saying why) and every saving lowers it.
 *
 * History of relais.js: 14,258 with the key figure alone; ES2021 lowering +13 (Safari 14
 * parses it); the quote card and the key figure's second pass 17,354; the interviewee list
 * 20,185. Issue 14 then took: decorators and tslib out (static properties, −425), the
 * indentation of html templates (−159), each element's own words in its own package and
 * unused strings out (−4 here, −340 in key-figure.js), formatters cached per locale (+37,
 * for 3 % of a list's render): 19,638. Raised on purpose by `report` on the quote card and
 * the list, and each report naming its own source (+103; quote-card.js +225, the list +165):
 * 19,741; one cache for every Intl formatter, 19,729. Raised on purpose by issue 23, each
 * fact naming the document that states it (the announcement as a source with its title,
 * `citedBy` and getCitingSource, the no-break spaces, the list's « Cité dans l’annonce du
 * rapport »): 20,000 (+271; key-figure.js +119, quote-card.js +73, the list +73); by issue 22
 * (one API): a bad value reported again after a correction, the warning naming its element,
 * names sorted by their stated rule, a currency's plural from its value and `exact` (+174);
 * by issue 21 (partner pages): the query container inside the host with its measure, the
 * quote card keeping a partner's lang, em, abbr and links, one warning per clash, the
 * count-up that follows a move (relais.js 20,854; key-figure.js 14,163, quote-card.js
 * 13,701, the list 14,343 with all three issues). Then, on 4 December: the list drawing the
 * core card (+22 in the list) and one claimGlobal for both global keys, which no longer
 * throws on a frozen global (+74 in key-figure.js, the order of the bundle compressing
 * differently): relais.js 20,871; key-figure.js 14,229, quote-card.js 13,683, the list
 * 14,354 (a person's role stays `role`, as SPEC.md says). Issue 14's goals were 16,000 for relais.js and 11,000 for
 * key-figure.js; npm run bench's breakdown says where the rest goes (Lit alone is 5,366, the
 * report's data about 3,000, core 3,600) and the closing note of issue 14 why it stays.
 */
// What they measure, with the room a release's build takes (the versions it writes into the
// files compress differently: the list measured 14,381 in the registry round-trip's 1.1.0).
export const BUDGETS = {
  'relais.js': 20_970,
  'elements/key-figure.js': 14_330,
  'elements/quote-card.js': 13_800,
  'elements/interviewee-list.js': 14_450,
};

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

  const over = [];
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const measured = rows.find(([name]) => name === file)?.[1];
    if (!measured) {
      console.error(`dist/${file} is missing: run the build first.`);
      process.exit(1);
    }
    console.log(`${file}: ${measured.brotli} of ${budget} brotli bytes budgeted.`);
    if (measured.brotli > budget)
      over.push(`dist/${file} is ${measured.brotli} bytes brotli, over its budget of ${budget}`);
  }
  const budgeted = new Set(Object.keys(BUDGETS));
  const unbudgeted = rows.filter(
    ([name]) => /^(?:relais|elements\/[^/]+)\.js$/.test(name) && !budgeted.has(name),
  );
  for (const [name] of unbudgeted) over.push(`dist/${name} has no budget`);
  if (over.length > 0) {
    console.error(`${over.join('; ')} (scripts/size.mjs, BUDGETS).`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
