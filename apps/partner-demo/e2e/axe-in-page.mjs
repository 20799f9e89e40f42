// axe-core where @axe-core/playwright cannot go (WebKit over WebDriver, Firefox over WebDriver
// BiDi): the driver puts axe-core's own source into the page, then runs it there. A script
// the driver runs is not the page's, so the page's Content-Security-Policy does not stop it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's source (axe.min.js), for the driver to run in the page. */
export const axeSource = () =>
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * For page.evaluate once axe-core is in: its violations, as @axe-core/playwright reports
 * them to the tests (`{ id, nodes: [{ target }] }`).
 */
export const axeViolationsInPage = () =>
  window.axe.run(document).then((results) =>
    results.violations.map(({ id, nodes }) => ({
      id,
      nodes: nodes.map(({ target }) => ({ target })),
    })),
  );
