// Script payloads in every attribute of every element, as a compromised CMS field or a
// careless copy-paste would put them: nothing runs, text stays text, no link is unsafe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  ELEMENTS,
  elementHtml,
  launch,
  pageHtml,
  readElements,
  startOrigins,
  watch,
  whenDefined,
} from './harness.mjs';

const RUN = "window.__xss=(window.__xss||0)+1;alert('xss')";
const PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `"><script>${RUN}</script>`,
  `'><svg onload="${RUN}">`,
  `javascript:${RUN}`,
  ` JaVaScRiPt:${RUN}`,
  `java\tscript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
];

let origins;
let browser;
let attributesOf;
before(async () => {
  browser = await launch();
  // The attributes each element observes, as its class declares them.
  const probe = await startOrigins({
    pages: (cdn) => ({
      'probe.html': pageHtml({ title: 'Probe', scripts: [`${cdn}/relais.js`], body: '' }),
    }),
  });
  const page = await browser.newPage();
  await page.goto(`${probe.site}/probe.html`);
  await whenDefined(page);
  attributesOf = await page.evaluate(
    (tags) =>
      Object.fromEntries(tags.map((tag) => [tag, [...customElements.get(tag).observedAttributes]])),
    ELEMENTS.map((element) => element.tag),
  );
  await page.close();
  await probe.close();

  const body = ELEMENTS.flatMap((element) =>
    element.samples.flatMap((sample) =>
      [...new Set(['lang', ...attributesOf[element.tag]])].flatMap((name) =>
        PAYLOADS.map((payload) => elementHtml(element, { ...sample, [name]: payload })),
      ),
    ),
  ).join('\n');
  // No Content-Security-Policy here: a payload that got parsed would really run.
  origins = await startOrigins({
    pages: (cdn) => ({
      'xss.html': pageHtml({ title: 'XSS', scripts: [`${cdn}/relais.js`], body }),
    }),
  });
});
after(async () => {
  await browser?.close();
  await origins?.close();
});

test('every element observes attributes to attack', () => {
  for (const element of ELEMENTS) {
    assert.ok(attributesOf[element.tag].length > 0, `${element.tag} has attributes`);
  }
});

test('payloads in every attribute: no dialog, no script run, text as text, no unsafe link', async () => {
  const page = await browser.newPage();
  const seen = await watch(page);
  await page.goto(`${origins.site}/xss.html`);
  await whenDefined(page);
  const elements = await readElements(page);
  // Give any injected handler (onerror, onload) time to fire.
  await page.waitForTimeout(300);

  assert.deepEqual(seen.dialogs, []);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(seen.errors, []);

  const found = await page.evaluate(
    (tags) => {
      const roots = [...document.querySelectorAll(tags.join(','))].map((el) => el.shadowRoot);
      const nodes = roots.flatMap((root) => (root ? [...root.querySelectorAll('*')] : []));
      return {
        injected: nodes
          .filter(
            (node) =>
              ['script', 'iframe', 'object', 'embed'].includes(node.localName) ||
              node.getAttributeNames().some((name) => name.startsWith('on')),
          )
          .map((node) => node.outerHTML),
        links: nodes.filter((node) => node.localName === 'a').map((node) => node.href),
      };
    },
    ELEMENTS.map((element) => element.tag),
  );
  assert.deepEqual(found.injected, []);
  for (const href of found.links) {
    assert.match(new URL(href).protocol, /^https?:$/, `unsafe link ${href}`);
  }

  assert.ok(elements.length > 0);
  for (const element of elements) {
    assert.ok(element.defined, `${element.tag} is defined`);
    assert.doesNotMatch(element.text, /NaN|undefined|\[object Object\]/, element.text);
  }
  // Where a payload is shown, it is shown as the very characters that were written.
  const shownAsText = elements.filter((element) =>
    PAYLOADS.some((payload) => element.text.includes(payload.trim().replace(/\s+/g, ' '))),
  );
  assert.ok(shownAsText.length > 0, 'at least one payload is shown, as text');
  await page.close();
});
