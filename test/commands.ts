/**
 * `@web/test-runner-commands` as every test file gets it (web-test-runner.config.mjs points
 * the bare import here): the same commands, except the two that only Chromium's automation
 * can carry out. In Firefox (WebDriver BiDi) and WebKitGTK (WebDriver classic) there is no
 * accessibility-tree snapshot and no media emulation, so a test that needs one is skipped in
 * that engine, by its full title and with the reason on the console, never silently. Media
 * already in the asked state (light, no motion preference: every engine's default here) needs
 * no emulation and runs. Shared by the tests of every package; never shipped.
 */
import {
  a11ySnapshot as chromiumA11ySnapshot,
  emulateMedia as chromiumEmulateMedia,
  executeServerCommand,
} from '@web/test-runner-commands';

export * from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this test, from its user agent (MiniBrowser's names no Chrome). */
export const ENGINE: Engine = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /(?:Chrome|Chromium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const ENGINE_NAMES: Record<Engine, string> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
};

let currentTest: Mocha.Test | undefined;
// A root hook: mocha is set up before a test file (and so this module) is imported.
beforeEach(function rememberCurrentTest(this: Mocha.Context) {
  currentTest = this.currentTest;
});

/** Skips the running test in this engine, saying which test and why. */
export function skipInThisEngine(reason: string): never {
  const title = currentTest?.fullTitle() ?? '(a hook)';
  console.log(`[engines] skipped in ${ENGINE_NAMES[ENGINE]}: “${title}”: ${reason}`);
  if (!currentTest) throw new Error(`Cannot skip outside a test in ${ENGINE}: ${reason}`);
  return currentTest.skip();
}

type A11ySnapshotPayload = Parameters<typeof chromiumA11ySnapshot>[0];
type Media = Parameters<typeof chromiumEmulateMedia>[0];

export function a11ySnapshot(
  payload: A11ySnapshotPayload,
): ReturnType<typeof chromiumA11ySnapshot> {
  if (ENGINE !== 'chromium') {
    skipInThisEngine(
      'reads the accessibility tree (a11ySnapshot), which only Chromium’s automation (CDP) gives',
    );
  }
  return chromiumA11ySnapshot(payload);
}

/** Whether the page already matches every feature `media` asks for. */
function alreadyMatches(media: Media): boolean {
  const queries = [
    media.media ? media.media : undefined,
    media.colorScheme ? `(prefers-color-scheme: ${media.colorScheme})` : undefined,
    media.reducedMotion ? `(prefers-reduced-motion: ${media.reducedMotion})` : undefined,
    media.forcedColors ? `(forced-colors: ${media.forcedColors})` : undefined,
  ];
  return queries.every((query) => query === undefined || matchMedia(query).matches);
}

export async function emulateMedia(media: Media): Promise<void> {
  if (ENGINE === 'chromium') {
    // Forced colours go through test/emulate-media-plugin.mjs: the stock command drops them.
    if (media.forcedColors !== undefined) {
      await executeServerCommand('relais-emulate-media', media);
      return;
    }
    return chromiumEmulateMedia(media);
  }
  if (alreadyMatches(media)) return;
  skipInThisEngine(
    `emulates ${JSON.stringify(media)}, which only Chromium’s automation (CDP) can do`,
  );
}
