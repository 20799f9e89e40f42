import { expect } from '@open-wc/testing';
import { PERSON_IDS, getPeople, type Person } from './index.js';

/**
 * Each person as the announcement writes them, its own words, then what the data must hold.
 * Names are in usual casing (BITANE → Bitane), and the typo « Européeenne » is corrected.
 */
const ANNOUNCEMENT: [
  sentence: string,
  expected: Omit<Person, 'report' | 'role'> & { role: string },
][] = [
  [
    'Benjamin BITANE, Responsable de la formation chez Emmaüs Connect',
    {
      id: 'benjamin-bitane',
      givenName: 'Benjamin',
      familyName: 'Bitane',
      role: 'Responsable de la formation',
      organization: 'Emmaüs Connect',
      part: 'interviewee',
    },
  ],
  [
    'Périne BROTCORNE, Chercheuse au CIRTES et assistante à la FOPES, UCLouvain, Belgique',
    {
      id: 'perine-brotcorne',
      givenName: 'Périne',
      familyName: 'Brotcorne',
      role: 'Chercheuse au CIRTES et assistante à la FOPES',
      organization: 'UCLouvain',
      country: 'BE',
      part: 'interviewee',
    },
  ],
  [
    'Frédéric CHAILLAN, Directeur de l’Aménagement Numérique de GRAND PARIS SUD',
    {
      id: 'frederic-chaillan',
      givenName: 'Frédéric',
      familyName: 'Chaillan',
      role: 'Directeur de l’Aménagement Numérique',
      organization: 'Grand Paris Sud',
      part: 'interviewee',
    },
  ],
  [
    'Armelle DE GUIBERT, Déléguée générale de Petits Frères des Pauvres – jusqu’au 31 août 2020',
    {
      id: 'armelle-de-guibert',
      givenName: 'Armelle',
      familyName: 'de Guibert',
      role: 'Déléguée générale',
      organization: 'Petits Frères des Pauvres',
      roleEndDate: '2020-08-31',
      part: 'interviewee',
    },
  ],
  [
    'Céline JAURIBERRY, Adjointe à la direction générale des Solidarités Humaines au département des Pyrénées-Atlantiques',
    {
      id: 'celine-jauriberry',
      givenName: 'Céline',
      familyName: 'Jauriberry',
      role: 'Adjointe à la direction générale des Solidarités Humaines',
      organization: 'département des Pyrénées-Atlantiques',
      part: 'interviewee',
    },
  ],
  [
    'Anne LEHMANS, Chargée de mission sur les usages numériques à l’Université de Bordeaux',
    {
      id: 'anne-lehmans',
      givenName: 'Anne',
      familyName: 'Lehmans',
      role: 'Chargée de mission sur les usages numériques',
      organization: 'Université de Bordeaux',
      part: 'interviewee',
    },
  ],
  [
    'Adam MICKLETHWAITE, Director of Digital Social Inclusion, Good Things Foundation',
    {
      id: 'adam-micklethwaite',
      givenName: 'Adam',
      familyName: 'Micklethwaite',
      role: 'Director of Digital Social Inclusion',
      organization: 'Good Things Foundation',
      part: 'interviewee',
    },
  ],
  [
    'Jean-Marc PETIT, Directeur adjoint du LIRIS (UMR CNRS) et professeur à l’INSA',
    {
      id: 'jean-marc-petit',
      givenName: 'Jean-Marc',
      familyName: 'Petit',
      role: 'Directeur adjoint du LIRIS (UMR CNRS) et professeur',
      organization: 'INSA',
      part: 'interviewee',
    },
  ],
  [
    // The Métropole is the area the operation covers, not his employer: no organisation.
    'Florian SOUDAIN, Coordinateur de l’Opération Centres Sociaux Connectés sur le versant Sud de la Métropole Européeenne de Lille',
    {
      id: 'florian-soudain',
      givenName: 'Florian',
      familyName: 'Soudain',
      role: 'Coordinateur de l’Opération Centres Sociaux Connectés sur le versant Sud de la Métropole Européenne de Lille',
      part: 'interviewee',
    },
  ],
  [
    // A minister of the government the report was handed to; the text names no organisation.
    'préfacé par Cédric O, Secrétaire d’État chargé de la Transition numérique et des Communications électroniques',
    {
      id: 'cedric-o',
      givenName: 'Cédric',
      familyName: 'O',
      role: 'Secrétaire d’État chargé de la Transition numérique et des Communications électroniques',
      part: 'preface',
    },
  ],
  [
    'une tribune de Cyril Garcia, CEO Capgemini Invent, membre du Group Executive Board de Capgemini, en charge de la RSE',
    {
      id: 'cyril-garcia',
      givenName: 'Cyril',
      familyName: 'Garcia',
      role: 'CEO Capgemini Invent, membre du Group Executive Board de Capgemini, en charge de la RSE',
      organization: 'Capgemini',
      part: 'op-ed',
    },
  ],
  [
    'Pour Jean Deydier, fondateur de WeTechCare',
    {
      id: 'jean-deydier',
      givenName: 'Jean',
      familyName: 'Deydier',
      role: 'Fondateur',
      organization: 'WeTechCare',
      // Quoted by the announcement: the text gives him no part in the report (issue 23).
      part: 'quoted',
    },
  ],
];

