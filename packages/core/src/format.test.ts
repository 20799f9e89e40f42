import { expect } from '@open-wc/testing';
import { formatCompared, formatDate, formatFigure, isCurrency, parseNumber } from './format.js';

const NNBSP = '\u202F';
/** Between a number and its word in French: « 13 » never ends a line that « millions » starts. */
const NBSP = '\u00A0';

describe('formatFigure: what readers see and what assistive technology says', () => {
  it('counts: « 13 millions » / "13 million", small numbers grouped', () => {
    // The no-break space stays a no-break one in every engine (issue 23).
    expect(formatFigure({ kind: 'count', value: 13_000_000 }, 'fr')).to.deep.equal({
      text: `13${NBSP}millions`,
      words: `13${NBSP}millions`,
    });
    expect(formatFigure({ kind: 'count', value: 13_000_000 }, 'en')).to.deep.equal({
      text: '13 million',
      words: '13 million',
    });
    expect(formatFigure({ kind: 'count', value: 12_345 }, 'fr')).to.deep.equal({
      text: `12${NNBSP}345`,
      words: '12345',
    });
    expect(formatFigure({ kind: 'count', value: 12_345 }, 'en')).to.deep.equal({
      text: '12,345',
      words: '12345',
    });
  });

  it('counts with a unit: « 13 millions de personnes », "13 million people"', () => {
    expect(formatFigure({ kind: 'count', value: 13e6, unit: 'personnes' }, 'fr')?.text).to.equal(
      `13${NBSP}millions de personnes`,
    );
    expect(formatFigure({ kind: 'count', value: 13e6, unit: 'élèves' }, 'fr')?.text).to.equal(
      `13${NBSP}millions d’élèves`,
    );
    expect(formatFigure({ kind: 'count', value: 9, unit: 'personnes' }, 'fr')?.text).to.equal(
      `9${NBSP}personnes`,
    );
    expect(formatFigure({ kind: 'count', value: 13e6, unit: 'people' }, 'en')?.text).to.equal(
      '13 million people',
    );
  });

  it('percent: « 42 % » with a narrow no-break space, "42%"', () => {
    expect(formatFigure({ kind: 'percent', value: 42 }, 'fr')).to.deep.equal({
      text: `42${NNBSP}%`,
      words: `42${NBSP}pour cent`,
    });
    expect(formatFigure({ kind: 'percent', value: 42 }, 'en')).to.deep.equal({
      text: '42%',
      words: '42 percent',
    });
    expect(formatFigure({ kind: 'percent', value: 12.5 }, 'fr')?.text).to.equal(`12,5${NNBSP}%`);
  });

  it('percent ranges: « 5 à 8 % », "5–8%"', () => {
    expect(formatFigure({ kind: 'percent', value: 5, valueMax: 8 }, 'fr')).to.deep.equal({
      text: `5 à 8${NNBSP}%`,
      words: `5 à 8${NBSP}pour cent`,
    });
    expect(formatFigure({ kind: 'percent', value: 5, valueMax: 8 }, 'en')).to.deep.equal({
      text: '5–8%',
      words: '5 to 8 percent',
    });
  });

  it('currency: « 7 milliards d’euros », "€7bn" said "7 billion euros"', () => {
    expect(formatFigure({ kind: 'currency', value: 7e9, currency: 'EUR' }, 'fr')).to.deep.equal({
      text: `7${NBSP}milliards d’euros`,
      words: `7${NBSP}milliards d’euros`,
    });
    expect(formatFigure({ kind: 'currency', value: 7e9 }, 'en')).to.deep.equal({
      text: '€7bn',
      words: '7 billion euros',
    });
    expect(formatFigure({ kind: 'currency', value: 13e6, currency: 'gbp' }, 'en')?.text).to.equal(
      '£13m',
    );
    expect(formatFigure({ kind: 'currency', value: 1500, currency: 'EUR' }, 'fr')).to.deep.equal({
      text: `1${NNBSP}500\u00A0€`,
      words: `1500${NBSP}euros`,
    });
    expect(formatFigure({ kind: 'currency', value: 1500, currency: 'EUR' }, 'en')).to.deep.equal({
      text: '€1,500',
      words: '1500 euros',
    });
  });

  it('currency: the plural of the value itself, as CLDR says it (French: singular below 2)', () => {
    const said = (value: number, locale: 'fr' | 'en') =>
      formatFigure({ kind: 'currency', value, currency: 'EUR' }, locale)?.words;
    expect(said(1.5, 'fr')).to.equal(`1,5${NBSP}euro`);
    expect(said(1.99, 'fr')).to.equal(`1,99${NBSP}euro`);
    expect(said(2, 'fr')).to.equal(`2${NBSP}euros`);
    expect(said(1, 'en')).to.equal('1 euro');
    expect(said(1.5, 'en')).to.equal('1.5 euros');
  });

  it('exact: every digit of a value of a million or more, never its magnitude word', () => {
    expect(
      formatFigure({ kind: 'count', value: 13_245_000, unit: 'personnes' }, 'fr'),
    ).to.deep.equal({
      text: `13,2${NBSP}millions de personnes`,
      words: `13,2${NBSP}millions de personnes`,
    });
    expect(
      formatFigure({ kind: 'count', value: 13_245_000, unit: 'personnes', exact: true }, 'fr'),
    ).to.deep.equal({
      text: `13${NNBSP}245${NNBSP}000${NBSP}personnes`,
      words: `13245000${NBSP}personnes`,
    });
    expect(
      formatFigure({ kind: 'currency', value: 7_000_000_000, exact: true }, 'en'),
    ).to.deep.equal({ text: '€7,000,000,000', words: '7000000000 euros' });
  });

  it('ratio: « 9 emplois sur 10 », "9 in 10 jobs"', () => {
    const fr = { kind: 'ratio', value: 9, denominator: 10, unit: 'emplois' } as const;
    const en = { kind: 'ratio', value: 9, denominator: 10, unit: 'jobs' } as const;
    expect(formatFigure(fr, 'fr')).to.deep.equal({
      text: `9${NBSP}emplois sur 10`,
      words: `9${NBSP}emplois sur 10`,
    });
    expect(formatFigure(en, 'en')).to.deep.equal({ text: '9 in 10 jobs', words: '9 in 10 jobs' });
    expect(formatFigure({ kind: 'ratio', value: 9, denominator: 10 }, 'en')?.text).to.equal(
      '9 in 10',
    );
  });

  it('multiplier: « ×100 » said « multiplié par 100 »', () => {
    expect(formatFigure({ kind: 'multiplier', value: 100 }, 'fr')).to.deep.equal({
      text: '×100',
      words: 'multiplié par 100',
    });
    expect(formatFigure({ kind: 'multiplier', value: 100 }, 'en')).to.deep.equal({
      text: '×100',
      words: 'multiplied by 100',
    });
  });

  it('rounds once, shown and said alike, and never shows a negative zero', () => {
    const said = (kind: 'percent' | 'count', value: number, locale: 'fr' | 'en' = 'fr') =>
      formatFigure({ kind, value }, locale);
    expect(said('percent', 0.04)).to.deep.equal({ text: `0${NNBSP}%`, words: `0${NBSP}pour cent` });
    expect(said('percent', 99.96)).to.deep.equal({
      text: `100${NNBSP}%`,
      words: `100${NBSP}pour cent`,
    });
    expect(said('percent', -0)).to.deep.equal({ text: `0${NNBSP}%`, words: `0${NBSP}pour cent` });
    expect(said('percent', -0.04, 'en')).to.deep.equal({ text: '0%', words: '0 percent' });
    expect(said('percent', 42.25)).to.deep.equal({
      text: `42,3${NNBSP}%`,
      words: `42,3${NBSP}pour cent`,
    });
    expect(said('percent', -2.25, 'en')).to.deep.equal({ text: '-2.3%', words: '-2.3 percent' });
    expect(said('count', -0.001)).to.deep.equal({ text: '0', words: '0' });
    expect(said('count', 2.345, 'en')).to.deep.equal({ text: '2.35', words: '2.35' });
    expect(formatFigure({ kind: 'percent', value: 4.96, valueMax: 8.04 }, 'fr')).to.deep.equal({
      text: `5 à 8${NNBSP}%`,
      words: `5 à 8${NBSP}pour cent`,
    });
  });

  it('gives nothing to show, never "NaN", for bad numbers', () => {
    const bad: unknown[] = [
      Number.NaN,
      Infinity,
      -Infinity,
      '',
      'abc',
      '12px',
      '0x10',
      null,
      undefined,
      {},
    ];
    for (const value of bad) {
      for (const locale of ['fr', 'en'] as const) {
        const result = formatFigure({ kind: 'count', value: value as number }, locale);
        expect(result, `${String(value)} in ${locale}`).to.equal(undefined);
      }
    }
  });

  it('refuses a range upside down, a ratio without denominator, an unknown currency or kind', () => {
    expect(formatFigure({ kind: 'percent', value: 8, valueMax: 5 }, 'fr')).to.equal(undefined);
    expect(formatFigure({ kind: 'percent', value: 5, valueMax: Number.NaN }, 'fr')).to.equal(
      undefined,
    );
    expect(formatFigure({ kind: 'ratio', value: 9 }, 'fr')).to.equal(undefined);
    expect(formatFigure({ kind: 'ratio', value: 9, denominator: 0 }, 'fr')).to.equal(undefined);
    expect(formatFigure({ kind: 'currency', value: 7, currency: 'XYZ' }, 'fr')).to.equal(undefined);
    expect(formatFigure({ kind: 'currency', value: 7, currency: 'euro' }, 'fr')).to.equal(
      undefined,
    );
    expect(formatFigure({ kind: 'weight' as unknown as 'count', value: 7 }, 'fr')).to.equal(
      undefined,
    );
  });
});

