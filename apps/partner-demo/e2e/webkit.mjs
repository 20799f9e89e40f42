// WebKitGTK (Safari's engine) for the end-to-end tests. Playwright cannot drive Debian's
// MiniBrowser, so this drives it over WebDriver (webdriverio, WebDriver classic) and offers
// the part of Playwright's Browser, BrowserContext and Page API that the tests use, so that
// the same test files run in both engines. What WebDriver classic cannot see, it reads
// elsewhere, from the real browser:
// - the console, uncaught errors and Content-Security-Policy violations: a recorder script
//   (RECORDER, below) that the test pages load first, from the CDN origin that their policy
//   allows, as Playwright's addInitScript would run it (MiniBrowser started by the driver
//   writes nothing of its console anywhere we can read);
// - dialogs (alert()): the WebDriver alert commands, after each step;
// - requests: the page's Resource Timing entries (what loaded, from where).
// What it cannot do at all (a script before the page's own, holding a request, a dark
// system, a window narrower than MiniBrowser's toolbar) throws, and the test that needs it is
// skipped in WebKit by name (see `skipIn` in harness.mjs).
import { remote } from 'webdriverio';
import { startWebKitDriver, webkitCapabilities } from '../../../scripts/browsers.mjs';
import { axeSource, axeViolationsInPage } from './axe-in-page.mjs';
import { getByText } from './text-in-page.mjs';

const STEP_TIMEOUT = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the test pages load the recorder from, on the CDN origin (see startOrigins). */
// Inside the folder the advised CSP allows (harness.mjs CDN_DIST_PATH), so that the page's
// own policy lets the recorder run first.
export const RECORDER_PATH = '/npm/@relais/embed@1/dist/__e2e/recorder.js';

/**
 * Runs before the page's own scripts and keeps, for the test to read: console warnings and
 * errors (passed on to the real console), uncaught errors and rejections, and violations.
 */
export const RECORDER = `(() => {
  const events = [];
  window.__relaisRecorder = events;
  for (const [method, type] of [['warn', 'warning'], ['error', 'error']]) {
    const original = console[method];
    console[method] = function (...args) {
      events.push({ kind: 'console', type, text: args.map(String).join(' ') });
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => {
    if (event.error || event.message) events.push({ kind: 'pageerror', text: String(event.message) });
  });
  addEventListener('unhandledrejection', (event) =>
    events.push({ kind: 'pageerror', text: String(event.reason) }),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    events.push({ kind: 'violation', text: event.violatedDirective + ' ' + event.blockedURI }),
  );
})();
`;

/**
 * Resolves to a Playwright-like Browser. WebKitWebDriver holds one session at a time and a
 * MiniBrowser takes seconds to start, so a closed context's session is kept (on a blank
 * page) for the next context with the same settings; a context asked for while it is in
 * use gets a driver of its own (its own X server and MiniBrowser).
 */
export async function launchWebKit() {
  /** Idle sessions by MiniBrowser arguments, and every driver started. */
  const idle = new Map();
  const drivers = [];
  const open = new Set();

  async function session(args) {
    const key = args.join(' ');
    const kept = idle.get(key)?.pop();
    if (kept) return kept;
    const driver = await startWebKitDriver();
    drivers.push(driver);
    process.once('exit', driver.stop);
    const started = await remote({
      hostname: driver.hostname,
      port: driver.port,
      // "no such alert" is how WebDriver says there is no dialog: not worth a log line.
      logLevel: 'silent',
      connectionRetryTimeout: 60_000,
      // An open alert() fails the next command and stays open, for readDialogs to report.
      capabilities: { ...webkitCapabilities(driver, args), unhandledPromptBehavior: 'ignore' },
    });
    await started.setTimeout({ script: STEP_TIMEOUT, pageLoad: 60_000 });
    return { key, session: started, size: await started.getWindowSize() };
  }

  async function newContext(options = {}) {
    if (options.colorScheme && options.colorScheme !== 'light') {
      throw new Error(`WebKit (WebDriver): cannot emulate colorScheme ${options.colorScheme}`);
    }
    const args = options.javaScriptEnabled === false ? ['--enable-javascript=false'] : [];
    const entry = await session(args);
    const page = new WebKitPage(entry.session, options.javaScriptEnabled !== false);
    if (options.viewport) await page.setViewportSize(options.viewport);
    let pageGiven = false;
    let closed = false;
    const context = {
      async newPage() {
        if (pageGiven) throw new Error('WebKit (WebDriver): one page per context');
        pageGiven = true;
        return page;
      },
      async close() {
        if (closed) return;
        closed = true;
        open.delete(context);
        try {
          await page.run(() => entry.session.url('about:blank'));
          await entry.session.setWindowSize(entry.size.width, entry.size.height);
          idle.set(entry.key, [...(idle.get(entry.key) ?? []), entry]);
        } catch {
          await entry.session.deleteSession().catch(() => {});
        }
      },
    };
    page.close = () => context.close();
    open.add(context);
    return context;
  }

  return {
    newContext,
    async newPage(options) {
      return (await newContext(options)).newPage();
    },
    async close() {
      await Promise.all([...open].map((context) => context.close()));
      for (const entries of idle.values()) {
        await Promise.all(entries.map((entry) => entry.session.deleteSession().catch(() => {})));
      }
      idle.clear();
      for (const driver of drivers) driver.stop();
    },
  };
}

