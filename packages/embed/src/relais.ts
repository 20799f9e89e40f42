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
// version a page reads is always the one whose elements it shows.
//
// Only an own property of the window counts: an element with `id="relais"` (a theme's
// wrapper, a menu) is also readable as `window.relais`, through the window's named
// properties, and must never be taken for a copy of Relais. The property is defined
// read-only and non-configurable, so that no later script replaces it either. (This file is
// listed in package.json "sideEffects": without it, the bundler would drop it as unused.)
const own = Object.getOwnPropertyDescriptor(globalThis, 'relais');
if (!own) {
  Object.defineProperty(globalThis, 'relais', {
    value: Object.freeze({ version: VERSION }),
    enumerable: true,
    writable: false,
    configurable: false,
  });
} else if (typeof (own.value as Partial<RelaisGlobal> | undefined)?.version !== 'string') {
  console.warn(
    `@relais/embed ${VERSION}: window.relais is already a variable of this page, so it is left as it is and does not tell the version; import { VERSION } from relais.js reads it.`,
  );
}
