import { expect } from '@open-wc/testing';
import { sortByName, sortKeyOf, sortingName, splitName } from './names.js';

const person = (name: string) => ({ name, sortKey: sortKeyOf(name) });
const sorted = (names: string[], locale: 'fr' | 'en' = 'fr'): string[] =>
  sortByName(names.map(person), locale).map((p) => p.name);

describe('names: split, sorted by family name as French usage sorts', () => {
  it('a capitalised particle sorts where it is written, a lower-case one is left out', () => {
    // The rule's own example: « Du Bellay, Cazes, de La Fontaine, Van Gogh, Henry ».
    expect(
      sorted([
        'Joachim Du Bellay',
        'Nadine Cazes',
        'Jean de La Fontaine',
        'Vincent Van Gogh',
        'Thierry Henry',
      ]),
    ).to.deep.equal([
      'Nadine Cazes',
      'Joachim Du Bellay',
      'Thierry Henry',
      'Jean de La Fontaine',
      'Vincent Van Gogh',
    ]);
  });

  it('splits given and family names at the first particle, else before the last word', () => {
    expect(splitName('Armelle de Guibert')).to.deep.equal(['Armelle', 'de Guibert']);
    expect(splitName('Jean de La Fontaine')).to.deep.equal(['Jean', 'de La Fontaine']);
    expect(splitName('Joachim Du Bellay')).to.deep.equal(['Joachim', 'Du Bellay']);
    expect(splitName('Ludwig van Beethoven')).to.deep.equal(['Ludwig', 'van Beethoven']);
    expect(splitName('Valéry Giscard d’Estaing')).to.deep.equal(['Valéry Giscard', 'd’Estaing']);
    expect(splitName('Jean-Marc Petit')).to.deep.equal(['Jean-Marc', 'Petit']);
    expect(splitName('  Cédric   O ')).to.deep.equal(['Cédric', 'O']);
    expect(splitName('Madonna')).to.deep.equal(['', 'Madonna']);
    // « de » as the last word is a name, not a particle.
    expect(splitName('Anne De')).to.deep.equal(['Anne', 'De']);
  });

  it('sorts by the family name without its lower-case particles only', () => {
    expect(sortingName('de Guibert')).to.equal('Guibert');
    expect(sortingName('van der Berg')).to.equal('Berg');
    expect(sortingName('d’Estaing')).to.equal('Estaing');
    expect(sortingName('de La Fontaine')).to.equal('La Fontaine');
    expect(sortingName('Du Bellay')).to.equal('Du Bellay');
    expect(sortingName('Van Gogh')).to.equal('Van Gogh');
  });

  it('collates accents as the reader’s language does, then by given name', () => {
    expect(sorted(['Zoé Élan', 'Anne Eber', 'Bruno Eber', 'Luc Faure'])).to.deep.equal([
      'Anne Eber',
      'Bruno Eber',
      'Zoé Élan',
      'Luc Faure',
    ]);
    expect(sorted(['Ludwig van Beethoven', 'Johann Bach'], 'en')).to.deep.equal([
      'Johann Bach',
      'Ludwig van Beethoven',
    ]);
  });
});