class WebKitPage {
  constructor(session, javaScriptEnabled) {
    this.session = session;
    this.javaScriptEnabled = javaScriptEnabled;
    this.listeners = new Map();
    this.requestsSeen = new Set();
    /** Content-Security-Policy violations the recorder saw (`violatedDirective blockedURI`). */
    this.violations = [];
  }

  on(event, listener) {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
  }

  emit(event, value) {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }

  async setViewportSize({ width, height }) {
    // MiniBrowser under Xvfb applies a window size a moment later, and sometimes only on a
    // second request (seen once in 30 runs: still 1024 px wide right after the resize). Ask
    // again, measuring the window's chrome each time, until the viewport is what was asked.
    const deadline = Date.now() + 5_000;
    let w = 0;
    do {
      const [innerW, innerH] = await this.session.execute(() => [innerWidth, innerHeight]);
      const outer = await this.session.getWindowSize();
      await this.session.setWindowSize(
        width + outer.width - innerW,
        height + outer.height - innerH,
      );
      for (let tries = 0; tries < 10; tries++) {
        [w] = await this.session.execute(() => [innerWidth]);
        if (w === width) return;
        await sleep(50);
      }
    } while (Date.now() < deadline);
    throw new Error(`WebKit (MiniBrowser): a viewport ${width} px wide cannot be had (${w} px)`);
  }

  async goto(url) {
    this.emit('request', { url: () => url });
    this.requestsSeen.add(url);
    await this.session.url(url);
    await this.settle();
  }

  /** Runs `fn(arg)` in the page, as Playwright's page.evaluate does (promises awaited). */
  async evaluate(fn, arg) {
    const script = `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${fn.toString()})(arguments[0])).then(
  // Only what JSON carries comes back, as with Playwright (a class, a node: null).
  (value) => done(value === undefined ? { undefined: true } : { value: JSON.parse(JSON.stringify(value) ?? 'null') }),
  (error) => done({ error: String((error && error.stack) || error) }),
);`;
    const result = await this.run(() =>
      this.session.executeAsync(script, arg === undefined ? null : arg),
    );
    await this.settle();
    if (result?.error) throw new Error(`page.evaluate: ${result.error}`);
    return result?.undefined ? undefined : result?.value;
  }

  async waitForFunction(fn, arg) {
    const deadline = Date.now() + STEP_TIMEOUT;
    while (Date.now() < deadline) {
      if (await this.evaluate(fn, arg)) return;
      await sleep(50);
    }
    throw new Error('page.waitForFunction: timed out');
  }

  async waitForTimeout(ms) {
    await sleep(ms);
    await this.settle();
  }

  async waitForLoadState() {
    if (!this.javaScriptEnabled) return;
    await this.waitForFunction(() => document.readyState === 'complete');
  }

  /** Elements whose own text holds `text`, as Playwright's getByText finds them. */
  getByText(text) {
    return getByText(this, text);
  }

  /** axe-core's violations on the page, as @axe-core/playwright reports them. */
  async axe() {
    await this.run(() => this.session.execute(`${axeSource()}\nreturn true;`));
    return this.evaluate(axeViolationsInPage);
  }

  addInitScript() {
    throw new Error('WebKit (WebDriver classic): no script can run before the page’s own');
  }

  route() {
    throw new Error('WebKit (WebDriver classic): requests cannot be intercepted');
  }

  /**
   * Runs a WebDriver command; when an alert() is open (the command fails: asking for one
   * when there is none takes the driver seconds), reports and dismisses it, then runs it again.
   */
  async run(command) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await command();
      } catch (error) {
        if (attempt > 20 || !/alert|prompt|dialog/i.test(String(error?.message))) throw error;
        await this.readDialogs();
      }
    }
  }

  /** Reports what happened since the last step: dialogs, console, violations, requests. */
  async settle() {
    if (!this.javaScriptEnabled) return;
    const seen = await this.run(() =>
      this.session.execute(() => ({
        events: window.__relaisRecorder ? window.__relaisRecorder.splice(0) : null,
        requests: performance.getEntriesByType('resource').map((entry) => entry.name),
      })),
    );
    this.readRecorder(seen.events);
    for (const url of seen.requests) {
      if (this.requestsSeen.has(url) || url.endsWith(RECORDER_PATH)) continue;
      this.requestsSeen.add(url);
      this.emit('request', { url: () => url });
    }
  }

  async readDialogs() {
    for (;;) {
      let message;
      try {
        message = await this.session.getAlertText();
      } catch {
        return;
      }
      await this.session.dismissAlert().catch(() => {});
      this.emit('dialog', { message: () => message, dismiss: async () => {} });
    }
  }

  /** What the recorder kept since the last step; a page without it cannot be watched. */
  readRecorder(events) {
    if (events === null) {
      const watched = ['console', 'pageerror'].some((event) => this.listeners.has(event));
      if (watched) {
        throw new Error(
          'WebKit: this page does not load the console recorder (pages from startOrigins do)',
        );
      }
      return;
    }
    for (const { kind, type, text } of events) {
      if (kind === 'pageerror') this.emit('pageerror', new Error(text));
      if (kind === 'console') this.emit('console', { type: () => type, text: () => text });
      // MiniBrowser asks for /favicon.ico on its own, and WebKit checks that request against
      // the page's policy (Chromium's browser process fetches it outside the page): not the
      // page's doing, nor ours.
      if (kind === 'violation' && !text.endsWith('/favicon.ico')) this.violations.push(text);
    }
  }
}
