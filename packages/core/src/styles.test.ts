import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { RelaisElement } from './element.js';
import { baseStyles, cardStyles, containerStyles } from './styles.js';
import { topRuleCardStyles } from './top-rule-card.js';

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

/** The same card with its rule across the top (the list's). */
class TopRuleCardProbe extends CardProbe {
  static override styles = [baseStyles, containerStyles, cardStyles, topRuleCardStyles];
}
customElements.define('relais-top-rule-card-probe', TopRuleCardProbe);

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

  it('draws its rule across the top with topRuleCardStyles, the sides even', async () => {
    const row = await fixture<HTMLDivElement>(
      testHtml`<div style="width: 300px"><relais-top-rule-card-probe style=${TOKENS}></relais-top-rule-card-probe></div>`,
    );
    const el = row.querySelector<TopRuleCardProbe>('relais-top-rule-card-probe')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const card = getComputedStyle(el.shadowRoot!.querySelector('.card')!);
    expect(card.borderTopWidth).to.equal('4px');
    expect(card.borderTopColor).to.equal('rgb(26, 79, 139)');
    expect(card.borderLeftStyle).to.equal('none');
    expect(card.paddingLeft).to.equal(card.paddingRight);
    row.style.width = '200px';
    expect(card.paddingLeft).to.equal('8px');
    expect(card.borderTopWidth).to.equal('4px');
  });
});
