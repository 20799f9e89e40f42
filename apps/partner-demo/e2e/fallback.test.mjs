// When relais.js never runs (JavaScript disabled, the script missing, or refused because it
// does not match its Subresource Integrity hash), the light-DOM fallback of the documented
// snippet is what the visitor reads.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  DIST,
  ELEMENTS,
  allSamplesHtml,
  launch,
  pageHtml,
  readElements,
  skipIn,
  startOrigins,
} from './harness.mjs';

const body = allSamplesHtml();
// Subresource Integrity as the README shows it, for the file the CDN serves.
const integrity = `sha384-${createHash('sha384')
  .update(readFileSync(join(DIST, 'relais.js')))
  .digest('base64')}`;
const pinned = (cdn, hash) =>
  `<script type="module" src="${cdn}/relais.js" integrity="${hash}" crossorigin="anonymous"></script>`;
const SAMPLES = ELEMENTS.flatMap((element) => element.samples.map(() => element));
let origins;
let browser;
before(async () => {
  origins = await startOrigins({
    pages: (cdn) => ({
      'with-script.html': pageHtml({
        title: 'With script',
        styles: ['relais.css'],
        scripts: [`${cdn}/relais.js`],
        body,
      }),
      'sri.html': pageHtml({
        title: 'Pinned with integrity',
        styles: ['relais.css'],
        body: `${pinned(cdn, integrity)}\n${body}`,
      }),
      'sri-tampered.html': pageHtml({
        title: 'Integrity mismatch',
        styles: ['relais.css'],
        body: `${pinned(cdn, `sha384-${'A'.repeat(64)}`)}\n${body}`,
      }),
      'missing-script.html': pageHtml({
        title: 'Script missing',
        styles: ['relais.css'],
        scripts: [`${cdn}/missing/relais.js`],
        body,
      }),
    }),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await origins?.close();
});

async function assertFallbackShown(page) {
  const elements = await readElements(page);
  assert.equal(elements.length, SAMPLES.length);
  elements.forEach((element, index) => {
    assert.equal(element.defined, false, `${element.tag} is not defined`);
    assert.equal(element.text, SAMPLES[index].fallback);
    assert.ok(element.height > 0, `${element.tag} takes room`);
  });
  for (const element of ELEMENTS) {
    const fallbacks = page.getByText(element.fallback);
    for (const fallback of await fallbacks.all()) {
      assert.ok(await fallback.isVisible(), `${element.tag} fallback visible`);
    }
  }
}

test('with JavaScript disabled, the fallback text is visible', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origins.site}/with-script.html`);
  await assertFallbackShown(page);
  await context.close();
});

test('with the script missing (404), the fallback text is visible', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origins.site}/missing-script.html`);
  const script = `${origins.cdn}/missing/relais.js`;
  assert.ok(origins.served.includes(script), 'the page asked for the script');
  assert.equal((await fetch(script)).status, 404);
  await assertFallbackShown(page);
  await context.close();
});

test('with the script, the element replaces its fallback', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origins.site}/with-script.html`);
  await page.evaluate(() => customElements.whenDefined(document.body.firstElementChild.localName));
  const elements = await readElements(page);
  elements.forEach((element) => {
    assert.ok(element.defined, `${element.tag} is defined`);
    assert.ok(element.text.length > 0);
  });
  await context.close();
});

test(
  'pinned with Subresource Integrity, relais.js runs; a file that does not match is refused',
  {
    skip: skipIn({
      webkit:
        'the refusal is a message of the browser’s own console, which WebDriver classic cannot read',
    }),
  },
  async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origins.site}/sri.html`);
    await page.evaluate((tag) => customElements.whenDefined(tag), ELEMENTS[0].tag);
    for (const element of await readElements(page)) assert.ok(element.defined, element.tag);

    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${origins.site}/sri-tampered.html`);
    await page.waitForLoadState('load');
    assert.ok(
      errors.some((text) => /integrity/i.test(text)),
      `the browser refused the file: ${errors}`,
    );
    await assertFallbackShown(page);
    await context.close();
  },
);
