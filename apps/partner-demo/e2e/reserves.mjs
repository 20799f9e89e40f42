// What relais.css reserves for each element, measured: shared by reserve.test.mjs (which
// checks `reserve` in packages/embed/src/elements.json) and measure-reserves.mjs (which
// writes it). Each element is measured in a phone's column (320 px viewport) and in a
// desktop article's (760 px in a 1280 px viewport), with every sample of elements.json (and
// every record of the report an element is measured per: `measuredPer`, the key figure's
// figures), under the attributes of each of its
// reserve rules. Which rule holds a case is decided by the browser (the most specific
// matching selector, as relais.css applies them).
import * as reportData from '@relais/report-data';
import { ELEMENTS, elementHtml, pageHtml, startOrigins } from './harness.mjs';

export const VIEWPORTS = {
  narrow: { width: 320, height: 800 },
  wide: { width: 1280, height: 800 },
};

/** `[size='compact'][group-by='country']` → `{ size: 'compact', 'group-by': 'country' }`. */
export const attributesOf = (when) =>
  Object.fromEntries(
    [...when.matchAll(/\[([\w-]+)='([^']*)'\]/g)].map(([, name, value]) => [name, value]),
  );

/**
 * The records an element is measured per (`measuredPer` in elements.json: the attribute that
 * names one, and the export of @relais/report-data that lists their ids), as attributes.
 */
function recordsOf(element) {
  const per = element.measuredPer;
  if (!per) return [];
  const ids = reportData[per.ids];
  if (!Array.isArray(ids))
    throw new Error(`${element.tag} measuredPer: no ${per.ids} in report-data`);
  return ids.map((id) => ({ [per.attribute]: id }));
}

/** Every case measured: `{ tag, label, html }`, one per sample and variant. */
export const CASES = ELEMENTS.flatMap((element) => {
  const samples = [...element.samples, ...recordsOf(element)];
  // The variants: each rule's attributes but the one naming a record (the samples do).
  const variants = [
    ...new Map(
      element.reserve.map((rule) => {
        const rest = Object.fromEntries(
          Object.entries(attributesOf(rule.when)).filter(
            ([name]) => name !== element.measuredPer?.attribute,
          ),
        );
        return [JSON.stringify(rest), rest];
      }),
    ).values(),
  ];
  return samples.flatMap((sample) =>
    variants.map((variant) => {
      const attributes = { ...sample, ...variant };
      return {
        tag: element.tag,
        label: `${element.tag} ${JSON.stringify(attributes)}`,
        html: elementHtml(element, attributes),
      };
    }),
  );
});

const body = `<style>body{margin:16px;font-size:16px}.column{width:min(760px,calc(100vw - 32px));margin-block-end:2em}</style>
<main>${CASES.map((item, index) => `<div class="column" data-case="${index}">${item.html}</div>`).join('\n')}</main>`;

/** Serves the two pages: the elements drawn (no relais.css), and the room relais.css keeps. */
export function startReservePages() {
  return startOrigins({
    pages: (cdn) => ({
      'drawn.html': pageHtml({ title: 'Drawn', scripts: [`${cdn}/relais.js`], body }),
      'reserved.html': pageHtml({ title: 'Reserved', styles: ['relais.css'], body }),
    }),
  });
}

/**
 * For each case in `viewport`: its drawn height, the room relais.css gives it, and the
 * `when` of the reserve rule that holds it (in px).
 */
export async function measureCases(browser, origins, viewport) {
  const read = async (path, script) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${origins.site}${path}`);
    const values = await page.evaluate(
      script,
      ELEMENTS.map((element) => ({
        tag: element.tag,
        whens: element.reserve.map((rule) => rule.when),
      })),
    );
    await context.close();
    return values;
  };
  const heights = await read('/drawn.html', async (elements) => {
    await Promise.all(elements.map(({ tag }) => customElements.whenDefined(tag)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return [...document.querySelectorAll('[data-case]')].map(
      (column) => column.firstElementChild.getBoundingClientRect().height,
    );
  });
  const reserved = await read('/reserved.html', (elements) =>
    [...document.querySelectorAll('[data-case]')].map((column) => {
      const el = column.firstElementChild;
      const { whens } = elements.find(({ tag }) => tag === el.localName);
      // The most specific matching rule: the most attribute selectors, the last of equals.
      const count = (when) => (when.match(/\[/g) ?? []).length;
      const when = whens
        .filter((candidate) => !candidate || el.matches(`${el.localName}${candidate}`))
        .reduce((best, candidate) => (count(candidate) >= count(best) ? candidate : best), '');
      return { reserve: parseFloat(getComputedStyle(el).minHeight), when };
    }),
  );
  return CASES.map((item, index) => ({ ...item, height: heights[index], ...reserved[index] }));
}
