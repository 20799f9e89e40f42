// The room relais.css keeps for each element (`reserve` in packages/embed/src/elements.json)
// is measured, not guessed: every sample of every element (and every figure of the
// report), with the attributes of each of
// its reserve rules (`size`, `layout`, `group-by`), in a phone's column (320 px viewport) and
// in a desktop article's (760 px in a 1280 px viewport). No element may outgrow its room
// (the page would move when it upgrades), and the tallest of a rule's samples must fill it
// to within 1em (a taller room is a band the reader sees until the card leaves the view).
// On failure the message gives the heights to write into elements.json. The reserves are
// set from Chromium; in WebKit, whose fonts here differ, no element may outgrow its room.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FIGURE_IDS } from '@relais/report-data';
import {
  ELEMENTS,
  ENGINE,
  elementHtml,
  launch,
  pageHtml,
  skipIn,
  startOrigins,
} from './harness.mjs';

/** `[size='compact'][group-by='country']` → `{ size: 'compact', 'group-by': 'country' }`. */
const attributesOf = (when) =>
  Object.fromEntries(
    [...when.matchAll(/\[([\w-]+)='([^']*)'\]/g)].map(([, name, value]) => [name, value]),
  );

/**
 * What each element is measured with: its samples, and for the key figure every figure of
 * the report (their labels differ in length: the room must hold the longest).
 */
const samplesOf = (element) => [
  ...element.samples,
  ...(element.tag === 'relais-key-figure' ? FIGURE_IDS.map((figure) => ({ figure })) : []),
];

/** Every element as measured: each sample with the attributes of each reserve rule. */
const CASES = ELEMENTS.flatMap((element) =>
  element.reserve.flatMap((rule) =>
    samplesOf(element).map((sample, index) => ({
      tag: element.tag,
      rule: rule.when || '(no attribute)',
      sample: index,
      html: elementHtml(element, { ...sample, ...attributesOf(rule.when) }),
    })),
  ),
);

const body = `<main>${CASES.map(
  (item, index) => `<div class="column" data-case="${index}">${item.html}</div>`,
).join('\n')}</main>`;
const STYLE =
  '<style>body{margin:16px;font-size:16px}.column{width:min(760px,calc(100vw - 32px));margin-block-end:2em}</style>';

let origins;
let browser;
before(async () => {
  origins = await startOrigins({
    pages: (cdn) => ({
      // The elements drawn, at their own height (no relais.css).
      'drawn.html': pageHtml({ title: 'Drawn', scripts: [`${cdn}/relais.js`], body: STYLE + body }),
      // The room relais.css keeps, before any script.
      'reserved.html': pageHtml({ title: 'Reserved', styles: ['relais.css'], body: STYLE + body }),
    }),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await origins?.close();
});

async function read(path, viewport, what) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${origins.site}${path}`);
  if (what === 'height') {
    await page.evaluate(() =>
      Promise.all(
        ['relais-key-figure', 'relais-quote-card', 'relais-interviewee-list'].map((tag) =>
          customElements.whenDefined(tag),
        ),
      ),
    );
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  }
  const values = await page.evaluate(
    (kind) =>
      [...document.querySelectorAll('[data-case]')].map((column) => {
        const el = column.firstElementChild;
        return kind === 'height'
          ? el.getBoundingClientRect().height
          : parseFloat(getComputedStyle(el).minHeight);
      }),
    what,
  );
  await context.close();
  return values;
}

for (const [name, viewport, skip] of [
  [
    'a phone’s column (320 px)',
    { width: 320, height: 800 },
    skipIn({ webkit: 'MiniBrowser’s window cannot be narrower than 447 px' }),
  ],
  ['a desktop article (760 px column)', { width: 1280, height: 800 }, false],
]) {
  test(
    `each element's reserved room fits it in ${name}: never shorter, at most 1em taller`,
    { skip },
    async () => {
      const heights = await read('/drawn.html', viewport, 'height');
      const reserves = await read('/reserved.html', viewport, 'reserve');
      const rows = CASES.map((item, index) => ({
        ...item,
        height: heights[index],
        reserve: reserves[index],
      }));
      const em = (px) => `${(px / 16).toFixed(2)}em`;
      const table = rows
        .map(
          (row) =>
            `${row.tag}${row.rule} sample ${row.sample}: ${em(row.height)} in ${em(row.reserve)}`,
        )
        .join('\n');
      for (const row of rows) {
        assert.ok(row.reserve > 0, `${row.tag}${row.rule}: no reserve\n${table}`);
        assert.ok(
          row.height <= row.reserve + 0.5,
          `${row.tag}${row.rule} sample ${row.sample} outgrows its room (the page would move)\n${table}`,
        );
      }
      // The reserves are Chromium's measures; WebKitGTK lays the same text out in other
      // fonts, shorter here: there it must only never outgrow its room.
      if (ENGINE !== 'chromium') return;
      const tallest = new Map();
      for (const row of rows) {
        const key = `${row.tag}${row.rule}`;
        tallest.set(key, Math.max(tallest.get(key) ?? 0, row.height));
      }
      for (const row of rows) {
        const spare = row.reserve - tallest.get(`${row.tag}${row.rule}`);
        assert.ok(
          spare <= 16,
          `${row.tag}${row.rule}: ${em(spare)} more than its tallest sample\n${table}`,
        );
      }
    },
  );
}