/** The sentence as the data may show it: the text's one typo corrected, case ignored. */
const readable = (text: string) =>
  text.replace('Européeenne', 'Européenne').toLocaleLowerCase('fr');

describe('people: each as the announcement writes them', () => {
  for (const [sentence, expected] of ANNOUNCEMENT) {
    it(`« ${sentence} »`, () => {
      const [person] = getPeople({ ids: [expected.id] });
      expect(person, expected.id).not.to.equal(undefined);
      const { role, report, ...rest } = person!;
      expect({ ...rest, role: role.fr }).to.deep.equal(expected);
      expect(report).to.equal('monde-social-numerique-2020');
      // Nothing the sentence does not say: the name, role and organisation are its words.
      for (const words of [person!.givenName, person!.familyName, role.fr, person!.organization]) {
        if (words !== undefined) expect(readable(sentence)).to.contain(readable(words));
      }
    });
  }

  it('lists the nine interviewees in the text’s order, then the two contributors', () => {
    expect(ANNOUNCEMENT.map(([, person]) => person.id)).to.deep.equal([...PERSON_IDS]);
    expect(getPeople().map((person) => person.id)).to.deep.equal(PERSON_IDS.slice(0, 9));
    // « préfacé par Cédric O », « une tribune de Cyril Garcia »: no one else contributed.
    expect(getPeople({ include: 'contributors' }).map((person) => person.id)).to.deep.equal([
      'cedric-o',
      'cyril-garcia',
    ]);
  });

  it('keeps Adam Micklethwaite’s English role in English in both locales, marked as such', () => {
    const [adam] = getPeople({ ids: ['adam-micklethwaite'] });
    expect(adam?.role).to.deep.equal({
      fr: 'Director of Digital Social Inclusion',
      en: 'Director of Digital Social Inclusion',
      lang: 'en',
    });
  });

  it('gives a country and a role’s end only where the text does', () => {
    const all = getPeople({ ids: PERSON_IDS });
    expect(all.filter((person) => person.country).map((person) => person.id)).to.deep.equal([
      'perine-brotcorne',
    ]);
    expect(all.filter((person) => person.roleEndDate).map((person) => person.id)).to.deep.equal([
      'armelle-de-guibert',
    ]);
  });

  it('returns the report’s people with include "all", in PERSON_IDS order: not the founder the announcement quotes', () => {
    expect(getPeople({ include: 'all' }).map((person) => person.id)).to.deep.equal(
      PERSON_IDS.filter((id) => id !== 'jean-deydier'),
    );
    expect(getPeople({ ids: ['jean-deydier'] }).map((person) => person.part)).to.deep.equal([
      'quoted',
    ]);
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
