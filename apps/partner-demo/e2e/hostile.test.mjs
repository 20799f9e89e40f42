// A partner's page at its worst: a theme's aggressive global CSS, the README's strict
// Content-Security-Policy (scoped to the CDN folder of @relais/embed@1) sent as a header,
// relais.js included twice and a second copy from another URL of that folder, an element
// whose id is "relais". Every element must read and measure as it does on a plain page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  CDN_DIST_PATH,
  ELEMENTS,
  VERSION,
  allSamplesHtml,
  elementHtml,
  launch,
  pageHtml,
  partnerCsp,
  readElements,
  startOrigins,
  watch,
  whenDefined,
} from './harness.mjs';

// The CSS real themes ship, aimed at everything (html, *, div) the elements could be hit by.
// A theme at war with every default. The box of an element is the page's (its margin, its
// width in a flex row): this theme's flex containers are columns, as Elementor's are, and it
// sets the figures' margin as it does its own blocks'. Everything else reaches the element
// only by inheritance, which must change nothing a reader sees.
const HOSTILE_CSS = `html { font-size: 62.5%; }
body { font-size: 1.6rem; }
* { color: red !important; line-height: 3; margin: 3em; box-sizing: content-box; }
div { display: flex; flex-direction: column; }
relais-key-figure, relais-quote-card, relais-interviewee-list { margin: 0; }
p { font-size: 2rem; letter-spacing: 0.2em; text-transform: uppercase; }
a { text-decoration: line-through; }
`;
// Each element sits in a column of a fixed width, as in a theme's sidebar.
const LAYOUT_CSS = `.column { width: 320px; }`;
const body = allSamplesHtml((html) => `<div class="column">${html}</div>`);

