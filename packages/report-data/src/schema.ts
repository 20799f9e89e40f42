/**
 * The data model, written once: TypeBox builds the JSON Schema (`dist/schema.json`, written by
 * `scripts/build.mjs`, which validates every data file against it) and the TypeScript types
 * (`Static<typeof …>`). Only `import type` of this file may appear in the run-time modules:
 * TypeBox must never reach the embed bundle.
 *
 * The schema is the same for every report: ids are slugs here, and the closed lists of the
 * default report's ids (`ids.ts`) give the id unions (`FigureId`…) only.
 */
import { Type, type Static } from '@sinclair/typebox';
import { CURRENCY_CODES, type CurrencyCode } from './currencies.js';
import {
  DIGITAL_USE_IDS,
  FIGURE_IDS,
  FIGURE_KINDS,
  LOCALES,
  PERSON_IDS,
  PERSON_PARTS,
  QUOTE_IDS,
  REPORT_IDS,
  SOURCE_IDS,
  THEME_IDS,
} from './ids.js';

export type { CurrencyCode } from './currencies.js';

/**
 * A closed list: `{ type: 'string', enum: [...] }` in JSON Schema (one readable error,
 * "must be equal to one of the allowed values"), the union of its literals in TypeScript.
 */
function oneOf<T extends string>(values: readonly T[], description: string) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], description });
}

/** Objects are closed: a misspelt field is an error, not a silently ignored key. */
function record<P extends Parameters<typeof Type.Object>[0]>(properties: P, description: string) {
  return Type.Object(properties, { additionalProperties: false, description });
}

const text = (description: string) => Type.String({ minLength: 1, description });
const isoDate = (description: string) =>
  Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description });
/** Every id: lower-case words joined by hyphens, as they appear in attributes and URLs. */
const slug = (description: string) =>
  Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description });

export const LocaleSchema = oneOf(LOCALES, 'A language every text exists in.');
export const FigureKindSchema = oneOf(FIGURE_KINDS, 'How the number reads.');
export const PersonPartSchema = oneOf(PERSON_PARTS, 'What the person did for the report.');
export const CurrencyCodeSchema = oneOf(
  CURRENCY_CODES,
  'an ISO 4217 currency code in capitals, e.g. EUR',
);

/** The report a record belongs to: the `report.id` of its own file (the build checks it). */
const belongsTo = slug('The id of the report this record belongs to: its file’s report.id.');

const localizedProperties = {
  fr: text('The French text.'),
  en: text('The English text.'),
  translated: Type.Optional(
    record(
      { fr: Type.Optional(Type.Boolean()), en: Type.Optional(Type.Boolean()) },
      'The languages whose text is our translation, not the report’s own words.',
    ),
  ),
};

export const LocalizedTextSchema = record(
  localizedProperties,
  'A text a reader sees, in French and in English.',
);

/** A role may be written in one language only (an English job title): `lang` says which. */
export const RoleSchema = record(
  {
    ...localizedProperties,
    lang: Type.Optional(LocaleSchema),
  },
  'A role as the text writes it; `lang` when both locales show the same original text.',
);

export const SourceSchema = record(
  {
    id: slug('A source id, unique in its report.'),
    report: belongsTo,
    name: LocalizedTextSchema,
    isReport: Type.Optional(
      Type.Literal(true, {
        description:
          'This source is the report itself (exactly one per report): a finding from another source is « cité par » it.',
      }),
    ),
    url: Type.Optional(
      Type.String({ pattern: '^https://', description: 'Only if the text gives one.' }),
    ),
    citedBy: Type.Optional(
      slug(
        'The id of the source, of the same report, that cites this one: the document in which the text found it (the plan de relance is cited by the announcement, the Éducation nationale by the report). Without it, a source that is neither the report nor a document of its own is cited by the report.',
      ),
    ),
    title: Type.Optional(LocalizedTextSchema),
    publisher: Type.Optional(
      text(
        'Who published the source, when it is a document of its own (the report’s announcement): such a source is never « cité par » another.',
      ),
    ),
    published: Type.Optional(isoDate('The day the source was published, when the text says.')),
  },
  'Where a figure comes from, as the text gives it: another body, the report, or a document about it.',
);

