import { translate, type Locale, type Strings } from '@relais/core/internal.js';

const fr = {
  originalLanguage: 'Citation originale en {language}',
  languageFr: 'français',
  languageEn: 'anglais',
};

/** The card's own words (the shared ones are core's). French follows French typography. */
export const QUOTE_STRINGS: Strings<keyof typeof fr> = {
  fr,
  en: {
    originalLanguage: 'Original quote in {language}',
    languageFr: 'French',
    languageEn: 'English',
  },
};

/** « Citation originale en anglais » / "Original quote in French". */
export const originalLanguageNotice = (locale: Locale, language: Locale): string =>
  translate(QUOTE_STRINGS, locale, 'originalLanguage', {
    language: translate(QUOTE_STRINGS, locale, language === 'fr' ? 'languageFr' : 'languageEn'),
  });
