import { expect } from '@open-wc/testing';
import { claimGlobal } from './page-global.js';

const page = globalThis as unknown as Record<symbol, unknown>;

describe('claimGlobal, the one way Relais takes a key on the page', () => {
  it('keeps the first value, read-only and out of sight of the page’s loops', () => {
    const key = Symbol.for('relais.test.claim-global');
    const first = { copy: 'first' };
    expect(claimGlobal(key, () => first)).to.equal(first);
    // A second copy of Relais gets what the first claimed; its own value is never made.
    let made = false;
    expect(
      claimGlobal(key, () => {
        made = true;
        return { copy: 'second' };
      }),
    ).to.equal(first);
    expect(made).to.equal(false);
    // Modules are strict: assigning to a read-only key throws instead of failing silently.
    expect(() => {
      page[key] = 'replaced';
    }).to.throw(TypeError);
    expect(page[key]).to.equal(first);
    expect(Object.keys(globalThis)).not.to.include(String(key));
    expect(Object.getOwnPropertyDescriptor(globalThis, key)).to.include({
      enumerable: false,
      writable: false,
      configurable: false,
    });
  });

  it('gives what a page script put there first, without replacing it', () => {
    const key = Symbol.for('relais.test.claim-global.taken');
    page[key] = 'the page’s';
    expect(claimGlobal(key, () => 'ours')).to.equal('the page’s');
  });
});