export const ThemeSchema = record(
  { id: slug('A theme id, unique in its report.'), report: belongsTo, name: LocalizedTextSchema },
  'A theme of the report (a social sector) or of a figure.',
);

/** A figure's range: checked by the build (scripts/validate.mjs), told in the field's description. */
export const RANGE_RULE = 'a range ends at or above where it starts: valueMax ≥ value';

const FigureFieldsSchema = record(
  {
    id: slug('A figure id, unique in its report (public API: never rename one).'),
    report: belongsTo,
    kind: FigureKindSchema,
    value: Type.Number({ description: 'The number; a percent in points (42 means 42 %).' }),
    valueMax: Type.Optional(
      Type.Number({
        description: `Upper bound of a range. ${RANGE_RULE} (checked by the build: JSON Schema compares no two fields).`,
      }),
    ),
    currency: Type.Optional(CurrencyCodeSchema),
    denominator: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'For kind ratio: 9 out of 10.' }),
    ),
    unit: Type.Optional(LocalizedTextSchema),
    compare: Type.Optional(
      record(
        { value: Type.Number(), label: LocalizedTextSchema },
        'A second number the text gives beside the first (40 % in France).',
      ),
    ),
    label: LocalizedTextSchema,
    spoken: LocalizedTextSchema,
    source: slug('The id of a source of the same report.'),
    theme: Type.Optional(slug('The id of a theme of the same report, only if the text gives one.')),
    date: isoDate('The day the figure was published.'),
  },
  'A key figure: the number, the phrase that completes it, the whole finding in words.',
);

type FigureFields = Static<typeof FigureFieldsSchema>;
type FigureOf<K extends FigureFields['kind'], Required> = Omit<FigureFields, 'kind'> & {
  kind: K;
} & Required;

/**
 * A figure, by kind: what a type can say of the per-kind rules (a ratio has a denominator, a
 * currency figure a currency code). That a range ends above its start, or a multiplier is
 * above 0, only the schema can say.
 */
export type Figure =
  | FigureOf<'count' | 'percent' | 'multiplier', unknown>
  | FigureOf<'ratio', { denominator: number }>
  | FigureOf<'currency', { currency: CurrencyCode }>;

const whenKind = (kind: FigureFields['kind']) => ({
  properties: { kind: { const: kind } },
  required: ['kind'],
});

/**
 * The rules a number must follow for an element to show it, by kind. Each is one `allOf`
 * entry whose `description` is the sentence the build prints beside the failing field.
 * The range rule ({@link RANGE_RULE}) compares two fields of one record, which standard
 * JSON Schema cannot say (only ajv's non-standard `$data` could): the build's own
 * validation checks it, so that the published schema reads in any draft-07 validator.
 */
export const FIGURE_RULES = [
  {
    description: 'a ratio needs a denominator above 0 (9 out of 10)',
    if: whenKind('ratio'),
    then: { required: ['denominator'] },
  },
  {
    description: 'a currency figure needs an ISO 4217 currency code (EUR)',
    if: whenKind('currency'),
    then: { required: ['currency'] },
  },
  {
    description: 'a multiplier is above 0',
    if: whenKind('multiplier'),
    then: { properties: { value: { type: 'number', exclusiveMinimum: 0 } } },
  },
];

export const FigureSchema = Type.Unsafe<Figure>({ ...FigureFieldsSchema, allOf: FIGURE_RULES });

