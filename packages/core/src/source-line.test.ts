import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderSourceLine, sourceLineOf, type SourceRecord } from './source-line.js';
import type { Locale } from './locale.js';

const NNBSP = '\u202F';
const REPORT: SourceRecord = {
  name: {
    fr: `WeTechCare, «${NNBSP}Monde social et numérique pendant la crise${NNBSP}»`,
    en: 'WeTechCare, “Monde social et numérique pendant la crise” (report)',
  },
};
const EU: SourceRecord = { name: { fr: 'Union européenne', en: 'European Union' } };

async function line(locale: Locale, template: unknown): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div lang=${locale}></div>`);
  render(template, host);
  return host;
}

const text = (el: HTMLElement): string => (el.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();

describe('the shared source line', () => {
  it('credits a secondary source as cited by the report, with the report’s date', async () => {
    const fr = await line(
      'fr',
      renderSourceLine('fr', sourceLineOf('fr', EU, REPORT, '2020-09-21')),
    );
    expect(text(fr)).to.equal(
      `Source${NNBSP}: Union européenne, cité par ${REPORT.name.fr}, 21 septembre 2020`,
    );
    expect(fr.querySelectorAll('cite')).to.have.length(2);
    expect(fr.querySelector('time')!.getAttribute('datetime')).to.equal('2020-09-21');
    const en = await line(
      'en',
      renderSourceLine('en', sourceLineOf('en', EU, REPORT, '2020-09-21', 'fr')),
    );
    expect(text(en)).to.equal(
      `Source: European Union, cited by ${REPORT.name.en}, 21 September 2020 · Translated from French by Relais`,
    );
  });

  it('names the report alone when it is the source', async () => {
    const fr = await line(
      'fr',
      renderSourceLine('fr', sourceLineOf('fr', REPORT, REPORT, '2020-09-21')),
    );
    expect(text(fr)).to.equal(`Source${NNBSP}: ${REPORT.name.fr}, 21 septembre 2020`);
    expect(fr.querySelectorAll('cite')).to.have.length(1);
  });

  it('links only safe URLs, and renders nothing when it has nothing to say', async () => {
    const safe = await line(
      'en',
      renderSourceLine('en', { name: 'EU', url: 'https://europa.eu/' }),
    );
    expect(safe.querySelector('a')!.getAttribute('href')).to.equal('https://europa.eu/');
    const unsafe = await line(
      'en',
      renderSourceLine('en', { name: 'EU', url: 'javascript:alert(1)' }),
    );
    expect(unsafe.querySelector('a')).to.equal(null);
    expect(text(unsafe)).to.equal('Source: EU');
    const markup = await line(
      'en',
      renderSourceLine('en', { name: '<img src=x onerror=alert(1)>' }),
    );
    expect(markup.querySelector('img')).to.equal(null);
    expect(text(markup)).to.equal('Source: <img src=x onerror=alert(1)>');
    const empty = await line('en', renderSourceLine('en', { name: '  ', date: 'not a date' }));
    expect(text(empty)).to.equal('');
  });

  it('marks the language of a partner’s source name when it is not the line’s', async () => {
    // A page in German: the line's words are French, the partner's source name German.
    const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    render(
      html`<div lang="fr">${renderSourceLine('fr', { name: 'Bundesamt', nameLang: 'de' })}</div>`,
      host,
    );
    const cite = host.querySelector('cite')!;
    expect(cite.lang).to.equal('de');
    expect(text(host)).to.equal(`Source${NNBSP}: Bundesamt`);
    const plain = await line('fr', renderSourceLine('fr', { name: 'Ma source' }));
    expect(plain.querySelector('cite')!.hasAttribute('lang')).to.equal(false);
  });
});

describe('the shared source line on a page in another language', () => {
  it('marks lang on the words Relais writes, never on the source’s name', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    render(
      renderSourceLine('fr', { name: 'Statistisches Bundesamt', date: '2020-09-21', lang: 'fr' }),
      host,
    );
    const langOf = (node: Node): string | null =>
      (node.parentElement!.closest('[lang]') as HTMLElement).getAttribute('lang');
    const texts = [...host.querySelectorAll('p *, p')].flatMap((el) =>
      [...el.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
      ),
    );
    const langs = Object.fromEntries(texts.map((node) => [node.textContent!.trim(), langOf(node)]));
    expect(langs).to.deep.include({
      [`Source${NNBSP}:`]: 'fr',
      'Statistisches Bundesamt': 'de',
      '21 septembre 2020': 'fr',
    });
  });
});
