// Writes `reserve` in packages/embed/src/elements.json from measures (reserves.mjs): for
// each rule, the tallest case it holds, rounded up to a quarter em, in a phone's column and
// in a desktop article's. Run after `npx turbo run build --filter=@relais/embed...` when an
// element's look, its samples or the report's figures change (reserve.test.mjs says when),
// then build again. Measured in Chromium and in Firefox, the taller of the two: the room
// must hold the element in every engine, and Firefox draws some cards a fraction of an em
// taller (WebKit, whose fonts here differ again, is checked by reserve.test.mjs, not measured:
// its window cannot be a phone's).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch } from './harness.mjs';
import { VIEWPORTS, measureCases, startReservePages } from './reserves.mjs';

const FILE = join(ROOT, 'packages/embed/src/elements.json');
const MEASURED_IN = ['chromium', 'firefox'];

/** The tallest case each rule holds, in px, by viewport then `tag + when`, in `engine`. */
async function tallestIn(engine, origins) {
  const browser = await launch(engine);
  try {
    const byViewport = {};
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const tallest = new Map();
      for (const row of await measureCases(browser, origins, viewport)) {
        const key = `${row.tag}${row.when}`;
        tallest.set(key, Math.max(tallest.get(key) ?? 0, row.height));
      }
      byViewport[width] = tallest;
    }
    return byViewport;
  } finally {
    await browser.close();
  }
}

const origins = await startReservePages();
try {
  const measures = [];
  for (const engine of MEASURED_IN) measures.push(await tallestIn(engine, origins));
  const elements = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const width of Object.keys(VIEWPORTS)) {
    for (const element of elements) {
      for (const rule of element.reserve) {
        const key = `${element.tag}${rule.when}`;
        const heights = measures.map((measure) => measure[width].get(key));
        if (heights.includes(undefined)) throw new Error(`${key} holds no case`);
        rule[width] = `${Math.ceil((Math.max(...heights) + 1) / 4) / 4}em`;
      }
    }
  }
  writeFileSync(FILE, `${JSON.stringify(elements, null, 2)}\n`);
  console.log(`wrote the reserves measured in ${MEASURED_IN.join(' and ')} into ${FILE}`);
} finally {
  await origins.close();
}
