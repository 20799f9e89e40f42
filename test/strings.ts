import { expect } from '@open-wc/testing';
import type { Strings } from '@relais/core/internal.js';
import { typographyProblems } from '../scripts/french-typography.mjs';

/**
 * What every table of UI words must be (core's and each element's): the same keys in French
 * and English, none empty, no `{placeholder}` in one language missing from the other, and
 * French typography: a narrow no-break space (U+202F) before `:`, `;`, `?`, `!` and `%`,
 * never a plain or a wide no-break space, and a no-break space between a count and its word
 * (« {count} personnes »). Shared by the tests of every package; never shipped.
 */
export function expectCompleteStrings(table: Strings): void {
  const keys = Object.keys(table.fr).sort();
  expect(Object.keys(table.en).sort(), 'the English keys are the French keys').to.deep.equal(keys);
  const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
  for (const key of keys) {
    const fr = table.fr[key] ?? '';
    const en = table.en[key] ?? '';
    expect(fr.trim(), `fr.${key}`).not.to.equal('');
    expect(en.trim(), `en.${key}`).not.to.equal('');
    expect(placeholders(en), `the placeholders of ${key}`).to.deep.equal(placeholders(fr));
    expect(fr, `fr.${key}: a narrow no-break space before : ; ? ! %`).not.to.match(
      /(?:^|[^\u202F])[:;?!%]/,
    );
    // Every rule of French spacing, as the Node test of the sources reads them (issue 23).
    expect(typographyProblems(fr), `fr.${key}`).to.deep.equal([]);
  }
}

/** The test of an element's own table of words, named after the element. */
export function describeStrings(tag: string, table: Strings): void {
  describe(`<${tag}>’s own words`, () => {
    it('has each in French and English, with French typography', () => {
      expectCompleteStrings(table);
    });
  });
}
