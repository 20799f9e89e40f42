// A test-runner command that returns the page's whole accessibility tree, every node kept.
// `a11ySnapshot()` of @web/test-runner-commands keeps only "interesting" nodes, and a list
// or a list item never is one in Puppeteer's sense, so a test could not count the items
// assistive technology announces. Used from a test with
// `executeServerCommand('a11y-tree', { selector })`; shared by the tests of every package, never shipped.
export function a11yTreePlugin() {
  return {
    name: 'relais-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`a11y-tree is not supported for browser type ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      // From one element (a CSS selector of the light DOM) when given: the whole page's tree,
      // test runner included, takes seconds to serialise.
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      return page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
    },
  };
}
