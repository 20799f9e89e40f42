/**
 * What every figure of the report reads, in French and in English, wherever it is formatted:
 * Chromium, Firefox, WebKit (packages/key-figure/src/figures.test.ts) and Node 20, which
 * will render on the server (packages/key-figure/scripts/figures.test.mjs). Every text here
 * comes out of `Intl`, whose defaults differ between engines: one table, asserted in all four.
 * Shared by the tests; never shipped.
 */
import { formatDate, formatFigure, type FigureNumber, type Locale } from '@relais/core';
import { FIGURE_IDS, getFigure, type FigureId } from '@relais/report-data';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

export interface FigureTexts {
  /** The number as shown (`part="value"`). */
  value: string;
  /** The number in words, as assistive technology says it when no sentence is given. */
  words: string;
  /** The compared value, shown in brackets before its label. */
  compare?: string;
  /** The date of the source line. */
  date: string;
}

export const FIGURE_TEXTS: Record<FigureId, Record<Locale, FigureTexts>> = {
  'plan-de-relance-numerique': {
    fr: {
      value: `7${NBSP}milliards d’euros`,
      words: `7${NBSP}milliards d’euros`,
      date: '21 septembre 2020',
    },
    en: { value: '€7bn', words: '7 billion euros', date: '21 September 2020' },
  },
  'eloignes-du-numerique': {
    fr: { value: `13${NBSP}millions`, words: `13${NBSP}millions`, date: '21 septembre 2020' },
    en: { value: '13 million', words: '13 million', date: '21 September 2020' },
  },
  'decrochage-scolaire': {
    fr: { value: `5 à 8${NNBSP}%`, words: `5 à 8${NBSP}pour cent`, date: '21 septembre 2020' },
    en: { value: '5–8%', words: '5 to 8 percent', date: '21 September 2020' },
  },
  'emplois-competences-numeriques': {
    fr: {
      value: `9${NBSP}emplois sur 10`,
      words: `9${NBSP}emplois sur 10`,
      date: '21 septembre 2020',
    },
    en: { value: '9 in 10 jobs', words: '9 in 10 jobs', date: '21 September 2020' },
  },
  'competences-numeriques-de-base': {
    fr: {
      value: `42${NNBSP}%`,
      words: `42${NBSP}pour cent`,
      compare: `40${NNBSP}%`,
      date: '21 septembre 2020',
    },
    en: { value: '42%', words: '42 percent', compare: '40%', date: '21 September 2020' },
  },
  teleconsultations: {
    fr: { value: '×100', words: 'multiplié par 100', date: '21 septembre 2020' },
    en: { value: '×100', words: 'multiplied by 100', date: '21 September 2020' },
  },
};

/** What `@relais/core` formats for each figure of the data, in the shape of the table. */
export function formattedFigures(): Record<string, Record<Locale, Partial<FigureTexts>>> {
  const out: Record<string, Record<Locale, Partial<FigureTexts>>> = {};
  for (const id of FIGURE_IDS) {
    const figure = getFigure(id);
    if (!figure) continue;
    const read = (locale: Locale): Partial<FigureTexts> => {
      // The figure's own fields are what formatFigure reads; only the unit is per language.
      const number: FigureNumber = { ...figure, unit: figure.unit?.[locale] };
      const formatted = formatFigure(number, locale);
      const compare = figure.compare
        ? formatFigure(
            { ...number, value: figure.compare.value, valueMax: undefined, unit: undefined },
            locale,
          )
        : undefined;
      return {
        value: formatted?.text,
        words: formatted?.words,
        ...(compare ? { compare: compare.text } : {}),
        date: formatDate(figure.date, locale),
      };
    };
    out[id] = { fr: read('fr'), en: read('en') };
  }
  return out;
}
