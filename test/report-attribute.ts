import { expect, fixture, html } from '@open-wc/testing';
import { TEST_REPORT_ID } from '@relais/report-data/fixtures/test-report.js';
import { appendReporting } from './capture-console.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

/**
 * The `report` attribute's promise, the same in every element that reads a report's data:
 * an unknown report (also one named like an inherited key) shows the partner's fallback
 * content, with one warning naming the attribute and one `relais-error` event, and never
 * the default report's record of the same id. Shared by the tests of every element; never
 * shipped.
 */
export async function expectUnknownReportShowsFallback(
  tag: string,
  attributes: Record<string, string>,
): Promise<void> {
  for (const report of ['nope', '__proto__', 'constructor']) {
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag) as Updating;
    for (const [name, value] of Object.entries({ ...attributes, report })) {
      el.setAttribute(name, value);
    }
    el.innerHTML = '<p>Texte de secours</p>';
    const { warnings, errors } = await appendReporting(parent, el);
    await expect(el).to.be.accessible();
    const parts = el.shadowRoot?.querySelectorAll('[part]').length;
    expect(parts, `${tag} report="${report}": parts shown`).to.equal(0);
    expect(el.innerText.trim()).to.equal('Texte de secours');
    expect(warnings).to.deep.equal([
      `[relais] <${tag}> report="${report}": no report has this id. Showing the fallback content.`,
    ]);
    expect(errors.map((event) => event.detail.attribute)).to.deep.equal(['report']);
  }
}

/**
 * Renders `<tag lang="en" report="rivertown-health-2031" …attributes>`, the made-up test
 * report, checks it is accessible, and returns what the reader sees in each part asked for
 * (the text of every element with that part, joined by « | »).
 */
export async function partsFromTestReport(
  tag: string,
  attributes: Record<string, string>,
  parts: readonly string[],
): Promise<Record<string, string>> {
  const parent = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const el = document.createElement(tag) as Updating;
  for (const [name, value] of Object.entries({ ...attributes, report: TEST_REPORT_ID })) {
    el.setAttribute(name, value);
  }
  parent.append(el);
  await el.updateComplete;
  await expect(el).to.be.accessible();
  return Object.fromEntries(
    parts.map((part) => [
      part,
      [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part="${part}"]`) ?? [])]
        // WebKit ends a block's innerText with a line break the others leave out: trimmed.
        .map((node) => node.innerText.trim())
        .join(' | '),
    ]),
  );
}

/**
 * The two tests of the `report` attribute every element that reads a report's data gets:
 * `attributes` read from the test report show `expected` (text by part), and an unknown
 * report shows the fallback (`fallbackAttributes` name a record of the default report).
 */
export function describeReportAttribute(
  tag: string,
  what: string,
  {
    attributes,
    expected,
    fallbackAttributes,
  }: {
    attributes: Record<string, string>;
    expected: Record<string, string>;
    fallbackAttributes: Record<string, string>;
  },
): void {
  describe(`<${tag} report="…">: a second report`, () => {
    it(`reads ${what} from the report named`, async () => {
      const parts = await partsFromTestReport(tag, attributes, Object.keys(expected));
      expect(parts).to.deep.equal(expected);
    });

    it('shows the fallback for a report that does not exist, with one warning and an event', async () => {
      await expectUnknownReportShowsFallback(tag, fallbackAttributes);
    });
  });
}
