import { expect, fixture, html } from '@open-wc/testing';
import { FIGURE_IDS, getFigure } from '@relais/report-data';
import { typographyProblems } from '../../../scripts/french-typography.mjs';
import { FIGURE_TEXTS, formattedFigures } from '../../../test/report-figures.js';
import './define.js';
import type { RelaisKeyFigure } from './key-figure.js';

// Every figure of the report, in both languages, reads the same text in every engine: the
// same table is asserted in Node 20 by scripts/figures.test.mjs.

/** What the reader sees in a part, as rendered (whitespace collapsed by CSS). */
function part(el: RelaisKeyFigure, name: 'value' | 'label' | 'source'): string {
  return (el.shadowRoot!.querySelector(`[part="${name}"]`) as HTMLElement | null)?.innerText ?? '';
}

describe('every figure of the report, as Intl formats it in this engine', () => {
  it('formats each figure of the data exactly as the table says, in fr and en', () => {
    expect(Object.keys(FIGURE_TEXTS)).to.have.members([...FIGURE_IDS]);
    expect(formattedFigures()).to.deep.equal(FIGURE_TEXTS);
  });

  for (const id of FIGURE_IDS) {
    for (const locale of ['fr', 'en'] as const) {
      const expected = FIGURE_TEXTS[id][locale];
      it(`${id} in ${locale} shows « ${expected.value} »`, async () => {
        const el = await fixture<RelaisKeyFigure>(
          html`<relais-key-figure figure=${id} lang=${locale}></relais-key-figure>`,
        );
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const figure = getFigure(id)!;
        expect(part(el, 'value')).to.equal(expected.value);
        expect(part(el, 'label')).to.equal(
          expected.compare
            ? `${figure.label[locale]} (${expected.compare} ${figure.compare!.label[locale]})`
            : figure.label[locale],
        );
        expect(part(el, 'source')).to.contain(`, ${expected.date}`);
        expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|\[object Object\]/);
      });
    }
  }
});

describe('French as it is printed, in every figure a reader sees', () => {
  for (const id of FIGURE_IDS) {
    it(`${id}: no ordinary space where French typography wants a no-break one`, async () => {
      const el = await fixture<RelaisKeyFigure>(
        html`<relais-key-figure figure=${id} lang="fr"></relais-key-figure>`,
      );
      await el.updateComplete;
      const shown = el.shadowRoot!.textContent ?? '';
      const said = [...el.shadowRoot!.querySelectorAll('[aria-label]')].map(
        (node) => node.getAttribute('aria-label') ?? '',
      );
      for (const text of [shown, ...said, ...Object.values(FIGURE_TEXTS[id].fr)]) {
        expect(typographyProblems(text), text).to.deep.equal([]);
      }
    });
  }
});
