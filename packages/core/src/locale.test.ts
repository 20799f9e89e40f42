import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, langToMark, resolveLocale, toLocale } from './locale.js';

class LocaleProbe extends LitElement {
  readonly localeController = new LocaleController(this);
  override render() {
    return this.localeController.locale === 'fr' ? 'Bonjour' : 'Hello';
  }
}

/** Lets the shared MutationObserver run, then the update it requested. */
async function settled(probe: LocaleProbe): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await probe.updateComplete;
}
customElements.define('relais-locale-probe', LocaleProbe);

describe('resolveLocale', () => {
  afterEach(() => {
    document.documentElement.lang = 'fr';
  });

  it('takes the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="fr"><span lang="en-GB"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });

  it('takes the nearest ancestor’s lang, with a region', async () => {
    const el = await fixture(
      html`<section lang="fr-BE">
        <p><em>x</em></p>
      </section>`,
    );
    expect(resolveLocale(el.querySelector('em')!)).to.equal('fr');
  });

  it('crosses shadow roots to find the lang of the host’s ancestors', async () => {
    const host = await fixture(html`<div lang="en"><div id="host"></div></div>`);
    const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLocale(inner)).to.equal('en');
  });

  it('falls back to the document’s lang, then to French', async () => {
    const el = await fixture(html`<p>no lang here</p>`);
    document.documentElement.lang = 'en-US';
    expect(resolveLocale(el)).to.equal('en');
    document.documentElement.lang = '';
    expect(resolveLocale(el)).to.equal('fr');
  });

  it('gives French for a language it has no text for', async () => {
    const el = await fixture(html`<p lang="de">Hallo</p>`);
    expect(resolveLocale(el)).to.equal('fr');
    expect(toLocale('zh-Hant-TW')).to.equal('fr');
    expect(toLocale('EN_au')).to.equal('en');
    expect(toLocale('')).to.equal(undefined);
    expect(toLocale('   ')).to.equal(undefined);
  });
});

describe('LocaleController', () => {
  it('re-renders an element when the page switches language', async () => {
    const wrapper = await fixture(
      html`<div lang="fr"><relais-locale-probe></relais-locale-probe></div>`,
    );
    const probe = wrapper.querySelector('relais-locale-probe') as LocaleProbe;
    await expect(probe).to.be.accessible();
    expect(probe.shadowRoot!.textContent).to.equal('Bonjour');
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Hello');
  });
});

describe('LocaleController, where the language comes from', () => {
  it('re-renders an element moved from a French section into an English one', async () => {
    const page = await fixture(
      html`<div>
        <section lang="fr"><relais-locale-probe></relais-locale-probe></section>
        <section lang="en"></section>
      </div>`,
    );
    const probe = page.querySelector('relais-locale-probe') as LocaleProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Bonjour');
    page.querySelector('section[lang="en"]')!.append(probe);
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.equal('Hello');
  });

  it('sees a lang change inside a partner’s own shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article lang="fr"><relais-locale-probe></relais-locale-probe></article>';
    const probe = shadow.querySelector('relais-locale-probe') as LocaleProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Bonjour');
    shadow.querySelector('article')!.lang = 'en';
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.equal('Hello');
  });
});

describe('langToMark', () => {
  it('marks its own text only when the page is in another language', async () => {
    const page = await fixture(
      html`<div>
        <p lang="fr-BE"><span id="fr"></span></p>
        <p lang="en"><span id="en"></span></p>
        <p lang="de"><span id="de"></span></p>
      </div>`,
    );
    const at = (id: string): Element => page.querySelector(`#${id}`)!;
    expect(langToMark(at('fr'), 'fr')).to.equal(undefined);
    expect(langToMark(at('en'), 'en')).to.equal(undefined);
    expect(langToMark(at('en'), 'fr')).to.equal('fr');
    expect(langToMark(at('de'), 'fr')).to.equal('fr');
  });
});
