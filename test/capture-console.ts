/**
 * Records `console.warn` calls while `run` executes, and passes them through to the real
 * console so that a failing test still shows them. Shared by the tests of every package; never shipped.
 */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
    original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
