import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PERSON_IDS } from '@relais/report-data';
import {
  HEADING_LEVELS,
  LIST_GROUPINGS,
  LIST_INCLUDES,
  LIST_LAYOUTS,
  THEMES,
} from './interviewee-list.types.js';
import './define.js';

/** The attributes of the element, as a partner writes them (public API: SPEC.md). */
type Attributes = Partial<
  Record<
    'people' | 'include' | 'group-by' | 'layout' | 'heading' | 'heading-level' | 'theme' | 'lang',
    string
  >
>;

type Locale = 'fr' | 'en';
const localeOf = (context: StoryContext): Locale =>
  context.globals['locale'] === 'en' ? 'en' : 'fr';

/** What shows before the script loads, and when there is no one to show. */
const FALLBACK: Record<Locale, string> = {
  fr: 'Le rapport de WeTechCare (2020) s’appuie sur une série d’interviews de neuf acteurs du social.',
  en: 'WeTechCare’s report (2020) draws on interviews with nine people of the social sector.',
};

/** The HTML to paste, exactly as the story renders it. */
function snippet(attrs: Attributes, locale: Locale = 'fr'): string {
  const attributes = Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}="${String(value)}"`);
  const opening = attributes.length
    ? `<relais-interviewee-list\n  ${attributes.join('\n  ')}\n>`
    : '<relais-interviewee-list>';
  return `${opening}\n  <p>${FALLBACK[locale]}</p>\n</relais-interviewee-list>`;
}

function list(attrs: Attributes, locale: Locale): TemplateResult {
  return html`<relais-interviewee-list
    people=${ifDefined(attrs.people || undefined)}
    include=${ifDefined(attrs.include || undefined)}
    group-by=${ifDefined(attrs['group-by'] || undefined)}
    layout=${ifDefined(attrs.layout || undefined)}
    heading=${ifDefined(attrs.heading || undefined)}
    heading-level=${ifDefined(attrs['heading-level'] || undefined)}
    theme=${ifDefined(attrs.theme || undefined)}
    lang=${ifDefined(attrs.lang)}
    ><p>${FALLBACK[attrs.lang === 'en' ? 'en' : locale]}</p></relais-interviewee-list
  >`;
}

/** A story showing one list; its docs show the snippet to copy. */
function single(
  attrs: Attributes,
  extra: Partial<StoryObj<Attributes>> = {},
): StoryObj<Attributes> {
  return {
    args: attrs,
    parameters: { docs: { source: { code: snippet(attrs) } } },
    ...extra,
  };
}

const meta: Meta<Attributes> = {
  title: 'Elements/Interviewee list',
  component: 'relais-interviewee-list',
  tags: ['autodocs'],
  render: (args, context) => list(args, localeOf(context)),
  argTypes: {
    people: { control: 'text', description: `Ids, space separated: ${PERSON_IDS.join(', ')}.` },
    include: { control: 'inline-radio', options: LIST_INCLUDES },
    'group-by': { control: 'inline-radio', options: LIST_GROUPINGS },
    layout: { control: 'inline-radio', options: LIST_LAYOUTS },
    heading: { control: 'text' },
    'heading-level': { control: 'inline-radio', options: HEADING_LEVELS },
    theme: { control: 'inline-radio', options: THEMES },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Who the report listened to: its nine interviewees by default, sorted by family name, each with role and organisation, in a list that assistive technology announces with its count. `<relais-person>` children list your own people instead. The text inside the element shows before the script loads, and whenever no one can be shown.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attributes>;

export const Overview: Story = single({ heading: 'Qui a été interrogé ?' });

/** One list per country, under its name; the data gives a country for one person only. */
export const GroupedByCountry: Story = single({ 'group-by': 'country', heading: 'Par pays' });

export const Grid: Story = single({ layout: 'grid' });

/** With the preface, the op-ed and the founder, each with their part. */
export const Contributors: Story = single({ include: 'contributors', layout: 'grid' });

/** Some of the report's people, in the order given. */
export const Chosen: Story = single({
  people: 'adam-micklethwaite perine-brotcorne armelle-de-guibert',
});

export const English: Story = single({ lang: 'en', heading: 'Who was interviewed?' });

export const Dark: Story = single({ theme: 'dark', layout: 'grid' });

/** In a 200 px sidebar, list and grid alike are one column. */
export const NarrowSidebar: Story = {
  args: { layout: 'grid' },
  render: (args, context) =>
    html`<div style="inline-size: 200px">${list(args, localeOf(context))}</div>`,
  parameters: { docs: { source: { code: snippet({ layout: 'grid' }) } } },
};

const AUTHORED = `<relais-interviewee-list heading="Ils ont témoigné" group-by="country">
  <relais-person name="Jeanne Martin" role="Directrice" organization="Centre social des Lilas" country="FR"></relais-person>
  <relais-person name="Sam Taylor" role="Head of Digital" role-lang="en" organization="Digital Unite" country="GB"></relais-person>
  <relais-person name="Luc Peeters" role="Chercheur" organization="Université de Liège" country="BE"></relais-person>
  <p>Jeanne Martin, Sam Taylor et Luc Peeters ont témoigné.</p>
</relais-interviewee-list>`;

/** People of your own, for another report: sorted and rendered the same way. */
export const AuthoredPeople: Story = {
  render: () =>
    html`<relais-interviewee-list heading="Ils ont témoigné" group-by="country">
      <relais-person
        name="Jeanne Martin"
        role="Directrice"
        organization="Centre social des Lilas"
        country="FR"
      ></relais-person>
      <relais-person
        name="Sam Taylor"
        role="Head of Digital"
        role-lang="en"
        organization="Digital Unite"
        country="GB"
      ></relais-person>
      <relais-person
        name="Luc Peeters"
        role="Chercheur"
        organization="Université de Liège"
        country="BE"
      ></relais-person>
      <p>Jeanne Martin, Sam Taylor et Luc Peeters ont témoigné.</p>
    </relais-interviewee-list>`,
  parameters: { docs: { source: { code: AUTHORED } } },
};

const BAD_INPUTS: [string, Attributes][] = [
  ['Unknown ids: the others show', { people: 'benjamin-bitane __proto__ personne-inconnue' }],
  ['No known id: the fallback shows', { people: 'hasOwnProperty' }],
  ['An unknown layout: the default list', { layout: 'colonnes', people: 'anne-lehmans' }],
];

/**
 * Each list below is given bad input: it shows who it can (or the text written inside it),
 * warns once on the console and fires `relais-error`. Nothing throws.
 */
export const BadInput: Story = {
  render: (_args, context) => html`
    <div style="display: grid; gap: 1em">
      ${BAD_INPUTS.map(
        ([title, attrs]) =>
          html`<section>
            <h3 style="font: 600 0.875em system-ui, sans-serif; margin: 0 0 0.5em">${title}</h3>
            ${list(attrs, localeOf(context))}
          </section>`,
      )}
    </div>
  `,
  parameters: {
    docs: { source: { code: snippet({ people: 'personne-inconnue' }) } },
  },
};
