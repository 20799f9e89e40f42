import { expect } from '@open-wc/testing';
import { PERSON_IDS, getPeople, type Person } from './index.js';

/** One line per person as the announcement lists them: name, role, organisation. */
const line = (person: Person) =>
  `${person.givenName} ${person.familyName}, ${person.role.fr}, ${person.organization}`;

describe('people: as the announcement writes them', () => {
  it('lists the nine interviewees in the text’s order, names in usual casing', () => {
    expect(getPeople().map(line)).to.deep.equal([
      'Benjamin Bitane, Responsable de la formation, Emmaüs Connect',
      'Périne Brotcorne, Chercheuse au CIRTES et assistante à la FOPES, UCLouvain',
      'Frédéric Chaillan, Directeur de l’Aménagement Numérique, Grand Paris Sud',
      'Armelle de Guibert, Déléguée générale, Petits Frères des Pauvres',
      'Céline Jauriberry, Adjointe à la direction générale des Solidarités Humaines, département des Pyrénées-Atlantiques',
      'Anne Lehmans, Chargée de mission sur les usages numériques, Université de Bordeaux',
      'Adam Micklethwaite, Director of Digital Social Inclusion, Good Things Foundation',
      'Jean-Marc Petit, Directeur adjoint du LIRIS (UMR CNRS) et professeur, INSA',
      // « Métropole Européeenne de Lille » in the text: the typo is corrected.
      'Florian Soudain, Coordinateur de l’Opération Centres Sociaux Connectés sur le versant Sud, Métropole Européenne de Lille',
    ]);
    expect(getPeople().every((person) => person.part === 'interviewee')).to.equal(true);
  });

  it('keeps Adam Micklethwaite’s English role in English in both locales, marked as such', () => {
    const [adam] = getPeople({ ids: ['adam-micklethwaite'] });
    expect(adam?.role).to.deep.equal({
      fr: 'Director of Digital Social Inclusion',
      en: 'Director of Digital Social Inclusion',
      lang: 'en',
    });
  });

  it('places Périne Brotcorne in Belgium and keeps the end of Armelle de Guibert’s role', () => {
    const [perine, armelle] = getPeople({ ids: ['perine-brotcorne', 'armelle-de-guibert'] });
    expect(perine?.country).to.equal('BE');
    expect(armelle?.roleEndDate).to.equal('2020-08-31');
    expect(
      getPeople()
        .filter((person) => person.country)
        .map((person) => person.id),
    ).to.deep.equal(['perine-brotcorne']);
  });

  it('names the contributors: preface, op-ed and the quoted founder, roles as in the text', () => {
    expect(
      getPeople({ include: 'contributors' }).map((person) => [
        person.id,
        person.part,
        line(person),
      ]),
    ).to.deep.equal([
      [
        'cedric-o',
        'preface',
        'Cédric O, Secrétaire d’État chargé de la Transition numérique et des Communications électroniques, Gouvernement',
      ],
      [
        'cyril-garcia',
        'op-ed',
        'Cyril Garcia, CEO Capgemini Invent, membre du Group Executive Board de Capgemini, en charge de la RSE, Capgemini',
      ],
      ['jean-deydier', 'founder', 'Jean Deydier, Fondateur, WeTechCare'],
    ]);
  });

  it('returns everyone with include "all", in PERSON_IDS order', () => {
    expect(getPeople({ include: 'all' }).map((person) => person.id)).to.deep.equal([...PERSON_IDS]);
  });

  it('picks people by id in the order asked, skipping unknown ids and repeats', () => {
    expect(
      getPeople({
        ids: ['jean-deydier', 'nobody', 'benjamin-bitane', '__proto__', 'jean-deydier'],
      }).map((person) => person.id),
    ).to.deep.equal(['jean-deydier', 'benjamin-bitane']);
    expect(getPeople({ ids: [] })).to.deep.equal([]);
    expect(getPeople({ ids: ['constructor', 'toString', 'hasOwnProperty'] })).to.deep.equal([]);
  });

  it('hands out a new array each time, so a caller’s sort cannot reorder the next one', () => {
    const first = getPeople();
    first.reverse();
    expect(getPeople()[0]?.id).to.equal('benjamin-bitane');
  });
});
