/**
 * Records the arguments of every `console.warn` call while `run` executes, and passes them
 * through to the real console so that a failing test still shows them. Shared by the tests
 * of every package; never shipped.
 */
export async function captureWarningCalls(run: () => unknown): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args);
    original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/**
 * The text of every `console.warn` call while `run` executes. The element a Relais warning
 * names is its last argument, which the console shows as a node: the text is the message
 * alone (`captureWarningCalls` gives the node).
 */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  return (await captureWarningCalls(run)).map((args) =>
    args
      .filter((arg) => !(arg instanceof Element))
      .map((arg) => (arg instanceof Error ? arg.message : String(arg)))
      .join(' '),
  );
}

/** What an element reported while it rendered: console warnings and `relais-error` events. */
export interface Reports {
  warnings: string[];
  errors: { detail: Record<string, unknown> }[];
}

/**
 * Puts `element` on the page inside `parent` and renders it twice (a second render must
 * not report again), recording its warnings and the `relais-error` events that reach
 * `parent`.
 */
export async function appendReporting(
  parent: HTMLElement,
  element: HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void },
): Promise<Reports> {
  const errors: Reports['errors'] = [];
  const listener = (event: Event): void => {
    errors.push(event as Event & { detail: Record<string, unknown> });
  };
  parent.addEventListener('relais-error', listener);
  try {
    const warnings = await captureWarnings(async () => {
      parent.append(element);
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
    });
    return { warnings, errors };
  } finally {
    parent.removeEventListener('relais-error', listener);
  }
}
