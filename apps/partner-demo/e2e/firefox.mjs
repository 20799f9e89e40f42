// Firefox ESR for the end-to-end tests. Playwright drives only its own build of Firefox, which
// cannot be downloaded here, so this drives the machine's Firefox with puppeteer-core over
// WebDriver BiDi, and offers the part of Playwright's Browser, BrowserContext and Page API
// that the tests use, so that the same test files run in every engine. Where they differ:
// - JavaScript off and a dark system are Firefox preferences, not BiDi commands (puppeteer's
//   setJavaScriptEnabled and emulateMediaFeatures need CDP, which Firefox no longer has), so
//   a context with either opens in a Firefox of its own, started with those preferences;
// - in a page whose JavaScript is off, Firefox runs no promise job, not even for a script
//   the driver runs: an evaluate that awaits there never ends, and fails after STEP_TIMEOUT
//   saying so (harness.mjs `readElements` awaits only what there is);
// - console messages carry Playwright's type names (`warning`, where puppeteer says `warn`);
// - Firefox reports its own refusals (Content-Security-Policy, Subresource Integrity) as
//   script errors, which puppeteer passes on as `pageerror`; Chromium logs them to the
//   console, and a `pageerror` in the tests means a script threw, so they arrive here as
//   console errors (REFUSAL, below);
// - Firefox asks for /favicon.ico on its own, on behalf of the page, so a page whose policy
//   refuses images would report that refusal (a `pageerror` and a securitypolicyviolation
//   event) as if it were the page's doing: it is started with site icons off (Chromium's
//   browser process fetches the icon outside the page; webkit.mjs leaves out its equivalent).
import puppeteer from 'puppeteer-core';
import { findFirefox } from '../../../scripts/browsers.mjs';
import { axeSource, axeViolationsInPage } from './axe-in-page.mjs';
import { getByText } from './text-in-page.mjs';

const STEP_TIMEOUT = 30_000;
/** Playwright's viewport when a context names none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };
/** Playwright's console message types, where puppeteer's differ. */
const CONSOLE_TYPES = { warn: 'warning', verbose: 'debug' };
/** `layout.css.prefers-color-scheme.content-override`: what pages see as the system's scheme. */
const COLOR_SCHEMES = { dark: 0, light: 1 };
/**
 * Firefox's own refusals, by their words: the page's Content-Security-Policy, or a file that
 * does not match its Subresource Integrity hash. Only when no script's frame is in the
 * stack: an error a script throws, whatever its words, stays a `pageerror`.
 */
const REFUSAL = /^Content-Security-Policy: |\bintegrity\b/i;
const isRefusal = (error) => REFUSAL.test(error.message) && !/\n\s+at /.test(error.stack ?? '');
/** Preferences of every Firefox started here: no icon asked for on the page's behalf. */
const PREFS = { 'browser.chrome.site_icons': false };

/**
 * Resolves to a Playwright-like Browser. Each set of preferences (JavaScript on or off,
 * light or dark) is a Firefox of its own, started the first time a context asks for it;
 * contexts are BiDi user contexts (separate cookies and storage) inside it.
 */
export async function launchFirefox() {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: set FIREFOX_PATH.');
  /** Started (or starting) browsers, by their preferences. */
  const browsers = new Map();

  function browserWith(prefs) {
    const key = JSON.stringify(prefs);
    if (!browsers.has(key)) {
      browsers.set(
        key,
        puppeteer.launch({
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath,
          headless: true,
          defaultViewport: null,
          extraPrefsFirefox: { ...PREFS, ...prefs },
        }),
      );
    }
    return browsers.get(key);
  }

  async function newContext({ javaScriptEnabled = true, viewport, colorScheme = 'light' } = {}) {
    if (!(colorScheme in COLOR_SCHEMES)) {
      throw new Error(`Firefox: colorScheme ${colorScheme} (light or dark)`);
    }
    const browser = await browserWith({
      'javascript.enabled': javaScriptEnabled,
      'layout.css.prefers-color-scheme.content-override': COLOR_SCHEMES[colorScheme],
    });
    const context = await browser.createBrowserContext();
    return {
      async newPage() {
        const page = await context.newPage();
        await page.setViewport(viewport ?? DEFAULT_VIEWPORT);
        return new FirefoxPage(page, javaScriptEnabled);
      },
      close: () => context.close(),
    };
  }

  // The first browser starts now, so that a missing or broken Firefox fails in `before`.
  await browserWith({
    'javascript.enabled': true,
    'layout.css.prefers-color-scheme.content-override': COLOR_SCHEMES.light,
  });
  return {
    newContext,
    async newPage(options) {
      return (await newContext(options)).newPage();
    },
    async close() {
      const started = await Promise.allSettled(browsers.values());
      browsers.clear();
      await Promise.all(
        started.map((result) => result.value?.close().catch(() => result.value.process()?.kill())),
      );
    },
  };
}

class FirefoxPage {
  constructor(page, javaScriptEnabled) {
    this.page = page;
    this.javaScriptEnabled = javaScriptEnabled;
  }

  on(event, listener) {
    if (event === 'pageerror') {
      this.page.on('pageerror', (error) => isRefusal(error) || listener(error));
    } else if (event === 'console') {
      this.page.on('console', (message) =>
        listener({
          type: () => CONSOLE_TYPES[message.type()] ?? message.type(),
          text: () => message.text(),
        }),
      );
      this.page.on(
        'pageerror',
        (error) => isRefusal(error) && listener({ type: () => 'error', text: () => error.message }),
      );
    } else {
      this.page.on(event, listener);
    }
  }

  goto(url) {
    return this.page.goto(url);
  }

  /** Runs `fn(arg)` in the page, as Playwright's page.evaluate does (promises awaited). */
  async evaluate(fn, arg) {
    const result = this.page.evaluate(fn, arg);
    if (this.javaScriptEnabled) return result;
    let timer;
    const stuck = new Promise((resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              'page.evaluate: no answer; with JavaScript off, Firefox runs no promise job, so the function must not await',
            ),
          ),
        STEP_TIMEOUT,
      );
    });
    try {
      return await Promise.race([result, stuck]);
    } finally {
      clearTimeout(timer);
    }
  }

  async waitForFunction(fn, arg, { timeout = STEP_TIMEOUT } = {}) {
    await this.page.waitForFunction(fn, { timeout, polling: 50 }, arg);
  }

  waitForTimeout(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  async waitForLoadState() {
    if (!this.javaScriptEnabled) return;
    await this.waitForFunction(() => document.readyState === 'complete');
  }

  /** A script that runs in every document of the page before the page's own (a BiDi preload script). */
  async addInitScript(fn, arg) {
    await this.page.evaluateOnNewDocument(fn, arg);
  }

  setViewportSize(viewport) {
    return this.page.setViewport(viewport);
  }

  /** Elements whose own text holds `text`, as Playwright's getByText finds them. */
  getByText(text) {
    return getByText(this, text);
  }

  /** axe-core's violations on the page, as @axe-core/playwright reports them. */
  async axe() {
    // `true` last: the script's completion value comes back, and axe's object need not.
    await this.page.evaluate(`${axeSource()}\n;true`);
    return this.page.evaluate(axeViolationsInPage);
  }

  close() {
    return this.page.close();
  }
}
