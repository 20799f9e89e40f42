// What every end-to-end test shares: the element list the bundle is built from, a "CDN"
// origin serving packages/embed/dist, a page origin serving pages written for the test, the
// machine's browser, and readings of what a visitor sees. The engine is Chromium (Playwright),
// Firefox ESR with `RELAIS_E2E_ENGINE=firefox` (./firefox.mjs), or WebKitGTK with
// `RELAIS_E2E_ENGINE=webkit` (./webkit.mjs). `npm test` runs these tests in all three, and
// the findings site's pages (apps/site/e2e/pages.test.mjs) too.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, ENGINES, findChrome } from '../../../scripts/browsers.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { ELEMENTS, VERSION } from '../../../packages/embed/scripts/bundle.mjs';
import { launchFirefox } from './firefox.mjs';
import { RECORDER, RECORDER_PATH, launchWebKit } from './webkit.mjs';

/** The engine these tests run in: `chromium` (the default), `firefox` or `webkit`. */
export const ENGINE = process.env.RELAIS_E2E_ENGINE ?? 'chromium';
if (!ENGINES.includes(ENGINE)) {
  throw new Error(`RELAIS_E2E_ENGINE=${ENGINE}: ${ENGINES.join(', ')}`);
}

/**
 * For `test(name, { skip: skipIn({ webkit: 'why' }) }, fn)`: a test that needs what an
 * engine's automation lacks is skipped there, by name, with the reason in the report.
 */
export function skipIn(reasons) {
  const reason = reasons[ENGINE];
  return reason ? `not in ${ENGINE}: ${reason}` : false;
}

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEMO_DIR = join(ROOT, 'apps/partner-demo');
export const DIST = join(ROOT, 'packages/embed/dist');

/**
 * The elements relais.js holds, read by the bundle's own build from
 * packages/embed/src/elements.json (one entry each): { package, tag, samples (attribute sets;
 * the first is the documented snippet), fallback, reserve, name (dist/elements/<name>.js) }.
 */
export { ELEMENTS, VERSION };

/** Where the test CDN also serves dist/: the path jsDelivr serves `@relais/embed@1` at. */
export const CDN_DIST_PATH = '/npm/@relais/embed@1/dist/';

/**
 * The Content-Security-Policy packages/embed/README.md advises, for the folder the script
 * comes from (`https://cdn.jsdelivr.net/npm/@relais/embed@1/dist/`): scoped to that path,
 * so that injected markup cannot load any other package or file from the same CDN.
 */
