import { expect } from '@open-wc/testing';
import { defineOnce } from './define-once.js';
import { captureWarnings } from '../../../test/capture-console.js';

let counter = 0;
const freshTag = (): string => `relais-test-${Date.now()}-${counter++}`;
const makeClass = (): CustomElementConstructor => class extends HTMLElement {};
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

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
    const warnings = await captureWarnings(async () => {
      expect(defineOnce(tag, makeClass(), '2.0.0')).to.equal('version-conflict');
      expect(defineOnce(tag, makeClass(), '2.0.0')).to.equal('version-conflict');
      await nextTask();
      expect(defineOnce(tag, makeClass(), '2.0.0')).to.equal('version-conflict');
      await nextTask();
    });
    expect(warnings).to.deep.equal([
      `[relais] Relais 1.0.0 is already on this page and keeps <${tag}>; Relais 2.0.0 was loaded too and is ignored. Load Relais once per page to avoid this.`,
    ]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('tells one clash of a whole copy in one warning, naming every tag kept', async () => {
    const tags = [freshTag(), freshTag(), freshTag()];
    for (const tag of tags) defineOnce(tag, makeClass(), '1.1.0');
    const warnings = await captureWarnings(async () => {
      // A second copy of Relais, as its module runs: every tag in one task.
      for (const tag of tags) defineOnce(tag, makeClass(), '1.2.0');
      await nextTask();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(tags.map((tag) => `<${tag}>`).join(', '));
    expect(warnings[0]).to.contain('Relais 1.1.0').and.contain('Relais 1.2.0');
  });

  it('warns rather than throws when the tag was defined by someone else', async () => {
    const tag = freshTag();
    customElements.define(tag, makeClass());
    const warnings = await captureWarnings(async () => {
      expect(defineOnce(tag, makeClass(), '1.0.0')).to.equal('version-conflict');
      await nextTask();
    });
    expect(warnings).to.deep.equal([
      `[relais] <${tag}> is already defined by a script that is not Relais; Relais 1.0.0 leaves it as it is.`,
    ]);
  });

  it('keeps what it shares out of reach of the page’s names, and read-only', () => {
    const key = Symbol.for('relais.define-once');
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
    expect(descriptor?.writable).to.equal(false);
    expect(descriptor?.configurable).to.equal(false);
    expect(Object.keys(globalThis).filter((name) => /relais/i.test(name))).to.deep.equal([]);
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
