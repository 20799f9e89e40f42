import { expect } from '@open-wc/testing';
import { expectCompleteStrings } from '../../../test/strings.js';
import { STRINGS, countOf, t, translate, translationNotice, type Strings } from './strings.js';

/** A made-up element's table, as an element package writes its own. */
const GUESTS: Strings<'one' | 'other' | 'welcome'> = {
  fr: { one: '{count} invité', other: '{count} invités', welcome: 'Bienvenue, {name}\u202F!' },
  en: { one: '{count} guest', other: '{count} guests', welcome: 'Welcome, {name}!' },
};

describe('UI strings', () => {
  it('has every shared string in French and in English, with French typography', () => {
    expectCompleteStrings(STRINGS);
    expectCompleteStrings(GUESTS);
  });

  it('fails a table with a plain space before a colon, or a key in one language only', () => {
    const plainSpace = { fr: { a: 'Source :' }, en: { a: 'Source:' } };
    expect(() => expectCompleteStrings(plainSpace)).to.throw(/narrow no-break space/);
    const missing = { fr: { a: 'Un', b: 'Deux' }, en: { a: 'One' } };
    expect(() => expectCompleteStrings(missing)).to.throw(/English keys/);
  });

  it('fills placeholders and never prints a missing one', () => {
    expect(translate(GUESTS, 'fr', 'welcome', { name: 'Zoé' })).to.equal('Bienvenue, Zoé\u202F!');
    expect(translate(GUESTS, 'en', 'welcome')).to.equal('Welcome, !');
    expect(translate(GUESTS, 'en', 'welcome')).not.to.contain('undefined');
    expect(t('en', 'multiplierWords', { value: '100' })).to.equal('multiplied by 100');
  });

  it('follows French typography before a colon', () => {
    expect(t('fr', 'sourceColon')).to.equal('Source\u202F:');
    expect(t('en', 'sourceColon')).to.equal('Source:');
  });

  it('names translations in the reader’s language', () => {
    expect(translationNotice('en', 'fr')).to.equal('Translated from French by Relais');
    expect(translationNotice('fr', 'en')).to.equal('Traduit de l’anglais par Relais');
  });

  it('counts with the plural of each language (1 and 0 are singular in French)', () => {
    const count = (locale: 'fr' | 'en', n: number): string =>
      countOf(GUESTS, locale, n, 'one', 'other');
    expect(count('fr', 9)).to.equal('9 invités');
    expect(count('fr', 1)).to.equal('1 invité');
    expect(count('fr', 0)).to.equal('0 invité');
    expect(count('en', 9)).to.equal('9 guests');
    expect(count('en', 1)).to.equal('1 guest');
    expect(count('en', 0)).to.equal('0 guests');
    expect(count('fr', 1200)).to.equal('1\u202F200 invités');
  });
});
