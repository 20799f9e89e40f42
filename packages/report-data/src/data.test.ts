import { expect } from '@open-wc/testing';
import { FIGURE_KINDS as CORE_FIGURE_KINDS } from '@relais/core';
import json from '../data/monde-social-numerique-2020.json' with { type: 'json' };
import {
  DEFAULT_REPORT_ID,
  DIGITAL_USE_IDS,
  FIGURE_IDS,
  FIGURE_KINDS,
  PERSON_IDS,
  QUOTE_IDS,
  SOURCE_IDS,
  THEME_IDS,
  getCitingSource,
  getFigure,
  getFigures,
  getPeople,
  getQuote,
  getReport,
  getSource,
  getTheme,
} from './index.js';

const NNBSP = '\u202F';

/** Every `{ fr, … }` object anywhere in the data, with its JSON path. */
function localizedTexts(value: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => localizedTexts(item, `${path}/${index}`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: [string, Record<string, unknown>][] = 'fr' in record ? [[path, record]] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) => localizedTexts(child, `${path}/${key}`)),
  ];
}

const texts = localizedTexts(json);

describe('the data file', () => {
  it('is what the accessors hand out, through the generated modules', () => {
    expect(getFigure('teleconsultations')).to.deep.equal(json.figures.at(-1));
    expect(getFigures()).to.deep.equal(json.figures);
    expect(getReport()).to.deep.equal(json.report);
    expect(getPeople({ ids: json.people.map((person) => person.id) })).to.deep.equal(json.people);
    expect(getPeople({ include: 'all' })).to.deep.equal(
      json.people.filter((person) => person.part !== 'quoted'),
    );
  });

  it('says of every record that it belongs to this report, the default one', () => {
    expect(DEFAULT_REPORT_ID).to.equal(json.report.id);
    for (const list of [json.sources, json.themes, json.figures, json.quotes, json.people]) {
      for (const record of list) expect(record.report, record.id).to.equal(json.report.id);
    }
  });

  it('has the ids of the public lists, in order', () => {
    const ids = (list: readonly { id: string }[]) => list.map((record) => record.id);
    expect(ids(json.figures)).to.deep.equal([...FIGURE_IDS]);
    expect(ids(json.sources)).to.deep.equal([...SOURCE_IDS]);
    expect(ids(json.themes)).to.deep.equal([...THEME_IDS]);
    expect(ids(json.quotes)).to.deep.equal([...QUOTE_IDS]);
    expect(ids(json.people)).to.deep.equal([...PERSON_IDS]);
    expect(ids(json.report.digitalUses)).to.deep.equal([...DIGITAL_USE_IDS]);
  });

  it('is frozen, so one element cannot change what another shows', () => {
    const figure = getFigure('eloignes-du-numerique')!;
    expect(Object.isFrozen(figure) && Object.isFrozen(figure.label)).to.equal(true);
    expect(() => {
      (figure as { value: number }).value = 0;
    }).to.throw(TypeError);
    expect(getFigure('eloignes-du-numerique')?.value).to.equal(13_000_000);
  });

  it('has unique ids in every list', () => {
    for (const list of [json.sources, json.themes, json.figures, json.quotes, json.people]) {
      const ids = list.map((record) => record.id);
      expect(new Set(ids).size, ids.join()).to.equal(ids.length);
    }
  });

  it('has every French text in English too; English that is ours says so', () => {
    expect(texts.length).to.be.greaterThan(40);
    for (const [path, text] of texts) {
      expect(text.fr, path).to.be.a('string').and.not.equal('');
      expect(text.en, path).to.be.a('string').and.not.equal('');
      // The only English that is not ours is a role the text itself writes in English.
      if (text.lang === 'en') expect(text.en, path).to.equal(text.fr);
      else expect(text.translated, path).to.deep.equal({ en: true });
    }
  });

  it('follows French typography: ’ apostrophes, narrow no-break spaces before : ; ? ! % » and after «', () => {
    for (const [path, { fr }] of texts) {
      expect(fr, path).not.to.match(/'/);
      expect(fr, path).not.to.match(/[ \u00A0][:;?!%»]|«[ \u00A0]/);
      expect(fr, path).not.to.match(/[^\s\u202F][;?!»]|«[^\u202F]/);
    }
    expect(getReport().title.fr).to.equal(
      `Monde social et numérique pendant la crise${NNBSP}: de la défiance à l’adoption`,
    );
  });

  it('keeps the same list of figure kinds as @relais/core', () => {
    expect([...FIGURE_KINDS]).to.deep.equal([...CORE_FIGURE_KINDS]);
  });

  it('ships no schema library at run time: the modules import types only from the schema', async () => {
    for (const file of ['index', 'figures', 'sources', 'people', 'report', 'generated/figures']) {
      const served = await (await fetch(new URL(`./${file}.ts`, import.meta.url))).text();
      expect(served, file).not.to.match(/typebox|schema\.js|currencies/i);
      expect(served, file).not.to.match(/\.json\b/);
    }
  });
});

describe('the report, its quote and its sources', () => {
  it('describes the report as the announcement does', () => {
    const report = getReport();
    expect(report).to.deep.include({
      id: 'monde-social-numerique-2020',
      publisher: 'WeTechCare',
      published: '2020-09-21',
      written: '2020-07',
      prefaceBy: 'cedric-o',
      opEdBy: 'cyril-garcia',
    });
    expect(report.title.translated).to.deep.equal({ en: true });
    expect(report.method?.fr).to.equal(
      'Une analyse de la littérature et une série d’interviews d’acteurs',
    );
    expect(report.themes).to.deep.equal(['jeunesse', 'insertion', 'sante']);
    expect(report.themes.map((id) => getTheme(id)?.name.fr)).to.deep.equal([
      'Jeunesse',
      'Insertion professionnelle',
      'Santé',
    ]);
  });

  it('names the four ways social workers used digital tools during lockdown', () => {
    expect(getReport().digitalUses?.map((use) => use.text.fr)).to.deep.equal([
      'Maintenir une activité interne',
      'Diffuser des informations aux publics',
      'Accompagner à distance, notamment avec le retour du téléphone',
      'Pour certains, former leurs publics au numérique afin de les mettre en capacité dans la durée',
    ]);
  });

  it('quotes Jean Deydier word for word, in French, the English marked as ours', () => {
    const quote = getQuote('jean-deydier');
    // The announcement: Pour Jean Deydier, fondateur de WeTechCare, ”Le numérique … accessibles.”
    expect(quote?.text.fr).to.equal(
      'Le numérique prend tout son sens aujourd’hui dans l’accompagnement des publics fragiles pour, dans un premier temps, garder le lien malgré la crise sanitaire et pour, demain, offrir de nouveaux services personnalisés et plus accessibles.',
    );
    expect(quote).to.deep.include({
      originalLang: 'fr',
      author: 'jean-deydier',
      // « Pour Jean Deydier, fondateur de WeTechCare, ”…” »: the announcement's words, not
      // said to be in the report.
      source: 'annonce',
      date: '2020-09-21',
    });
    expect(quote?.text.translated).to.deep.equal({ en: true });
    const [author] = getPeople({ ids: [quote!.author] });
    expect([author?.givenName, author?.familyName, author?.role.fr]).to.deep.equal([
      'Jean',
      'Deydier',
      'Fondateur',
    ]);
  });

  it('names each source as the text gives it, with no invented URL', () => {
    expect(
      ['rapport', 'annonce', 'plan-de-relance', 'education-nationale', 'union-europeenne'].map(
        (id) => getSource(id)?.name.fr,
      ),
    ).to.deep.equal([
      `WeTechCare, rapport «${NNBSP}Monde social et numérique pendant la crise${NNBSP}»`,
      `WeTechCare, annonce de la publication du rapport «${NNBSP}Monde social et numérique pendant la crise${NNBSP}»`,
      'Plan de relance',
      'Éducation nationale',
      'Union européenne',
    ]);
    expect(json.sources.some((source) => 'url' in source)).to.equal(false);
  });

  it('models the announcement as a document of its own: title, publisher, date', () => {
    // « Publication de notre rapport « Monde social et numérique pendant la crise : de la
    // défiance à l’adoption » par | Sep 21, 2020 »
    expect(getSource('annonce')).to.deep.include({
      publisher: 'WeTechCare',
      published: '2020-09-21',
    });
    expect(getSource('annonce')?.title?.fr).to.equal(
      `Publication de notre rapport «${NNBSP}Monde social et numérique pendant la crise${NNBSP}: de la défiance à l’adoption${NNBSP}»`,
    );
  });

  it('credits each source to the document that cites it, as the text does', () => {
    const citing = (id: string) => getCitingSource(getSource(id))?.id;
    // « l’enveloppe de 7 milliards d’euros qui est consacrée dans le plan de relance annoncé
    // début septembre »: the announcement's opening; the July report cannot cite it.
    expect(citing('plan-de-relance')).to.equal('annonce');
    // « Notre rapport montre ainsi… Selon l’Éducation nationale… l’Union Européenne estime… »
    expect(citing('education-nationale')).to.equal('rapport');
    expect(citing('union-europeenne')).to.equal('rapport');
    // The report and its announcement are cited by no one.
    expect(citing('rapport')).to.equal(undefined);
    expect(citing('annonce')).to.equal(undefined);
  });
});

describe('accessors: unknown ids find nothing', () => {
  const unknown = ['', 'nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];

  it('returns undefined for an unknown or inherited key', () => {
    for (const id of unknown) {
      expect(getFigure(id), id).to.equal(undefined);
      expect(getSource(id), id).to.equal(undefined);
      expect(getQuote(id), id).to.equal(undefined);
      expect(getTheme(id), id).to.equal(undefined);
    }
  });

  it('falls back to the interviewees for an include it does not know, inherited keys too', () => {
    const includes: string[] = ['friends', '__proto__', 'constructor', 'toString'];
    for (const include of includes) {
      const parts = getPeople({ include: include as 'all' }).map((person) => person.part);
      expect(parts, include).to.deep.equal(Array(9).fill('interviewee'));
    }
  });
});
