import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ReserveController } from './reserve.js';

class ReserveProbe extends LitElement {
  readonly reserve = new ReserveController(this);
  override render() {
    return html`<p style="margin: 0; height: 50px">Carte</p>`;
  }
}
customElements.define('relais-reserve-probe', ReserveProbe);

/** What relais.css says for this element. */
const SNIPPET = `relais-reserve-probe { display: block }
relais-reserve-probe:not(:defined) { min-height: 200px }
relais-reserve-probe:state(reserved) { min-height: 200px }`;

const frames = async (count: number): Promise<void> => {
  for (let i = 0; i < count; i += 1) await new Promise(requestAnimationFrame);
};

describe('ReserveController', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = SNIPPET;
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    window.scrollTo(0, 0);
  });

  it('keeps the reserved room while the element is in view, then lets it take its own height', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <relais-reserve-probe></relais-reserve-probe>
        <div style="height: 3000px"></div>
      </div>`,
    );
    const probe = page.querySelector('relais-reserve-probe') as ReserveProbe;
    await probe.updateComplete;
    await frames(3);
    expect(probe.getBoundingClientRect().height).to.equal(200);
    expect(probe.getAttributeNames()).to.deep.equal([]);
    window.scrollTo(0, 1500);
    await frames(3);
    expect(probe.getBoundingClientRect().height).to.equal(50);
    window.scrollTo(0, 0);
    await frames(3);
    expect(probe.getBoundingClientRect().height, 'once given up, for good').to.equal(50);
  });

  it('gives the room up at once when the element upgrades out of view', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <relais-reserve-probe></relais-reserve-probe>
      </div>`,
    );
    const probe = page.querySelector('relais-reserve-probe') as ReserveProbe;
    await probe.updateComplete;
    await frames(3);
    expect(probe.getBoundingClientRect().height).to.equal(50);
  });
});
