import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  ProblemsController,
  checkedSourceUrl,
  fatal,
  hasFatal,
  option,
  optionalNumber,
  optionalText,
  type Problem,
} from './problems.js';
import { captureWarnings } from '../../../test/capture-console.js';

/** An element that refuses its `size` the way every Relais element does. */
class ProblemsProbe extends LitElement {
  static override properties = { size: {} };
  declare size: unknown;
  readonly problems = new ProblemsController(this);
  shown = '';
  renders = 0;

  override willUpdate(): void {
    const found: Problem[] = [];
    this.shown = option(this.size, ['s', 'm'] as const, 'm', 'size', found);
    this.problems.add(...found);
  }

  override render(): string {
    this.renders += 1;
    return this.shown;
  }
}
customElements.define('relais-problems-probe', ProblemsProbe);

describe('the shared bad-input flow', () => {
  it('reports after the update: one warning, one event, the default shown', async () => {
    const el = document.createElement('relais-problems-probe') as ProblemsProbe;
    el.size = 'xl';
    const wrapper = await fixture(html`<div></div>`);
    const heard = oneEvent(wrapper, 'relais-error');
    const warnings = await captureWarnings(async () => {
      wrapper.append(el);
      await el.updateComplete;
    });
    const event = await heard;
    expect(el.shadowRoot!.textContent).to.equal('m');
    expect(event.detail).to.include({ attribute: 'size', value: 'xl', fallback: false });
    expect(warnings).to.deep.equal([
      '[relais] <relais-problems-probe> size="xl": not one of s, m; using m instead.',
    ]);
    // A second render with the same value does not warn again, nor schedule another update.
    const renders = el.renders;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
  });

  it('bad, good, bad again: one warning and one event each time it falls back, none while it lasts', async () => {
    const el = document.createElement('relais-problems-probe') as ProblemsProbe;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: string[] = [];
    wrapper.addEventListener('relais-error', (event) => events.push(event.detail.value));
    const warnings = await captureWarnings(async () => {
      for (const size of ['xl', 'xl', 's', 'xl', 'xl', 'xxl', 'xl']) {
        el.size = size;
        if (!el.isConnected) wrapper.append(el);
        el.requestUpdate();
        await el.updateComplete;
      }
    });
    expect(events).to.deep.equal(['xl', 'xl', 'xxl', 'xl']);
    expect(warnings).to.have.length(4);
    expect(el.shadowRoot!.textContent).to.equal('m');
  });

  it('takes an absent option as the default, silently; trims what it accepts', () => {
    const found: Problem[] = [];
    expect(option(undefined, ['a', 'b'] as const, 'a', 'x', found)).to.equal('a');
    expect(option(' b ', ['a', 'b'] as const, 'a', 'x', found)).to.equal('b');
    expect(found).to.deep.equal([]);
  });

  it('reads optional numbers: absent is fine, anything else must be a number', () => {
    const found: Problem[] = [];
    expect(optionalNumber(undefined, 'value-max', found)).to.equal(undefined);
    expect(optionalNumber('', 'value-max', found)).to.equal(undefined);
    expect(optionalNumber('8', 'value-max', found)).to.equal(8);
    expect(found).to.deep.equal([]);
    expect(optionalNumber('8px', 'value-max', found)).to.equal(undefined);
    expect(found).to.deep.equal([fatal('value-max', '8px', 'not a number')]);
    expect(hasFatal(found)).to.equal(true);
  });
});

describe('optionalText', () => {
  it('takes text as an attribute would make it, also from a property set by code', () => {
    const problems: Problem[] = [];
    expect(optionalText('  Européens  ', 'label', problems)).to.equal('Européens');
    expect(optionalText(42, 'label', problems)).to.equal('42');
    expect(optionalText(false, 'label', problems)).to.equal('false');
    expect(optionalText(undefined, 'label', problems)).to.equal(undefined);
    expect(optionalText(null, 'label', problems)).to.equal(undefined);
    expect(optionalText('   ', 'label', problems)).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  it('refuses an object or an array rather than printing [object Object]', () => {
    const problems: Problem[] = [];
    expect(optionalText({ a: 1 }, 'label', problems)).to.equal(undefined);
    expect(optionalText(['a', 'b'], 'unit', problems)).to.equal(undefined);
    expect(problems).to.deep.equal([
      fatal('label', { a: 1 }, 'not text'),
      fatal('unit', ['a', 'b'], 'not text'),
    ]);
  });

  it('keeps a safe source URL, refuses an unsafe one without giving up the element', () => {
    const found: Problem[] = [];
    expect(checkedSourceUrl(undefined, undefined, found)).to.equal(undefined);
    expect(checkedSourceUrl('https://europa.eu/', 'https://europa.eu/', found)).to.equal(
      'https://europa.eu/',
    );
    expect(found).to.deep.equal([]);
    expect(checkedSourceUrl('javascript:alert(1)', 'javascript:alert(1)', found)).to.equal(
      undefined,
    );
    expect(found).to.deep.equal([
      {
        attribute: 'source-url',
        value: 'javascript:alert(1)',
        reason: 'only http:, https: and relative URLs are linked; the source shows without a link',
        fatal: false,
      },
    ]);
  });
});
