import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { RelaisErrorEvent, reportBadInput } from './events.js';
import { captureWarningCalls, captureWarnings } from '../../../test/capture-console.js';

describe('reportBadInput and RelaisErrorEvent', () => {
  it('warns naming the element, attribute and value, with the element itself, and fires relais-error', async () => {
    const el = await fixture(html`<relais-anything figure="nope"></relais-anything>`);
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    const heard = oneEvent(wrapper, 'relais-error');
    const calls = await captureWarningCalls(() => {
      reportBadInput(el, 'figure', 'nope', 'no figure has this id');
    });
    const event = await heard;
    expect(event).to.be.instanceOf(RelaisErrorEvent);
    expect(event.type).to.equal('relais-error');
    expect(event.detail).to.deep.equal({
      element: 'relais-anything',
      attribute: 'figure',
      value: 'nope',
      reason: 'no figure has this id',
      fallback: true,
    });
    expect(calls).to.deep.equal([
      [
        '[relais] <relais-anything> figure="nope": no figure has this id. Showing the fallback content.',
        el,
      ],
    ]);
  });

  it('says what happens instead when the element does not fall back', async () => {
    const el = await fixture(html`<relais-sized size="huge"></relais-sized>`);
    const heard = oneEvent(el, 'relais-error');
    const warnings = await captureWarnings(() =>
      reportBadInput(
        el,
        'size',
        'huge',
        'not one of compact, default; using default instead',
        false,
      ),
    );
    expect((await heard).detail.fallback).to.equal(false);
    expect(warnings).to.deep.equal([
      '[relais] <relais-sized> size="huge": not one of compact, default; using default instead.',
    ]);
  });

  it('crosses shadow roots so that the page can listen on document', async () => {
    const host = await fixture(html`<div></div>`);
    const inner = document.createElement('relais-inner');
    host.attachShadow({ mode: 'open' }).append(inner);
    const heard = oneEvent(document, 'relais-error');
    await captureWarnings(() => reportBadInput(inner, 'value', 'abc', 'not a number'));
    expect((await heard).detail.attribute).to.equal('value');
  });

  it('prints long and odd values readably, never [object Object]', async () => {
    const el = await fixture(html`<relais-odd></relais-odd>`);
    const warnings = await captureWarnings(() => {
      reportBadInput(el, 'label', 'x'.repeat(2000), 'too long');
      reportBadInput(el, 'people', { ids: ['a'] }, 'not a list of ids');
      reportBadInput(el, 'value', undefined, 'missing');
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]!.length).to.be.lessThan(320);
    expect(warnings[0]).to.contain('…');
    expect(warnings[1]).to.contain('{"ids":["a"]}').and.not.contain('[object Object]');
    expect(warnings[2]).to.contain('value="undefined"');
  });
});
