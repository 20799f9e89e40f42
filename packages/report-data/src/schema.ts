/**
 * The data model, written once: TypeBox builds the JSON Schema (`dist/schema.json`, written by
 * `scripts/build.mjs`, which validates every data file against it) and the TypeScript types
 * (`Static<typeof …>`). Only `import type` of this file may appear in `index.ts`: TypeBox
 * must never reach the embed bundle.
 */
import { Type, type Static } from '@sinclair/typebox';
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

export const LocaleSchema = oneOf(LOCALES, 'A language every text exists in.');
export const FigureIdSchema = oneOf(FIGURE_IDS, 'A figure id (public API).');
export const FigureKindSchema = oneOf(FIGURE_KINDS, 'How the number reads.');
export const SourceIdSchema = oneOf(SOURCE_IDS, 'A source id.');
export const ThemeIdSchema = oneOf(THEME_IDS, 'A theme id.');
export const PersonIdSchema = oneOf(PERSON_IDS, 'A person id (public API): a name slug.');
export const QuoteIdSchema = oneOf(QUOTE_IDS, 'A quote id (public API).');
export const ReportIdSchema = oneOf(REPORT_IDS, 'A report id (public API).');
export const DigitalUseIdSchema = oneOf(DIGITAL_USE_IDS, 'A digital use id.');
export const PersonPartSchema = oneOf(PERSON_PARTS, 'What the person did for the report.');

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
    id: SourceIdSchema,
    name: LocalizedTextSchema,
    url: Type.Optional(
      Type.String({ pattern: '^https://', description: 'Only if the text gives one.' }),
    ),
  },
  'Where a figure comes from, as the text gives it.',
);

export const ThemeSchema = record(
  { id: ThemeIdSchema, name: LocalizedTextSchema },
  'A theme of the report (a social sector) or of a figure.',
);

export const FigureSchema = record(
  {
    id: FigureIdSchema,
    kind: FigureKindSchema,
    value: Type.Number({ description: 'The number; a percent in points (42 means 42 %).' }),
    valueMax: Type.Optional(Type.Number({ description: 'Upper bound of a range.' })),
    currency: Type.Optional(
      Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, for kind currency.' }),
    ),
    denominator: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'For kind ratio.' }),
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
    source: SourceIdSchema,
    theme: ThemeIdSchema,
    date: isoDate('The day the figure was published.'),
  },
  'A key figure: the number, the phrase that completes it, the whole finding in words.',
);

export const QuoteSchema = record(
  {
    id: QuoteIdSchema,
    text: LocalizedTextSchema,
    originalLang: LocaleSchema,
    author: PersonIdSchema,
    source: SourceIdSchema,
    date: isoDate('The day the quote was published.'),
  },
  'A quotation, word for word in its original language.',
);

export const PersonSchema = record(
  {
    id: PersonIdSchema,
    givenName: text('Given name, usual casing.'),
    familyName: text('Family name, usual casing (Bitane, not BITANE).'),
    role: RoleSchema,
    organization: text('The organisation as the text writes it.'),
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
  { id: DigitalUseIdSchema, text: LocalizedTextSchema },
  'One way the social sector used digital tools during lockdown.',
);

export const ReportSchema = record(
  {
    id: ReportIdSchema,
    title: LocalizedTextSchema,
    publisher: text('The organisation that published the report.'),
    published: isoDate('Publication day.'),
    written: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'Month written.' }),
    prefaceBy: PersonIdSchema,
    opEdBy: PersonIdSchema,
    method: LocalizedTextSchema,
    themes: Type.Array(ThemeIdSchema, { minItems: 1, uniqueItems: true }),
    digitalUses: Type.Array(DigitalUseSchema, { minItems: 1 }),
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
    description: 'One report’s findings as data: one file per report in data/.',
    additionalProperties: false,
  },
);

export type Locale = Static<typeof LocaleSchema>;
export type FigureId = Static<typeof FigureIdSchema>;
export type FigureKind = Static<typeof FigureKindSchema>;
export type SourceId = Static<typeof SourceIdSchema>;
export type ThemeId = Static<typeof ThemeIdSchema>;
export type PersonId = Static<typeof PersonIdSchema>;
export type QuoteId = Static<typeof QuoteIdSchema>;
export type ReportId = Static<typeof ReportIdSchema>;
export type DigitalUseId = Static<typeof DigitalUseIdSchema>;
export type PersonPart = Static<typeof PersonPartSchema>;
export type LocalizedText = Static<typeof LocalizedTextSchema>;
export type Role = Static<typeof RoleSchema>;
export type Source = Static<typeof SourceSchema>;
export type Theme = Static<typeof ThemeSchema>;
export type Figure = Static<typeof FigureSchema>;
export type Quote = Static<typeof QuoteSchema>;
export type Person = Static<typeof PersonSchema>;
export type DigitalUse = Static<typeof DigitalUseSchema>;
export type Report = Static<typeof ReportSchema>;
export type ReportData = Static<typeof ReportDataSchema>;