export function partnerCsp(scriptFolder) {
  return [
    "default-src 'none'",
    `script-src ${scriptFolder}`,
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    // Lit creates one Trusted Types policy named lit-html per copy of Lit: a page that may
    // load relais.js twice (a theme and a plugin) needs 'allow-duplicates'.
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
}

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** `<tag attr="…"><p>fallback</p></tag>`, every value escaped as a partner's CMS would. */
export function elementHtml(element, attributes = element.samples[0], fallback = element.fallback) {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${element.tag}${attrs}><p>${escapeHtml(fallback)}</p></${element.tag}>`;
}

/** A whole page: stylesheets from the page's own origin, module scripts from anywhere. */
export function pageHtml({ title, styles = [], scripts = [], body }) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body>
${body}
</body>
</html>`;
}

/** Every sample of every element, as a partner writes it, with its fallback text. */
export const allSamplesHtml = (wrap = (html) => html) =>
  ELEMENTS.flatMap((element) =>
    element.samples.map((attributes) => wrap(elementHtml(element, attributes))),
  ).join('\n');

/**
 * Starts the two origins. `pages` maps a file name of the page origin to its content;
 * `csp(pathname, cdnOrigin)` may return a Content-Security-Policy for a page. The CDN
 * serves dist/ at /, again at /copy/ (the same file from another URL), and at /other/ a
 * copy whose every version string differs (another release on the same page). `served`
 * lists every URL the two origins were asked for.
 */
export async function startOrigins({ pages = () => ({}), csp = () => undefined } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'relais-e2e-'));
  const other = join(work, 'other');
  mkdirSync(other);
  const relais = readFileSync(join(DIST, 'relais.js'), 'utf8');
  writeFileSync(join(other, 'relais.js'), relais.replace(/"(\d+\.\d+\.\d+)"/g, '"$1-other"'));
  const recorder = join(work, 'e2e');
  mkdirSync(recorder);
  writeFileSync(join(recorder, 'recorder.js'), RECORDER);
  const cdn = await startStaticServer({
    mounts: {
      '/': DIST,
      [CDN_DIST_PATH]: DIST,
      '/copy/': DIST,
      '/other/': other,
      [RECORDER_PATH.replace(/[^/]+$/, '')]: recorder,
    },
    // A module script from another origin loads only with CORS, as jsDelivr and unpkg send.
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  const site = join(work, 'site');
  mkdirSync(site);
  copyFileSync(join(DIST, 'relais.css'), join(site, 'relais.css'));
  for (const [name, content] of Object.entries(pages(cdn.origin))) {
    // In WebKit, the console recorder comes first, from the origin the page's policy allows.
    const recorded =
      ENGINE === 'webkit' && name.endsWith('.html')
        ? content.replace('<head>', `<head>\n<script src="${cdn.origin}${RECORDER_PATH}"></script>`)
        : content;
    writeFileSync(join(site, name), recorded);
  }
  const page = await startStaticServer({
    mounts: { '/': site },
    headers: (pathname) => {
      const policy = csp(pathname, cdn.origin);
      return policy ? { 'content-security-policy': policy } : {};
    },
  });
  // Every URL either origin was asked for, whatever the engine lets a test observe.
  const served = [];
  for (const { server, origin } of [cdn, page]) {
    server.on('request', (request) => served.push(`${origin}${request.url}`));
  }
  return {
    cdn: cdn.origin,
    site: page.origin,
    served,
    async close() {
      await Promise.all([cdn.server, page.server].map((s) => new Promise((r) => s.close(r))));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** The machine's Chromium, offline, its Firefox ESR or its WebKitGTK: this run's engine unless named. */
export function launch(engine = ENGINE) {
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome or Chromium found: set CHROME_PATH.');
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}

/** axe-core's violations on the page (`{ id, nodes: [{ target }] }`), in any engine. */
export async function axeViolations(page) {
  if (ENGINE !== 'chromium') return page.axe();
  return (await new AxeBuilder({ page }).analyze()).violations;
}

/**
 * Records what would go wrong on a visitor's screen or console: uncaught errors, console
 * errors and warnings, Content-Security-Policy violations, dialogs (alert()), and every
 * request the page makes. Call before `page.goto`.
 */
export async function watch(page) {
  const seen = { errors: [], consoleErrors: [], warnings: [], dialogs: [], requests: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  if (ENGINE === 'webkit') {
    // The recorder that startOrigins puts first on each page has listened since it loaded.
    seen.violations = async () => {
      await page.settle();
      return [...page.violations];
    };
    return seen;
  }
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  seen.violations = () => page.evaluate(() => window.__violations);
  return seen;
}

/** Waits until every element tag of the list is defined on the page. */
export function whenDefined(page, elements = ELEMENTS) {
  return page.evaluate(
    (tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
    elements.map((element) => element.tag),
  );
}

/**
 * What a visitor sees of each Relais element on the page, in document order: its tag, its
 * visible text (shadow DOM included, whitespace collapsed), its box, and whether it is defined.
 */
export function readElements(page, elements = ELEMENTS) {
  return page.evaluate(
    async (tags) => {
      // Lit renders in a microtask after upgrade; let every pending update land. Only when
      // there is one: with JavaScript off, Firefox runs no promise job, and an await there
      // never ends (a pre-rendered element is never upgraded, so it has none).
      const updates = [...document.querySelectorAll(tags.join(','))]
        .map((el) => el.updateComplete)
        .filter(Boolean);
      if (updates.length) await Promise.all(updates);
      const textOf = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.data;
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
          return '';
        if (node instanceof HTMLElement && node.localName !== 'slot') {
          const style = getComputedStyle(node);
          if (style.display === 'none' || style.visibility === 'hidden') return '';
        }
        if (node.localName === 'slot')
          return node.assignedNodes({ flatten: true }).map(textOf).join(' ');
        const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
        return [...children].map(textOf).join(' ');
      };
      return [...document.querySelectorAll(tags.join(','))].map((el) => {
        const box = el.getBoundingClientRect();
        return {
          tag: el.localName,
          defined: el.matches(':defined'),
          text: textOf(el).replace(/\s+/g, ' ').trim(),
          width: Math.round(box.width * 10) / 10,
          height: Math.round(box.height * 10) / 10,
        };
      });
    },
    elements.map((element) => element.tag),
  );
}
