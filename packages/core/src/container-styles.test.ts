import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';
import { RelaisElement } from './element.js';
import { baseStyles, containerStyles } from './styles.js';

/** An element laid out by its own width, as every Relais element is. */
class ContainerProbe extends RelaisElement {
  static override styles = [
    baseStyles,
    containerStyles,
    css`
      :host {
        --_relais-measure: 30em;
      }
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

  protected override renderContent() {
    return litHtml`<p>Probe</p>`;
  }
}
customElements.define('relais-container-probe', ContainerProbe);

const weight = (probe: ContainerProbe): string =>
  getComputedStyle(probe.shadowRoot!.querySelector('p')!).fontWeight;

describe('containerStyles', () => {
  it('fills a block column and answers container queries on its own width', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px; font-size: 16px">
        <relais-container-probe></relais-container-probe>
      </div>`,
    );
    const probe = wrapper.querySelector<ContainerProbe>('relais-container-probe')!;
    await probe.updateComplete;
    expect(probe.getBoundingClientRect().width).to.equal(300);
    expect(weight(probe)).to.equal('400');
    wrapper.style.width = '600px';
    expect(probe.getBoundingClientRect().width).to.equal(600);
    expect(weight(probe)).to.equal('700');
  });

  it('takes its natural width where the page lets it choose, 12em when squeezed', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 800px; font-size: 16px">
        <div style="float: left"><relais-container-probe></relais-container-probe></div>
        <div style="display: flex; width: 300px">
          <relais-container-probe></relais-container-probe>
        </div>
        <table style="width: 400px">
          <tr>
            <td><relais-container-probe></relais-container-probe></td>
            <td>${'Un long texte à côté, qui prend toute la place. '.repeat(6)}</td>
          </tr>
        </table>
      </div>`,
    );
    const [floated, flexed, cell] = [
      ...wrapper.querySelectorAll<ContainerProbe>('relais-container-probe'),
    ];
    await Promise.all([floated, flexed, cell].map((probe) => probe?.updateComplete));
    // Its natural width, 30em: a float beside text, answering queries on that width.
    expect(floated!.getBoundingClientRect().width).to.be.closeTo(480, 1);
    expect(weight(floated!)).to.equal('700');
    // A flex item: its natural width, shrunk to the 300 px row.
    expect(flexed!.getBoundingClientRect().width).to.equal(300);
    // Beside a long text in a table: 12em at the least, never 0.
    expect(cell!.getBoundingClientRect().width).to.be.at.least(192);
  });
});
