import { expect } from '@open-wc/testing';
import './named-relais.fixture.js';
import { VERSION } from './relais.js';

// The entry of relais.js, from its source (the build writes the package version into
// VERSION). The bundle itself is tested end to end in apps/partner-demo/e2e.
describe('relais.js entry', () => {
  it('tells the page which version runs, on window.relais', () => {
    expect(VERSION).to.be.a('string').and.not.equal('');
    expect(window.relais?.version).to.equal(VERSION);
  });

  it('is not fooled by an element with id="relais" on the page', () => {
    const named = document.getElementById('relais');
    expect(named?.localName, 'the page has its element').to.equal('nav');
    expect(Object.prototype.hasOwnProperty.call(window, 'relais')).to.equal(true);
    expect(window.relais).to.not.equal(named);
    expect(window.relais?.version).to.equal(VERSION);
  });

  it('is frozen and read-only: a script of the page cannot change it', () => {
    const before = window.relais;
    expect(Object.isFrozen(before)).to.equal(true);
    expect(() => {
      (before as { version: string }).version = '0.0.0-other';
    }).to.throw(TypeError);
    expect(() => {
      (window as { relais: unknown }).relais = { version: '0.0.0-other' };
    }).to.throw(TypeError);
    expect(window.relais?.version).to.equal(VERSION);
  });
});
