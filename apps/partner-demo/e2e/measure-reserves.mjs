// Writes `reserve` in packages/embed/src/elements.json from measures (reserves.mjs): for
// each rule, the tallest case it holds, rounded up to a quarter em, in a phone's column and
// in a desktop article's. Run after `npx turbo run build --filter=@relais/embed...` when an
// element's look, its samples or the report's figures change (reserve.test.mjs says when),
// then build again. In Chromium, whose measures relais.css follows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch } from './harness.mjs';
import { VIEWPORTS, measureCases, startReservePages } from './reserves.mjs';

const FILE = join(ROOT, 'packages/embed/src/elements.json');
const origins = await startReservePages();
const browser = await launch();
try {
  const elements = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    const tallest = new Map();
    for (const row of await measureCases(browser, origins, viewport)) {
      const key = `${row.tag}${row.when}`;
      tallest.set(key, Math.max(tallest.get(key) ?? 0, row.height));
    }
    for (const element of elements) {
      for (const rule of element.reserve) {
        const height = tallest.get(`${element.tag}${rule.when}`);
        if (height === undefined) throw new Error(`${element.tag}${rule.when} holds no case`);
        rule[width] = `${Math.ceil((height + 1) / 4) / 4}em`;
      }
    }
  }
  writeFileSync(FILE, `${JSON.stringify(elements, null, 2)}\n`);
  console.log(`wrote the measured reserves into ${FILE}`);
} finally {
  await browser.close();
  await origins.close();
}
