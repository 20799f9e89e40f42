import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { baseStyles, containerStyles } from './styles.js';

/** An element laid out by its own width, as the list and the key figure are. */
class ContainerProbe extends LitElement {
  static override styles = [
    baseStyles,
    containerStyles,
    css`
      p {
        margin: 0;
      }
      @container (min-width: 30em) {
        p {
          font-weight: 700;
        }
      }
    `,
  ];

  protected override render() {
    return litHtml`<p>Probe</p>`;
  }
}
customElements.define('relais-container-probe', ContainerProbe);

describe('containerStyles', () => {
  it('fills its container, also as a flex item, and answers container queries', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: flex; width: 300px; font-size: 16px">
        <relais-container-probe></relais-container-probe>
      </div>`,
    );
    const probe = wrapper.querySelector<ContainerProbe>('relais-container-probe')!;
    await probe.updateComplete;
    expect(probe.getBoundingClientRect().width).to.equal(300);
    const weight = (): string => getComputedStyle(probe.shadowRoot!.querySelector('p')!).fontWeight;
    expect(weight()).to.equal('400');
    wrapper.style.width = '600px';
    expect(probe.getBoundingClientRect().width).to.equal(600);
    expect(weight()).to.equal('700');
  });
});
