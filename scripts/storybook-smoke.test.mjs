// The catalogue as its readers meet it: the static Storybook build, served on 127.0.0.1,
// every story and every docs page of its index.json opened in Chromium in French and
// English, light and dark. A page fails on an uncaught error, a console error, a failed or
// off-site request, a story that errors, or an axe violation (WCAG 2.2 A and AA, shadow
// roots included). One browser; a few pages in parallel, each in a context that is reused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { typographyProblems } from './french-typography.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = new URL('../', import.meta.url);
const STATIC_DIR = new URL('storybook-static/', ROOT);
const READERS = ['fr', 'en'].flatMap((locale) =>
  ['light', 'dark'].map((theme) => ({ locale, theme })),
);
const PARALLEL = 4;
/** Preview events that mean a story did not render. */
const FAILURES = ['storyErrored', 'storyThrewException', 'storyMissing'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Turbo rebuilds the catalogue only when its inputs changed (`npm test` has just built it).
execSync('npx turbo run build-storybook --output-logs=errors-only', {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
});
const index = JSON.parse(await readFile(new URL('index.json', STATIC_DIR), 'utf8'));

/**
 * Every attribute a partner may write, by tag, from each package's custom-elements.json
 * (plus `lang`, which every element reads): a snippet with any other would be copied broken.
 */
const KNOWN_ATTRIBUTES = new Map();
for (const name of ['key-figure', 'quote-card', 'interviewee-list']) {
  const manifest = JSON.parse(
    await readFile(new URL(`packages/${name}/custom-elements.json`, ROOT), 'utf8'),
  );
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const attributes = (declaration.attributes ?? []).map((attribute) => attribute.name);
    KNOWN_ATTRIBUTES.set(declaration.tagName, new Set(['lang', ...attributes]));
  }
}

/** The attributes of every Relais element in `markup` that its manifest does not know. */
function unknownAttributes(markup) {
  const unknown = [];
  for (const [, tag, attributes] of markup.matchAll(/<(relais-[a-z-]+)([^>]*)>/g)) {
    const known = KNOWN_ATTRIBUTES.get(tag);
    for (const [, name] of attributes.matchAll(/([a-z][a-z-]*)(?:="[^"]*")?/g)) {
      if (!known?.has(name)) unknown.push(`<${tag}> ${name}`);
    }
  }
  return unknown;
}
const entries = Object.values(index.entries);

/** Runs in the page before Storybook: records what its preview channel says. */
function listenToStorybook() {
  const events = [];
  window.__smokeEvents = events;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of [
        'storyRendered',
        'docsRendered',
        'storyErrored',
        'storyThrewException',
        'storyMissing',
      ]) {
        value.on(name, (payload) => events.push({ name, payload: JSON.stringify(payload ?? '') }));
      }
    },
  });
}

/** Waits for every Relais element and the snippet panel, in every shadow root, to render. */
async function settle(page) {
  await page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('relais-') || element.localName === 'catalogue-snippet') {
          all.push(element);
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(all.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

let browser;
let server;
let origin;
const pool = [];
const waiting = [];

/** A page of the pool: its own context, reused from visit to visit. */
async function withPage(run) {
  const slot = pool.pop() ?? (await new Promise((resolve) => waiting.push(resolve)));
  try {
    return await run(slot);
  } finally {
    const next = waiting.shift();
    if (next) next(slot);
    else pool.push(slot);
  }
}

async function openSlot() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  // Nothing may leave the machine: any request off this origin is refused and reported.
  const slot = { context, problems: [] };
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      slot.problems.push(`off-site request: ${route.request().url()}`);
      return route.abort();
    },
  );
  await context.addInitScript(listenToStorybook);
  const page = await context.newPage();
  page.on('pageerror', (error) => slot.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') slot.problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    slot.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      slot.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  slot.page = page;
  return slot;
}

/** Waits for the preview to say the entry rendered (or failed); reports a failure. */
async function rendered(slot, entry) {
  const done = entry.type === 'docs' ? 'docsRendered' : 'storyRendered';
  await slot.page.waitForFunction(
    ([done, failures]) =>
      window.__smokeEvents.some((event) => event.name === done || failures.includes(event.name)),
    [done, FAILURES],
    { timeout: 30_000 },
  );
  const events = await slot.page.evaluate(() => window.__smokeEvents.splice(0));
  for (const event of events.filter((event) => FAILURES.includes(event.name))) {
    slot.problems.push(`${event.name}: ${event.payload.slice(0, 300)}`);
  }
}

/** Axe on the whole page, shadow roots included: WCAG 2.2 A and AA rules only. */
async function checkAxe(slot) {
  const { violations } = await new AxeBuilder({ page: slot.page })
    // One axe.run in the page: the default mode opens a new page for every check.
    .setLegacyMode(true)
    .options({ runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] })
    .analyze();
  for (const violation of violations) {
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' > '));
    slot.problems.push(
      `axe ${violation.id} (${violation.nodes.length}): ${violation.help} — ${targets.join('; ')}`,
    );
  }
}

/**
 * Opens one entry, then shows it to each reader in turn as the toolbar does (the manager
 * sends `updateGlobals` to the preview), checking the page each time. The a11y panel's own
 * axe run is switched off (`a11y.manual`): this test runs axe itself.
 */
