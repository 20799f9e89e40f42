// The partner demo as `npm start` serves it (apps/partner-demo at /, packages/embed/dist at
// /embed/): every element of the bundle is on it, it loads nothing from elsewhere, and it
// passes axe with no violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import {
  DEMO_DIR,
  DIST,
  ELEMENTS,
  VERSION,
  axeViolations,
  launch,
  readElements,
  skipIn,
  watch,
} from './harness.mjs';

let demo;
let browser;
before(async () => {
  demo = await startStaticServer({ mounts: { '/': DEMO_DIR, '/embed/': DIST } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (demo ? demo.server.close(resolve) : resolve()));
});

test('the demo page holds every element of the bundle', () => {
  const html = readFileSync(join(DEMO_DIR, 'index.html'), 'utf8');
  for (const element of ELEMENTS) {
    assert.match(html, new RegExp(`<${element.tag}[\\s>]`), `${element.tag} is on the demo`);
  }
});

test(
  'the demo page renders every element, with no error and no request elsewhere',
  {
    skip: skipIn({
      webkit:
        'its console is read by a recorder that only the pages of startOrigins load; hostile.test.mjs asserts the same in WebKit',
    }),
  },
  async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${demo.origin}/`);
    await page.evaluate(
      (tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
      ELEMENTS.map((element) => element.tag),
    );
    const elements = await readElements(page);
    assert.ok(elements.length >= ELEMENTS.length);
    for (const element of elements) {
      assert.ok(element.defined, `${element.tag} is defined`);
      assert.doesNotMatch(element.text, /NaN|undefined|\[object Object\]/);
    }
    // The figure in the article reads as the report says it.
    assert.match(elements[0].text, /13\u202fmillions|13 millions/);
    assert.equal(await page.evaluate(() => window[Symbol.for('relais')]?.version), VERSION);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(
      seen.requests.filter((url) => !url.startsWith(`${demo.origin}/`) && !url.startsWith('data:')),
      [],
    );
    await context.close();
  },
);

for (const [width, colorScheme] of [
  [1280, 'light'],
  [360, 'light'],
  [1280, 'dark'],
]) {
  const webkit =
    colorScheme === 'dark'
      ? 'WebDriver cannot make MiniBrowser dark'
      : width < 447 && 'MiniBrowser’s window is never narrower than 447 px (its toolbar)';
  test(
    `the demo page passes axe at ${width} px, ${colorScheme}`,
    { skip: skipIn({ webkit }) },
    async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${demo.origin}/`);
      await page.evaluate(() => customElements.whenDefined('relais-key-figure'));
      const violations = await axeViolations(page);
      assert.deepEqual(
        violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target)}`),
        [],
      );
      await context.close();
    },
  );
}
