import { translate, type Locale, type Strings } from '@relais/core/internal.js';

const fr = {
  peopleInterviewedOne: '{count} personne interrogée',
  peopleInterviewedOther: '{count} personnes interrogées',
  peopleOne: '{count} personne',
  peopleOther: '{count} personnes',
  partPreface: 'Préface',
  partOpEd: 'Tribune',
  partFounder: 'Fondateur',
  roleUntil: 'jusqu’au {date}',
  countryNotStated: 'Pays non précisé',
};

/** The list's own words (the shared ones are core's). French follows French typography. */
export const LIST_STRINGS: Strings<keyof typeof fr> = {
  fr,
  en: {
    peopleInterviewedOne: '{count} person interviewed',
    peopleInterviewedOther: '{count} people interviewed',
    peopleOne: '{count} person',
    peopleOther: '{count} people',
    partPreface: 'Preface',
    partOpEd: 'Op-ed',
    partFounder: 'Founder',
    roleUntil: 'until {date}',
    countryNotStated: 'Country not stated',
  },
};

export type ListStringKey = keyof typeof fr;

/** One of the list's words in `locale`, placeholders filled. */
export const listText = (
  locale: Locale,
  key: ListStringKey,
  values?: Record<string, string>,
): string => translate(LIST_STRINGS, locale, key, values);
