import { expect } from '@open-wc/testing';
import { defineOnce } from './define-once.js';
import { captureWarnings } from '../../../test/capture-console.js';

let counter = 0;
const freshTag = (): string => `relais-test-${Date.now()}-${counter++}`;
const makeClass = (): CustomElementConstructor => class extends HTMLElement {};

describe('defineOnce', () => {
  it('defines a free tag, and the element upgrades', async () => {
    const tag = freshTag();
    const Ctor = makeClass();
    const warnings = await captureWarnings(() => {
      expect(defineOnce(tag, Ctor, '1.0.0')).to.equal('defined');
    });
    expect(customElements.get(tag)).to.equal(Ctor);
    expect(document.createElement(tag)).to.be.instanceOf(Ctor);
    expect(warnings).to.deep.equal([]);
  });

  it('is silent when the same version is loaded twice (the script tag pasted twice)', async () => {
    const tag = freshTag();
    const First = makeClass();
    defineOnce(tag, First, '1.2.0');
    const warnings = await captureWarnings(() => {
      expect(defineOnce(tag, makeClass(), '1.2.0')).to.equal('already-defined');
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('keeps the first of two versions and warns once, naming both', async () => {
    const tag = freshTag();
    const First = makeClass();
    defineOnce(tag, First, '1.0.0');
    const warnings = await captureWarnings(() => {
      expect(defineOnce(tag, makeClass(), '2.0.0')).to.equal('version-conflict');
      expect(defineOnce(tag, makeClass(), '2.0.0')).to.equal('version-conflict');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`).and.contain('1.0.0').and.contain('2.0.0');
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns rather than throws when the tag was defined by someone else', async () => {
    const tag = freshTag();
    customElements.define(tag, makeClass());
    const warnings = await captureWarnings(() => {
      expect(defineOnce(tag, makeClass(), '1.0.0')).to.equal('version-conflict');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not registered by Relais');
  });

  it('never throws on what the registry refuses', async () => {
    const Reused = makeClass();
    defineOnce(freshTag(), Reused, '1.0.0');
    const warnings = await captureWarnings(() => {
      expect(defineOnce('NotAValidName', makeClass(), '1.0.0')).to.equal('failed');
      expect(defineOnce(freshTag(), Reused, '1.0.0')).to.equal('failed');
    });
    expect(warnings.length).to.be.greaterThan(0);
    expect(warnings[0]).to.contain('<NotAValidName> could not be defined');
  });
});