let origins;
let browser;
before(async () => {
  origins = await startOrigins({
    pages: (cdn) => ({
      'hostile.css': HOSTILE_CSS,
      'layout.css': LAYOUT_CSS,
      'plain.html': pageHtml({
        title: 'Plain page',
        styles: ['relais.css', 'layout.css'],
        scripts: [`${cdn}/relais.js`],
        body,
      }),
      'hostile.html': pageHtml({
        title: 'Hostile page',
        styles: ['relais.css', 'layout.css', 'hostile.css'],
        // The folder's relais.js twice, then the same file at another URL (a plugin that
        // adds a query string): a second module, with its own copy of Lit.
        scripts: [
          `${cdn}${CDN_DIST_PATH}relais.js`,
          `${cdn}${CDN_DIST_PATH}relais.js`,
          `${cdn}${CDN_DIST_PATH}relais.js?plugin=2`,
        ],
        // A theme's wrapper named like the word: Relais must not take it, nor hide it.
        body: `<nav id="relais" aria-label="Relais"><a href="#top">Relais</a></nav>\n${body}`,
      }),
      'elsewhere.html': pageHtml({
        title: 'Injected script from elsewhere on the CDN',
        styles: ['relais.css'],
        // The advised folder, then markup injected into the page that loads another file
        // of the same CDN origin, outside that folder: the policy must refuse it.
        scripts: [`${cdn}${CDN_DIST_PATH}relais.js`, `${cdn}/copy/relais.js`],
        body,
      }),
      'two-versions.html': pageHtml({
        title: 'Two versions',
        styles: ['relais.css'],
        scripts: [`${cdn}/relais.js`, `${cdn}/other/relais.js`],
        body,
      }),
      ...Object.fromEntries(
        ELEMENTS.map((element) => [
          `only-${element.name}.html`,
          pageHtml({
            title: `Only ${element.tag}`,
            styles: ['relais.css', 'layout.css'],
            scripts: [`${cdn}/elements/${element.name}.js`],
            body: ELEMENTS.map((other) => `<div class="column">${elementHtml(other)}</div>`).join(
              '\n',
            ),
          }),
        ]),
      ),
      'strict.html': pageHtml({
        title: 'Strictest policy, one copy',
        styles: ['relais.css'],
        scripts: [`${cdn}${CDN_DIST_PATH}relais.js`],
        body,
      }),
    }),
    csp: (pathname, cdn) => {
      // The README's policy, with the test CDN's origin for jsDelivr's.
      if (pathname === '/hostile.html' || pathname === '/elsewhere.html')
        return partnerCsp(`${cdn}${CDN_DIST_PATH}`);
      // The policy as a strict partner may narrow it, with no 'allow-duplicates'.
      if (pathname === '/strict.html')
        return partnerCsp(`${cdn}${CDN_DIST_PATH}`).replace(" 'allow-duplicates'", '');
      return undefined;
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await origins?.close();
});

/** Opens `path` and waits for `elements` to be defined (a page with one element's own file defines that one alone). */
async function visit(path, defined = ELEMENTS) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(`${origins.site}${path}`);
  await whenDefined(page, defined);
  const elements = await readElements(page);
  const violations = await seen.violations();
  const version = await page.evaluate(() => window[Symbol.for('relais')]?.version);
  await context.close();
  return { seen, elements, violations, version };
}

test('on a hostile page every element reads and measures as on a plain page', async () => {
  const plain = await visit('/plain.html');
  const hostile = await visit('/hostile.html');
  assert.equal(plain.elements.length, ELEMENTS.flatMap((element) => element.samples).length);
  for (const element of plain.elements) {
    assert.ok(element.defined, `${element.tag} is defined`);
    assert.ok(element.text.length > 0, `${element.tag} shows text`);
    assert.ok(element.height > 0, `${element.tag} has a height`);
  }
  assert.deepEqual(hostile.elements, plain.elements);
});

test('the hostile page has no uncaught error, console error or CSP violation', async () => {
  const { seen, violations } = await visit('/hostile.html');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(violations, []);
  // Same version twice is silent, and Lit runs its production build (no dev-mode warning).
  assert.deepEqual(seen.warnings, []);
});

test('relais.js makes no request of its own', async () => {
  const { seen } = await visit('/hostile.html');
  const own = seen.requests.filter(
    (url) =>
      !url.startsWith(`${origins.site}/`) &&
      !url.startsWith(`${origins.cdn}${CDN_DIST_PATH}relais.js`),
  );
  assert.deepEqual(own, []);
});

test('the version is readable at run time', async () => {
  const { version } = await visit('/plain.html');
  assert.equal(version, VERSION);
});

test('an element with id="relais" on the page does not hide the version', async () => {
  const { version } = await visit('/hostile.html');
  assert.equal(version, VERSION);
});

test('the advised policy refuses a script from elsewhere on the same CDN', async () => {
  const { seen, violations, elements } = await visit('/elsewhere.html');
  const elsewhere = `${origins.cdn}/copy/relais.js`;
  // What was refused, not how many reports said so: WebKit may report one blocked script
  // twice (it did, once: 2 !== 1), Chromium once. Each is `directive blockedURI`.
  assert.deepEqual(
    [...new Set(violations.map((violation) => violation.split(' ').at(-1)))],
    [elsewhere],
    `the one script refused is ${elsewhere}: ${violations}`,
  );
  assert.ok(
    violations.every((violation) => /^script-src(-elem)? /.test(violation)),
    `refused by script-src: ${violations}`,
  );
  // Refused before it was asked for: the CDN never served it, so none of it ran.
  assert.deepEqual(
    origins.served.filter((url) => url.startsWith(elsewhere)),
    [],
  );
  assert.deepEqual(seen.errors, []);
  assert.ok(elements.every((element) => element.defined && element.text.length > 0));
});

test('under the strictest policy, one copy of relais.js runs with no violation', async () => {
  const { seen, violations, elements } = await visit('/strict.html');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(violations, []);
  assert.ok(elements.every((element) => element.defined && element.text.length > 0));
});

test('two versions on one page: the first wins, one warning names the tags kept, nothing throws', async () => {
  const plain = await visit('/plain.html');
  const { seen, elements, version } = await visit('/two-versions.html');
  assert.deepEqual(seen.errors, []);
  assert.equal(version, VERSION);
  // One clash, one warning, naming every tag kept.
  const clashes = seen.warnings.filter((text) => text.includes(`${VERSION}-other`));
  assert.equal(clashes.length, 1, `one warning for the clash: ${clashes.join(' | ')}`);
  assert.match(clashes[0], new RegExp(`Relais ${VERSION} .*Relais ${VERSION}-other`));
  for (const element of ELEMENTS) assert.ok(clashes[0].includes(`<${element.tag}>`), element.tag);
  assert.deepEqual(
    elements.map((element) => element.text),
    plain.elements.map((element) => element.text),
  );
});

test("each element's own file defines that element alone, as relais.js does", async () => {
  const plain = await visit('/plain.html');
  for (const element of ELEMENTS) {
    const { seen, elements } = await visit(`/only-${element.name}.html`, [element]);
    assert.deepEqual(seen.errors, []);
    const shown = elements.find((read) => read.tag === element.tag);
    assert.ok(shown?.defined, `${element.tag} is defined by elements/${element.name}.js`);
    assert.equal(shown.text, plain.elements.find((read) => read.tag === element.tag).text);
    for (const other of elements.filter((read) => read.tag !== element.tag)) {
      assert.equal(other.defined, false, `${other.tag} is not in elements/${element.name}.js`);
    }
  }
});
