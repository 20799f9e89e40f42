/**
 * Claims `key` on the page's global object for the value `make()` returns, unless something
 * already holds it (the first copy of Relais on a page wins), and returns what the key holds
 * then. The key is a symbol of the global symbol registry, never a name, so that no script
 * of the page meets it by chance; the value is read-only and non-configurable, so that no
 * later script replaces it. A frozen global object takes nothing: the result is then
 * `undefined`, and nothing is thrown into the page.
 */
export function claimGlobal(key: symbol, make: () => unknown): unknown {
  const page = globalThis as unknown as Record<symbol, unknown>;
  if (!Object.prototype.hasOwnProperty.call(page, key)) {
    try {
      Object.defineProperty(page, key, {
        value: make(),
        enumerable: false,
        writable: false,
        configurable: false,
      });
    } catch {
      // A frozen or sealed global object: nothing is claimed.
    }
  }
  return page[key];
}
