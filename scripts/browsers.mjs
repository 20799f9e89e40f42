// The three browser engines the tests run in, all the machine's own (Debian's packages):
// Chromium, Firefox ESR and WebKitGTK (the engine of Safari). No tool of this repository
// downloads a browser. `RELAIS_ENGINES=chromium,webkit` narrows a run to some of them.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChrome } from './chrome.mjs';

export { CHROME_ARGS, findChrome } from './chrome.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** The engines asked for by `RELAIS_ENGINES` (comma separated), all three by default. */
export function selectedEngines(env = process.env.RELAIS_ENGINES) {
  if (!env) return [...ENGINES];
  const asked = env.split(',').map((name) => name.trim().toLowerCase());
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`RELAIS_ENGINES: unknown engine ${unknown.join(', ')} (${ENGINES.join(', ')})`);
  }
  return ENGINES.filter((name) => asked.includes(name));
}

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** Firefox (ESR or not), or undefined. */
export function findFirefox() {
  return firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

/** WebKitGTK's MiniBrowser, in libwebkit2gtk's library folder (no `bin/` entry), or undefined. */
export function findMiniBrowser() {
  const candidates = [process.env.MINIBROWSER_PATH];
  for (const lib of ['/usr/lib', '/usr/lib64', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const entry of readdirSync(lib)) {
      candidates.push(`${lib}/${entry}/webkit2gtk-4.1/MiniBrowser`);
      candidates.push(`${lib}/${entry}/webkitgtk-6.0/MiniBrowser`);
    }
    candidates.push(`${lib}/webkit2gtk-4.1/MiniBrowser`, `${lib}/webkitgtk-6.0/MiniBrowser`);
  }
  return firstExisting(candidates);
}

/** What WebKitGTK needs: the WebDriver, MiniBrowser, and xvfb-run (MiniBrowser has no headless mode). */
export function findWebKit() {
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const miniBrowser = findMiniBrowser();
  const xvfbRun = firstExisting(['/usr/bin/xvfb-run']);
  return driver && miniBrowser && xvfbRun ? { driver, miniBrowser, xvfbRun } : undefined;
}

/** Per engine: whether the machine has it, and the Debian packages that bring it. */
export const REQUIREMENTS = {
  chromium: { found: () => Boolean(findChrome()), debian: ['chromium'] },
  firefox: { found: () => Boolean(findFirefox()), debian: ['firefox-esr'] },
  webkit: { found: () => Boolean(findWebKit()), debian: ['webkit2gtk-driver', 'xvfb'] },
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebDriver capabilities for MiniBrowser. `wdio:enforceWebDriverClassic`: webdriverio 9 asks
 * for WebDriver BiDi otherwise, which WebKitWebDriver refuses ("Failed to match
 * capabilities"). `args` are MiniBrowser's own (each WebKitSettings property is a flag).
 */
export function webkitCapabilities({ miniBrowser }, args = []) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', ...args] },
  };
}

/**
 * Starts WebKitWebDriver on a free port under its own X server (`xvfb-run -a`), in a process
 * group of its own so that `stop()` ends the driver, every MiniBrowser it opened and Xvfb
 * together. Resolves once the driver answers /status. `onOutput` receives what the driver
 * and the browsers it starts print (MiniBrowser's console, when asked for).
 */
export async function startWebKitDriver({ onOutput } = {}) {
  const webkit = findWebKit();
  if (!webkit) throw new Error('WebKitGTK not found: apt-get install webkit2gtk-driver xvfb');
  const port = await freePort();
  const child = spawn(
    webkit.xvfbRun,
    ['-a', '-s', '-screen 0 1600x1200x24', webkit.driver, `--port=${port}`, '--host=127.0.0.1'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk) => {
    const text = String(chunk);
    output = (output + text).slice(-4000);
    onOutput?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group is already gone.
    }
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (exited || Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ...webkit, port, hostname: '127.0.0.1', child, stop };
}
