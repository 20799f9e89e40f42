import { expect } from '@open-wc/testing';
import { formatFigure } from '@relais/core';
import { FIGURE_IDS, getFigure, getFigures, getSource, type Figure } from './index.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** What a figure says as numbers, with the label's French, compared field by field. */
function facts(figure: Figure | undefined) {
  if (!figure) return undefined;
  const { kind, value, valueMax, currency, denominator, unit, compare, source, theme, date } =
    figure;
  return {
    report: figure.report,
    kind,
    value,
    valueMax,
    currency,
    denominator,
    unit: unit && { fr: unit.fr, en: unit.en },
    compare: compare && { value: compare.value, fr: compare.label.fr, en: compare.label.en },
    source,
    theme,
    date,
    label: figure.label.fr,
  };
}

const none = {
  report: 'monde-social-numerique-2020',
  valueMax: undefined,
  currency: undefined,
  denominator: undefined,
  unit: undefined,
  compare: undefined,
  date: '2020-09-21',
};

describe('figures: each says what the announcement says, with the source it gives', () => {
  it('« La transformation numérique est désormais un enjeu structurant de l’action publique, comme l’illustre l’enveloppe de 7 milliards d’euros qui est consacrée dans le plan de relance annoncé début septembre »', () => {
    expect(facts(getFigure('plan-de-relance-numerique'))).to.deep.equal({
      ...none,
      kind: 'currency',
      value: 7_000_000_000,
      currency: 'EUR',
      source: 'plan-de-relance',
      theme: 'politique-publique',
      label:
        'consacrés à la transformation numérique dans le plan de relance annoncé début septembre',
    });
  });

  it('« 13 millions d’entre eux [les français] demeurent toujours éloignés du numérique aujourd’hui »', () => {
    // Under « Accélérer l’inclusion numérique », before the text turns to the sectors
    // (jeunesse, insertion professionnelle, santé): it gives this figure no theme. The
    // announcement says it in its own words, not as the report's: its source is the
    // announcement.
    expect(facts(getFigure('eloignes-du-numerique'))).to.deep.equal({
      ...none,
      kind: 'count',
      value: 13_000_000,
      source: 'annonce',
      theme: undefined,
      label: 'de Français toujours éloignés du numérique',
    });
  });

  it('« D’abord, la jeunesse, bouleversée par l’école à la maison. Selon l’Éducation nationale, entre 5 et 8 % des élèves auraient complètement décroché de l’apprentissage à distance »', () => {
    expect(facts(getFigure('decrochage-scolaire'))).to.deep.equal({
      ...none,
      kind: 'percent',
      value: 5,
      valueMax: 8,
      source: 'education-nationale',
      theme: 'jeunesse',
      label: 'des élèves auraient complètement décroché de l’apprentissage à distance',
    });
  });

  it('« Du côté de l’insertion professionnelle, […] l’Union Européenne estime que 9 emplois sur 10 nécessiteront des compétences numériques dans le futur »', () => {
    expect(facts(getFigure('emplois-competences-numeriques'))).to.deep.equal({
      ...none,
      kind: 'ratio',
      value: 9,
      denominator: 10,
      unit: { fr: 'emplois', en: 'jobs' },
      source: 'union-europeenne',
      theme: 'insertion',
      label: 'nécessiteront des compétences numériques dans le futur',
    });
  });

  it('« Du côté de l’insertion professionnelle, […] 42 % des Européens n’ont encore pas de compétence numérique de base (40 % en France) »', () => {
    expect(facts(getFigure('competences-numeriques-de-base'))).to.deep.equal({
      ...none,
      kind: 'percent',
      value: 42,
      compare: { value: 40, fr: 'en France', en: 'in France' },
      source: 'rapport',
      theme: 'insertion',
      label: 'des Européens n’ont encore pas de compétence numérique de base',
    });
  });

  it('« La crise sanitaire a enfin révélé l’utilité du numérique dans le domaine de la santé, avec l’explosion du nombre de téléconsultations, multipliées par 100 en France pendant le confinement »', () => {
    expect(facts(getFigure('teleconsultations'))).to.deep.equal({
      ...none,
      kind: 'multiplier',
      value: 100,
      source: 'rapport',
      theme: 'sante',
      label: 'de téléconsultations en France pendant le confinement',
    });
  });

  it('lists every figure in FIGURE_IDS, each with a source that exists', () => {
    expect(FIGURE_IDS).to.have.length(6);
    for (const id of FIGURE_IDS) {
      const figure = getFigure(id);
      expect(figure?.id, id).to.equal(id);
      expect(getSource(figure?.source ?? ''), `${id} source`).not.to.equal(undefined);
    }
  });

  it('speaks the whole finding in words, never with a symbol a screen reader may skip', () => {
    expect(getFigure('plan-de-relance-numerique')?.spoken).to.include({
      fr: `7${NBSP}milliards d’euros consacrés à la transformation numérique dans le plan de relance annoncé début septembre`,
      en: '7 billion euros for digital transformation in the recovery plan announced in early September',
    });
    expect(getFigure('decrochage-scolaire')?.spoken.fr).to.equal(
      `Entre 5 et 8${NBSP}pour cent des élèves auraient complètement décroché de l’apprentissage à distance`,
    );
    expect(getFigure('emplois-competences-numeriques')?.spoken.en).to.match(/^9 jobs out of 10 /);
    for (const id of FIGURE_IDS) {
      const { fr, en } = getFigure(id)!.spoken;
      expect(`${fr} ${en}`, id).not.to.match(/[%€×]/);
      expect(fr, id).not.to.contain(NNBSP);
    }
  });

  it('formats every figure in French and English with @relais/core, as the elements do', () => {
    for (const figure of getFigures()) {
      for (const locale of ['fr', 'en'] as const) {
        const formatted = formatFigure({ ...figure, unit: figure.unit?.[locale] }, locale);
        expect(formatted?.text, `${figure.id} ${locale}`)
          .to.be.a('string')
          .and.not.match(/NaN|undefined/);
      }
    }
    expect(
      formatFigure({ ...getFigure('eloignes-du-numerique')!, unit: undefined }, 'fr')?.text,
    ).to.equal(`13${NBSP}millions`);
  });
});