describe('formatCompared: the number a figure is compared with', () => {
  it('is of the figure’s kind, without its range or unit, and nothing without a value', () => {
    const figure = { kind: 'percent', value: 42, valueMax: 50, unit: 'x' } as const;
    expect(formatCompared(figure, 40, 'fr')).to.deep.equal({
      text: `40${NNBSP}%`,
      words: `40${NBSP}pour cent`,
    });
    expect(formatCompared(figure, 40, 'en')?.text).to.equal('40%');
    expect(formatCompared(figure, undefined, 'fr')).to.equal(undefined);
  });
});

describe('parseNumber, isCurrency, formatDate', () => {
  it('reads numbers as attributes give them, and nothing else', () => {
    expect(parseNumber('42')).to.equal(42);
    expect(parseNumber(' 7e9 ')).to.equal(7e9);
    expect(parseNumber('-0.5')).to.equal(-0.5);
    expect(parseNumber(13)).to.equal(13);
    for (const bad of [
      '',
      ' ',
      'NaN',
      'Infinity',
      '1,5',
      '12px',
      '0x10',
      '1e999',
      null,
      [],
      Number.NaN,
    ]) {
      expect(parseNumber(bad), String(bad)).to.equal(undefined);
    }
  });

  it('knows ISO currencies', () => {
    expect(isCurrency('EUR')).to.equal(true);
    expect(isCurrency('usd')).to.equal(true);
    expect(isCurrency('XYZ')).to.equal(false);
    expect(isCurrency('€')).to.equal(false);
  });

  it('writes dates as readers do', () => {
    expect(formatDate('2020-09-21', 'fr')).to.equal('21 septembre 2020');
    expect(formatDate('2020-09-21', 'en')).to.equal('21 September 2020');
    expect(formatDate('2020-07', 'fr')).to.equal('juillet 2020');
    expect(formatDate('July 2020', 'en')).to.equal(undefined);
  });
});