export const QuoteSchema = record(
  {
    id: slug('A quote id, unique in its report (public API).'),
    report: belongsTo,
    text: LocalizedTextSchema,
    originalLang: LocaleSchema,
    author: slug('The id of a person of the same report.'),
    source: slug('The id of a source of the same report.'),
    date: isoDate('The day the quote was published.'),
  },
  'A quotation, word for word in its original language.',
);

export const PersonSchema = record(
  {
    id: slug('A person id, unique in its report (public API): a name slug.'),
    report: belongsTo,
    givenName: text('Given name, usual casing.'),
    familyName: text('Family name, usual casing (Bitane, not BITANE).'),
    role: RoleSchema,
    organization: Type.Optional(
      text('The employer as the text writes it; none where the text names none.'),
    ),
    country: Type.Optional(
      Type.String({
        pattern: '^[A-Z]{2}$',
        description: 'ISO 3166-1 alpha-2, when the text names one.',
      }),
    ),
    roleEndDate: Type.Optional(isoDate('The day the role ended, when the text says so.')),
    part: PersonPartSchema,
  },
  'Someone the report interviewed or who contributed to it.',
);

export const DigitalUseSchema = record(
  { id: slug('A digital use id, unique in its report.'), text: LocalizedTextSchema },
  'One way the social sector used digital tools during lockdown.',
);

export const ReportSchema = record(
  {
    id: slug('The report id (public API): also the name of its data file.'),
    title: LocalizedTextSchema,
    publisher: text('The organisation that published the report.'),
    published: isoDate('Publication day.'),
    written: Type.Optional(
      Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'Month written.' }),
    ),
    prefaceBy: Type.Optional(slug('The person who wrote the preface, if any.')),
    opEdBy: Type.Optional(slug('The person who wrote an op-ed in it, if any.')),
    method: Type.Optional(LocalizedTextSchema),
    themes: Type.Array(slug('A theme of the same report.'), { minItems: 1, uniqueItems: true }),
    digitalUses: Type.Optional(Type.Array(DigitalUseSchema, { minItems: 1 })),
  },
  'The report itself.',
);

export const ReportDataSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    report: ReportSchema,
    sources: Type.Array(SourceSchema, { minItems: 1 }),
    themes: Type.Array(ThemeSchema, { minItems: 1 }),
    figures: Type.Array(FigureSchema),
    quotes: Type.Array(QuoteSchema),
    people: Type.Array(PersonSchema),
  },
  {
    $id: 'https://unpkg.com/@relais/report-data/dist/schema.json',
    title: 'Relais report data',
    description:
      'One report’s findings as data: one file per report in data/, named after report.id. Standard JSON Schema draft-07, no extension; the build also checks what no schema can say (unique ids, references, a range’s end at or above its start).',
    additionalProperties: false,
  },
);

export type Locale = (typeof LOCALES)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type PersonPart = (typeof PERSON_PARTS)[number];
/** A report this package publishes. Lookups take any string: a report added at run time too. */
export type ReportId = (typeof REPORT_IDS)[number];
/** The ids of the default report's records, for autocompletion; lookups take any string. */
export type FigureId = (typeof FIGURE_IDS)[number];
export type SourceId = (typeof SOURCE_IDS)[number];
export type ThemeId = (typeof THEME_IDS)[number];
export type PersonId = (typeof PERSON_IDS)[number];
export type QuoteId = (typeof QUOTE_IDS)[number];
export type DigitalUseId = (typeof DIGITAL_USE_IDS)[number];
export type LocalizedText = Static<typeof LocalizedTextSchema>;
export type Role = Static<typeof RoleSchema>;
export type Source = Static<typeof SourceSchema>;
export type Theme = Static<typeof ThemeSchema>;
export type Quote = Static<typeof QuoteSchema>;
export type Person = Static<typeof PersonSchema>;
export type DigitalUse = Static<typeof DigitalUseSchema>;
export type Report = Static<typeof ReportSchema>;
export type ReportData = Static<typeof ReportDataSchema>;
