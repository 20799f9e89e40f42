import { claimGlobal } from './page-global.js';

/**
 * Registers custom elements so that a partner page can never be broken by Relais being
 * loaded twice (a theme and a plugin both adding the script tag), or by two versions on
 * one page (a cached old bundle beside a new one). `customElements.define` throws in both
 * cases; this never does.
 */

/**
 * What every copy of Relais on the page shares, under a key of the global symbol registry
 * (never a global name a partner's script could declare or assign), defined read-only by
 * the first copy: the version that registered each tag, the clashes already told, and the
 * clashes waiting to be told.
 */
interface Registry {
  readonly versions: Map<string, string>;
  readonly warned: Set<string>;
  readonly pending: Map<string, string[]>;
}

const REGISTRY_KEY = Symbol.for('relais.define-once');

function isRegistry(value: unknown): value is Registry {
  const registry = value as Partial<Registry> | undefined;
  return (
    registry?.versions instanceof Map &&
    registry.warned instanceof Set &&
    registry.pending instanceof Map
  );
}

/** This copy's registry when the page's key holds something else (it never should). */
let own: Registry | undefined;

const newRegistry = (): Registry => ({
  versions: new Map(),
  warned: new Set(),
  pending: new Map(),
});

function registry(): Registry {
  const shared = claimGlobal(REGISTRY_KEY, newRegistry);
  if (isRegistry(shared)) return shared;
  own ??= newRegistry();
  return own;
}

const NOT_RELAIS = 'unknown (not registered by Relais)';

/**
 * Tells a clash once: the tags of one copy of Relais arrive one by one, in the same task,
 * so they are gathered and told in one warning, naming the tags kept.
 */
function tellClash({ warned, pending }: Registry, tag: string, kept: string, ignored: string) {
  const key = `${kept}|${ignored}`;
  if (warned.has(key)) return;
  const tags = pending.get(key);
  if (tags) {
    if (!tags.includes(tag)) tags.push(tag);
    return;
  }
  pending.set(key, [tag]);
  queueMicrotask(() => {
    const told = pending.get(key) ?? [tag];
    pending.delete(key);
    warned.add(key);
    const list = told.map((name) => `<${name}>`).join(', ');
    console.warn(
      kept === NOT_RELAIS
        ? `[relais] ${list} ${told.length > 1 ? 'are' : 'is'} already defined by a script that is not Relais; Relais ${ignored} leaves ${told.length > 1 ? 'them' : 'it'} as ${told.length > 1 ? 'they are' : 'it is'}.`
        : `[relais] Relais ${kept} is already on this page and keeps ${list}; Relais ${ignored} was loaded too and is ignored. Load Relais once per page to avoid this.`,
    );
  });
}

/** What happened to a call of {@link defineOnce}. */
export type DefineOutcome = 'defined' | 'already-defined' | 'version-conflict' | 'failed';

/**
 * Defines `tag` with `constructor` unless the tag is taken.
 * - free tag: defined, returns `'defined'`;
 * - taken by the same version: silent, returns `'already-defined'`;
 * - taken by another version (or by code that is not Relais): the first definition stays,
 *   returns `'version-conflict'`; one console warning, after the current task, tells the
 *   clash with every tag of it kept (one copy of Relais defines its tags one by one);
 * - anything the registry refuses (an invalid name, a constructor already used): one
 *   warning, returns `'failed'`.
 * It never throws.
 */
export function defineOnce(
  tag: string,
  constructor: CustomElementConstructor,
  version: string,
): DefineOutcome {
  const shared = registry();
  try {
    if (typeof customElements === 'undefined') return 'failed';
    if (!customElements.get(tag)) {
      customElements.define(tag, constructor);
      shared.versions.set(tag, version);
      return 'defined';
    }
    const existing = shared.versions.get(tag) ?? NOT_RELAIS;
    if (existing === version) return 'already-defined';
    tellClash(shared, tag, existing, version);
    return 'version-conflict';
  } catch (error) {
    const key = `${tag}|failed`;
    if (!shared.warned.has(key)) {
      shared.warned.add(key);
      console.warn(`[relais] <${tag}> could not be defined:`, error);
    }
    return 'failed';
  }
}
