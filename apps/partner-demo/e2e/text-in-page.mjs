// Playwright's getByText where Playwright cannot go (WebKit over WebDriver, Firefox over
// WebDriver BiDi), for the adapters to offer as page.getByText: the same search, run in the
// page through the adapter's own page.evaluate.

/**
 * The elements of the page whose text holds `text` (case and white space aside), innermost
 * only, as Playwright's text locators match: `{ all() }`, each `{ isVisible() }`.
 */
export function getByText(page, text) {
  return {
    all: async () => {
      const found = await page.evaluate((needle) => {
        const normal = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
        const all = [...document.body.querySelectorAll('*')].filter((el) =>
          normal(el.textContent ?? '').includes(normal(needle)),
        );
        return all
          .filter((el) => !all.some((other) => other !== el && el.contains(other)))
          .map((el) => {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
          });
      }, text);
      return found.map((visible) => ({ isVisible: async () => visible }));
    },
  };
}