async function visit(slot, entry) {
  const { page } = slot;
  const problems = [];
  for (const [i, { locale, theme }] of READERS.entries()) {
    slot.problems = [];
    if (i === 0) {
      await page.goto(
        `${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type}` +
          `&globals=locale:${locale};theme:${theme};a11y.manual:!true`,
      );
    } else {
      await page.evaluate(
        (globals) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals }),
        { locale, theme },
      );
    }
    await rendered(slot, entry);
    await settle(page);
    // Each element speaks the toolbar's language and theme: its nearest `lang` is the reader
    // wrapper's, or one a story sets inside it on purpose (French and English side by side);
    // never Storybook's own `lang="en"` around a docs story.
    const wrongReader = await page.evaluate(
      ({ locale, theme }) => {
        const wrong = [];
        for (const reader of document.querySelectorAll('.reader')) {
          if (reader.lang !== locale || reader.dataset.relaisTheme !== theme) {
            wrong.push(`lang="${reader.lang}" data-relais-theme="${reader.dataset.relaisTheme}"`);
          }
        }
        for (const element of document.querySelectorAll(
          '[class*="docs-story"] *, #storybook-root *',
        )) {
          if (!element.localName.startsWith('relais-')) continue;
          const nearest = element.closest('[lang]');
          if (!nearest?.closest('.reader')) {
            wrong.push(
              `<${element.localName}> under lang="${nearest?.lang ?? ''}", outside the reader`,
            );
          }
        }
        return wrong;
      },
      { locale, theme },
    );
    for (const wrong of wrongReader) slot.problems.push(`a story is shown to ${wrong}`);
    // What the catalogue gives to copy names only attributes the element has.
    const snippets = await page.evaluate(() =>
      [...document.querySelectorAll('catalogue-snippet')].map((panel) => panel.scriptTag),
    );
    for (const attribute of snippets.flatMap(unknownAttributes)) {
      slot.problems.push(`the snippet to copy writes an attribute the element lacks: ${attribute}`);
    }
    // What a partner copies is French as it is printed: in French every rule, in English the
    // guillemets of a quote kept in its original words.
    for (const snippet of snippets) {
      for (const problem of typographyProblems(snippet, { french: locale === 'fr' })) {
        slot.problems.push(`the snippet to copy wants ${problem.wants}: ${problem.excerpt}`);
      }
    }
    const lits = await page.evaluate(() => window.litHtmlVersions ?? []);
    if (lits.length > 1) slot.problems.push(`${lits.length} copies of Lit: ${lits.join(', ')}`);
    await checkAxe(slot);
    problems.push(...slot.problems.map((problem) => `[${locale}, ${theme}] ${problem}`));
  }
  return problems;
}

describe('the catalogue, every entry of index.json', { concurrency: PARALLEL }, () => {
  before(async () => {
    const executablePath = findChrome();
    assert.ok(executablePath, 'no Chrome or Chromium on this machine (see scripts/chrome.mjs)');
    ({ server, origin } = await startStaticServer({
      mounts: { '/': STATIC_DIR.pathname },
      // Cached between visits, as a browser would: each visit is one story, not one download.
      headers: () => ({ 'cache-control': 'max-age=600' }),
    }));
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
    for (let i = 0; i < PARALLEL; i += 1) pool.push(await openSlot());
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('index.json lists the Findings, the guides and every element', () => {
    const titles = new Set(entries.map((entry) => entry.title.split('/')[0]));
    for (const section of ['Findings', 'Guides', 'Elements'])
      assert.ok(titles.has(section), section);
  });

  for (const entry of entries) {
    test(`${entry.type} ${entry.id}`, async () => {
      const problems = await withPage((slot) => visit(slot, entry));
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }

  test('the copy button copies the snippet and says so to a screen reader', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(
      `${origin}/iframe.html?id=findings--eloignes-du-numerique&viewMode=story&globals=locale:fr;theme:light`,
    );
    const panel = page.locator('catalogue-snippet');
    const button = panel.getByRole('button', { name: 'Copier' }).first();
    await button.click();
    await assert.doesNotReject(
      panel.getByRole('status').filter({ hasText: 'code copié dans le presse-papiers' }).waitFor(),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(
      copied,
      /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@relais\/embed@\d+\/dist\/relais\.js"><\/script>/,
    );
    assert.match(
      copied,
      /<relais-key-figure figure="eloignes-du-numerique">\n {2}<p>13\u00a0millions de Français/,
    );
    await context.close();
  });

  test('a finding offers « le lien à coller » and its share image, in the reader’s language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cases = [
      ['fr', 'Le lien à coller', 'L’image à partager'],
      ['en', 'The link to paste', 'The image to share'],
    ];
    for (const [locale, heading, image] of cases) {
      await page.goto(
        `${origin}/iframe.html?id=findings--jean-deydier&viewMode=story&globals=locale:${locale};theme:light`,
      );
      const panel = page.locator('catalogue-snippet');
      await panel.getByRole('heading', { name: heading }).waitFor();
      assert.equal(
        (await panel.locator('pre').nth(2).innerText()).trim(),
        `http://127.0.0.1:8090/${locale}/jean-deydier/`,
      );
      const link = panel.getByRole('link', { name: new RegExp(`^${image}`) });
      assert.equal(
        await link.getAttribute('href'),
        `http://127.0.0.1:8090/${locale}/jean-deydier/share.png`,
      );
    }
    await context.close();
  });
});
