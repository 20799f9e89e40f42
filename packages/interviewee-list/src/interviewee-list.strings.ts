import { translate, type Locale, type Strings } from '@relais/core/internal.js';

const fr = {
  // A no-break space keeps the count with its word: never « 9 » at the end of a line.
  peopleInterviewedOne: '{count}\u00A0personne interrogée',
  peopleInterviewedOther: '{count}\u00A0personnes interrogées',
  peopleOne: '{count}\u00A0personne',
  peopleOther: '{count}\u00A0personnes',
  partPreface: 'Préface',
  partOpEd: 'Tribune',
  partQuoted: 'Cité dans l’annonce du rapport',
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
    partQuoted: 'Quoted in the report’s announcement',
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
