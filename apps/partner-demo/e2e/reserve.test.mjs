// The room relais.css keeps for each element (`reserve` in packages/embed/src/elements.json)
// is measured, not guessed (reserves.mjs): no element may outgrow its room (the page would
// move when it upgrades), and the tallest case a rule holds must fill it to within 1em (a
// taller room is a band the reader sees until the card leaves the view). On failure, run
// `node apps/partner-demo/e2e/measure-reserves.mjs` after a build: it writes the measured
// rooms into elements.json. The reserves are the taller of Chromium's and Firefox's
// measures, so the 1em check holds in Chromium (where most cards are drawn tallest); in
// Firefox and in WebKit, whose fonts here differ, no element may outgrow its room.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ENGINE, launch, skipIn } from './harness.mjs';
import { VIEWPORTS, measureCases, startReservePages } from './reserves.mjs';

let origins;
let browser;
before(async () => {
  origins = await startReservePages();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await origins?.close();
});

const em = (px) => `${(px / 16).toFixed(2)}em`;

for (const [name, width, skip] of [
  [
    'a phone’s column (320 px)',
    'narrow',
    skipIn({ webkit: 'MiniBrowser’s window cannot be narrower than 447 px' }),
  ],
  ['a desktop article (760 px column)', 'wide', false],
]) {
  test(
    `each element's reserved room fits it in ${name}: never shorter, at most 1em taller`,
    { skip },
    async () => {
      const rows = await measureCases(browser, origins, VIEWPORTS[width]);
      const table = rows
        .map(
          (row) => `${row.label}: ${em(row.height)} in ${em(row.reserve)} (${row.tag}${row.when})`,
        )
        .join('\n');
      for (const row of rows) {
        assert.ok(row.reserve > 0, `${row.label}: no reserve\n${table}`);
        assert.ok(
          row.height <= row.reserve + 0.5,
          `${row.label} outgrows its room (the page would move)\n${table}`,
        );
      }
      if (ENGINE !== 'chromium') return;
      const tallest = new Map();
      for (const row of rows) {
        const key = `${row.tag}${row.when}`;
        tallest.set(key, Math.max(tallest.get(key) ?? 0, row.height));
      }
      for (const row of rows) {
        const spare = row.reserve - tallest.get(`${row.tag}${row.when}`);
        assert.ok(spare <= 16, `${row.tag}${row.when}: ${em(spare)} more than it holds\n${table}`);
      }
    },
  );
}
