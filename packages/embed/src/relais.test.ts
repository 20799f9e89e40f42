import { expect } from '@open-wc/testing';
import './named-relais.fixture.js';
import { VERSION, type RelaisGlobal } from './relais.js';

const KEY = Symbol.for('relais');
const relaisOnPage = (): RelaisGlobal | undefined =>
  (globalThis as unknown as Record<symbol, RelaisGlobal | undefined>)[KEY];

/** Runs `code` as a classic script of the page; resolves to the errors it threw. */
async function runClassicScript(code: string): Promise<string[]> {
  const errors: string[] = [];
  const listener = (event: ErrorEvent): void => {
    errors.push(event.message);
    event.preventDefault();
  };
  window.addEventListener('error', listener);
  try {
    const script = document.createElement('script');
    script.textContent = code;
    document.body.append(script);
    script.remove();
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    window.removeEventListener('error', listener);
  }
  return errors;
}

// The entry of relais.js, from its source (the build writes the package version into
// VERSION). The bundle itself is tested end to end in apps/partner-demo/e2e.
describe('relais.js entry', () => {
  it('tells the page which version runs, under Symbol.for("relais")', () => {
    expect(VERSION).to.be.a('string').and.not.equal('');
    expect(relaisOnPage()?.version).to.equal(VERSION);
  });

  it('takes no name a partner script can collide with', async () => {
    // « relais » is a French word: a partner's scripts declare it, and assign it.
    const errors = await runClassicScript(
      `'use strict';
       window.relais = window.relais || {};
       window.relais.menu = 'ouvert';
       let relais = 'le relais de la page';
       document.body.dataset.partnerRelais = relais + ' / ' + window.relais.menu;`,
    );
    expect(errors).to.deep.equal([]);
    expect(document.body.dataset.partnerRelais).to.equal('le relais de la page / ouvert');
    expect(relaisOnPage()?.version).to.equal(VERSION);
    delete document.body.dataset.partnerRelais;
  });

  it('is not fooled by an element with id="relais" on the page', () => {
    const named = document.getElementById('relais');
    expect(named?.localName, 'the page has its element').to.equal('nav');
    expect(relaisOnPage()).to.not.equal(named);
    expect(relaisOnPage()?.version).to.equal(VERSION);
  });

  it('is frozen and read-only: a script of the page cannot change it', () => {
    const before = relaisOnPage();
    expect(Object.isFrozen(before)).to.equal(true);
    expect(() => {
      (before as { version: string }).version = '0.0.0-other';
    }).to.throw(TypeError);
    expect(() => {
      (globalThis as unknown as Record<symbol, unknown>)[KEY] = { version: '0.0.0-other' };
    }).to.throw(TypeError);
    expect(() => {
      Object.defineProperty(globalThis, KEY, { value: { version: '0.0.0-other' } });
    }).to.throw(TypeError);
    expect(relaisOnPage()).to.equal(before);
    expect(relaisOnPage()?.version).to.equal(VERSION);
  });
});
