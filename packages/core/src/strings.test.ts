import { expect } from '@open-wc/testing';
import { STRINGS, countOf, languageName, t, translationNotice } from './strings.js';

describe('UI strings', () => {
  it('has every string in French and in English, none empty', () => {
    const fr = Object.keys(STRINGS.fr).sort();
    expect(Object.keys(STRINGS.en).sort()).to.deep.equal(fr);
    for (const locale of ['fr', 'en'] as const) {
      for (const [key, value] of Object.entries(STRINGS[locale])) {
        expect(value.trim(), `${locale}.${key}`).not.to.equal('');
      }
    }
  });

  it('fills placeholders and never prints a missing one', () => {
    expect(t('fr', 'publishedOn', { date: '21 septembre 2020' })).to.equal(
      'Publié le 21 septembre 2020',
    );
    expect(t('en', 'publishedOn')).to.equal('Published on ');
    expect(t('en', 'publishedOn')).not.to.contain('undefined');
  });

  it('follows French typography before a colon', () => {
    expect(t('fr', 'sourceColon')).to.equal('Source\u202F:');
    expect(t('en', 'sourceColon')).to.equal('Source:');
  });

  it('names languages and translations in the reader’s language', () => {
    expect(languageName('fr', 'en')).to.equal('anglais');
    expect(languageName('en', 'fr')).to.equal('French');
    expect(translationNotice('en', 'fr')).to.equal('Translated from French by Relais');
    expect(translationNotice('fr', 'en')).to.equal('Traduit de l’anglais par Relais');
  });

  it('counts with the plural of each language (1 and 0 are singular in French)', () => {
    const count = (locale: 'fr' | 'en', n: number): string =>
      countOf(locale, n, 'peopleInterviewedOne', 'peopleInterviewedOther');
    expect(count('fr', 9)).to.equal('9 personnes interrogées');
    expect(count('fr', 1)).to.equal('1 personne interrogée');
    expect(count('fr', 0)).to.equal('0 personne interrogée');
    expect(count('en', 9)).to.equal('9 people interviewed');
    expect(count('en', 1)).to.equal('1 person interviewed');
    expect(count('en', 0)).to.equal('0 people interviewed');
    expect(countOf('fr', 1200, 'peopleOne', 'peopleOther')).to.equal('1\u202F200 personnes');
  });
});
