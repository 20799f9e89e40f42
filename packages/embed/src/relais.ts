import { claimGlobal } from '@relais/core/internal.js';
import { VERSION } from './version.js';

export { VERSION };

/** What a page can read at run time: `window[Symbol.for('relais')].version`. */
export interface RelaisGlobal {
  readonly version: string;
}

/**
 * The one key Relais takes on the page's global object. A symbol from the global symbol
 * registry, never a name: « relais » is an ordinary French word, and a partner's script
 * may well declare `let relais` or assign `window.relais` (a name taken by Relais made the
 * first throw "already declared" and the second "read only"). No script of the page meets
 * this key unless it asks for it by this very description.
 */
const KEY = Symbol.for('relais');

// The first copy of relais.js on a page wins, as its element definitions do (defineOnce in
// @relais/core keeps the first and warns once when a different version arrives), so the
// version a page reads is always the one whose elements it shows; frozen, and read-only on
// the global (claimGlobal), so that no later script replaces it. (This file is listed
// in package.json "sideEffects": without it, the bundler would drop it as unused.)
claimGlobal(KEY, (): RelaisGlobal => Object.freeze({ version: VERSION }));
