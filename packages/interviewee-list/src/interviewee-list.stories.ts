import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PERSON_IDS } from '@relais/report-data';
// The catalogue's one snippet generator: what a story renders is what its snippet says.
import * as catalogue from '../../../.storybook/snippet.js';
import {
  HEADING_LEVELS,
  LIST_GROUPINGS,
  PEOPLE_INCLUDES,
  LIST_LAYOUTS,
  THEMES,
} from './interviewee-list.types.js';
import './define.js';

const TAG = 'relais-interviewee-list';
const render = catalogue.renderEmbed(TAG);
type Attributes = catalogue.Attributes;

/** The list as `attrs` say, with its fallback, in the reader's language. */
const list = (attrs: Attributes, globals: Record<string, unknown>): HTMLElement =>
  catalogue.embedFor(TAG, attrs, globals);

const meta: Meta<Attributes> = {
  title: 'Elements/Interviewee list',
  component: 'relais-interviewee-list',
  tags: ['autodocs'],
  render,
  argTypes: {
    people: { control: 'text', description: `Ids, space separated: ${PERSON_IDS.join(', ')}.` },
    include: { control: 'inline-radio', options: PEOPLE_INCLUDES },
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

export const Overview: Story = { args: { heading: 'Qui a été interrogé ?' } };

/** One list per country, under its name; the data gives a country for one person only. */
export const GroupedByCountry: Story = { args: { 'group-by': 'country', heading: 'Par pays' } };

export const Grid: Story = { args: { layout: 'grid' } };

/** The report's people: the interviewees and the authors of the preface and the op-ed, each with their part. */
export const Everyone: Story = { args: { include: 'all', layout: 'grid' } };

/** Some of the report's people, in the order given. */
export const Chosen: Story = {
  args: {
    people: 'adam-micklethwaite perine-brotcorne armelle-de-guibert',
  },
};

export const English: Story = { args: { lang: 'en', heading: 'Who was interviewed?' } };

export const Dark: Story = { args: { theme: 'dark', layout: 'grid' } };

/** In a 200 px sidebar, list and grid alike are one column. */
export const NarrowSidebar: Story = {
  args: { layout: 'grid' },
  render: (args, context) =>
    html`<div style="inline-size: 200px">${list(args, context.globals)}</div>`,
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
  parameters: { docs: { source: { code: AUTHORED } }, snippet: false },
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
            ${list(attrs, context.globals)}
          </section>`,
      )}
    </div>
  `,
  parameters: { snippet: { attributes: { people: 'personne-inconnue' } } },
};
