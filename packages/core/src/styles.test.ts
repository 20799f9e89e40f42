import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { RelaisElement } from './element.js';
import { baseStyles, cardStyles, containerStyles } from './styles.js';

/** The smallest element drawing the shared card: words, then a source line at the bottom. */
class CardProbe extends RelaisElement {
  static override styles = [baseStyles, containerStyles, cardStyles];
  protected override renderContent() {
    return html`<div class="card">
      <p style="margin: 0">Mots</p>
      <p class="source" style="margin: auto 0 0">Source</p>
    </div>`;
  }
}
customElements.define('relais-card-probe', CardProbe);

/** The tokens the card reads (@relais/theme defines them; core does not depend on it). */
const TOKENS =
  '--relais-space-s: 0.5em; --relais-space-m: 1em; --relais-accent-width: 4px; --relais-color-accent: #1a4f8b';

describe('cardStyles, the card every element draws', () => {
  it('fills its column and follows its own width, not the window', async () => {
    const row = await fixture<HTMLDivElement>(
      testHtml`<div style="width: 300px"><relais-card-probe style=${TOKENS}></relais-card-probe></div>`,
    );
    const el = row.querySelector('relais-card-probe')!;
    await (el as CardProbe).updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(300);
    const card = el.shadowRoot!.querySelector('.card')!;
    // Narrow (≤ 15em): tighter padding, the accent rule kept on the reading side.
    row.style.width = '200px';
    expect(getComputedStyle(card).paddingTop).to.equal('8px');
    expect(getComputedStyle(card).borderInlineStartStyle).to.equal('solid');
  });

  it('stretches to the room it is given and keeps the source line at the bottom', async () => {
    const el = await fixture<CardProbe>(
      testHtml`<relais-card-probe style="height: 300px; ${TOKENS}"></relais-card-probe>`,
    );
    const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const source = el.shadowRoot!.querySelector('.source')!.getBoundingClientRect();
    expect(card.height).to.equal(300);
    expect(Math.round(card.bottom - source.bottom)).to.equal(16);
  });
});
