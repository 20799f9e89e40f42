import { VERSION } from './version.js';

export { VERSION };

/** What a page can read at run time: `window.relais.version`. */
export interface RelaisGlobal {
  readonly version: string;
}

declare global {
  // `var` is how a property of globalThis is declared.
  var relais: RelaisGlobal | undefined;
}

// The first copy of relais.js on a page wins, as its element definitions do (defineOnce in
// @relais/core keeps the first and warns once when a different version arrives), so the
// version a page reads is always the one whose elements it shows. (This file is listed in
// package.json "sideEffects": without it, the bundler would drop this line as unused.)
globalThis.relais ??= Object.freeze({ version: VERSION });
