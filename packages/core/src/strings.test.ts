import { expect } from '@open-wc/testing';
import { STRINGS, languageName, t, translationNotice } from './strings.js';

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
});
