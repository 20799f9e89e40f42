/**
 * Registers custom elements so that a partner page can never be broken by Relais being
 * loaded twice (a theme and a plugin both adding the script tag), or by two versions on
 * one page (a cached old bundle beside a new one). `customElements.define` throws in both
 * cases; this never does.
 */

/** Versions registered per tag, shared by every copy of Relais on the page. */
const REGISTRY_KEY = Symbol.for('relais.define-once.versions');
/** Pairs of versions already warned about, so that each conflict is told once. */
const WARNED_KEY = Symbol.for('relais.define-once.warned');

interface RelaisGlobal {
  [REGISTRY_KEY]?: Map<string, string>;
  [WARNED_KEY]?: Set<string>;
}

function shared(): { versions: Map<string, string>; warned: Set<string> } {
  const g = globalThis as typeof globalThis & RelaisGlobal;
  g[REGISTRY_KEY] ??= new Map();
  g[WARNED_KEY] ??= new Set();
  return { versions: g[REGISTRY_KEY], warned: g[WARNED_KEY] };
}

/** What happened to a call of {@link defineOnce}. */
export type DefineOutcome = 'defined' | 'already-defined' | 'version-conflict' | 'failed';

/**
 * Defines `tag` with `constructor` unless the tag is taken.
 * - free tag: defined, returns `'defined'`;
 * - taken by the same version: silent, returns `'already-defined'`;
 * - taken by another version (or by code that is not Relais): the first definition stays,
 *   one console warning names both versions, returns `'version-conflict'`;
 * - anything the registry refuses (an invalid name, a constructor already used): one
 *   warning, returns `'failed'`.
 * It never throws.
 */
export function defineOnce(
  tag: string,
  constructor: CustomElementConstructor,
  version: string,
): DefineOutcome {
  const { versions, warned } = shared();
  try {
    if (typeof customElements === 'undefined') return 'failed';
    if (!customElements.get(tag)) {
      customElements.define(tag, constructor);
      versions.set(tag, version);
      return 'defined';
    }
    const existing = versions.get(tag) ?? 'unknown (not registered by Relais)';
    if (existing === version) return 'already-defined';
    const key = `${tag}|${existing}|${version}`;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(
        `[relais] <${tag}> is already defined by version ${existing}; version ${version} ` +
          `was loaded too and is ignored. Load Relais once per page to avoid this.`,
      );
    }
    return 'version-conflict';
  } catch (error) {
    const key = `${tag}|failed`;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(`[relais] <${tag}> could not be defined:`, error);
    }
    return 'failed';
  }
}
