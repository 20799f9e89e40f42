// dist/relais.js (every element), dist/elements/<name>.js (one element each),
// dist/relais.css (the snippet that reserves each element's space before the script runs)
// and dist/relais.d.ts.
// The elements come from src/elements.json: adding one there adds it everywhere.
import { ELEMENTS, bundle, elementsEntry } from './scripts/bundle.mjs';
import { snippetCss } from './scripts/snippet.mjs';

// What a TypeScript user importing `@relais/embed` sees: the version, and the shape of
// what the page reads under `Symbol.for('relais')` (no global name is declared: a
// partner's own `relais` must stay theirs).
const TYPES = `/** The version of @relais/embed in this file. */
export declare const VERSION: string;
/** \`globalThis[Symbol.for('relais')]\`, set by the first copy of relais.js on the page. */
export interface RelaisGlobal {
  /** The version whose elements run on the page. */
  readonly version: string;
}
`;

const assets = {
  name: 'relais-assets',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'relais.css', source: snippetCss(ELEMENTS) });
    this.emitFile({ type: 'asset', fileName: 'relais.d.ts', source: TYPES });
  },
};

export default [
  bundle({ code: elementsEntry(ELEMENTS), file: 'relais.js', plugins: [assets] }),
  ...ELEMENTS.map((element) =>
    bundle({ code: elementsEntry([element]), file: `elements/${element.name}.js` }),
  ),
];
