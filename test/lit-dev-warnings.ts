/**
 * Loaded by web-test-runner before any test, with Lit in dev mode (the `development`
 * export condition): any warning Lit's dev mode gives ("scheduled an update after an
 * update completed", a reactive property shadowed by a class field…) fails the test that
 * caused it, by an uncaught error that Mocha reports against the running test. Only the
 * notice that dev mode is on is silenced. Never shipped.
 */
declare global {
  var litIssuedWarnings: Set<string> | undefined;
}

globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  warn(...args);
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/')) {
    setTimeout(() => {
      // Lit warns once per message: forget it, so that the next test to cause it fails too.
      globalThis.litIssuedWarnings?.delete(text);
      throw new Error(`Lit dev-mode warning: ${text}`);
    });
  }
};

export {};
