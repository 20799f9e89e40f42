import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  getCitingSource,
  getFigure,
  getQuote,
  getReport,
  getReportSource,
  getSource,
} from '@relais/report-data';
import { findingSlug, renderEmbed, type Attributes } from './snippet.js';

/**
 * The page the report's team sends to partners: each finding of the report as a partner
 * embeds it, in the toolbar's language and theme, with the code to copy under it. A new
 * element joins with one story below: `{ name, ...finding('relais-…', { its attributes }) }`.
 * (The name is written out because Storybook reads story names without running the file.)
 */
const meta: Meta<Attributes> = {
  title: 'Findings',
  // Its docs page is guides/findings.mdx: every finding once, without a repeated first one.
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        component: `The findings of WeTechCare's report «\u202F${getReport().title.fr}\u202F» (${getReport().published.slice(0, 4)}), each as it shows on a partner's page. Pick the language and the theme in the toolbar, then copy the code under the finding: the script tag for any site, or npm for your own build. The text inside each element is what shows before the script runs and without JavaScript.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attributes>;

/**
 * Which document states a finding, and what it cites: the report, its announcement (21
 * September 2020), or a source one of them cites.
 */
function sourceNote(attributes: Attributes): string {
  const id = (name: string): string => {
    const value = attributes[name];
    return typeof value === 'string' ? value : '';
  };
  const record = getFigure(id('figure')) ?? getQuote(id('quote'));
  const source = record ? getSource(record.source) : getReportSource();
  if (!source) return '';
  const citing = getCitingSource(source);
  return `Source: ${source.name.en}${citing ? `, cited by ${citing.name.en}` : ''}.`;
}

function finding(tag: string, attributes: Attributes): Story {
  return {
    args: attributes,
    render: renderEmbed(tag),
    parameters: {
      // `page`: the finding also has a page of its own (apps/site), its link and image offered.
      snippet: { tag, page: findingSlug(tag, attributes) },
      docs: { description: { story: `\`<${tag}>\`. ${sourceNote(attributes)}` } },
    },
  };
}

export const PlanDeRelanceNumerique: Story = {
  name: '7\u00A0milliards d’euros pour le numérique',
  ...finding('relais-key-figure', { figure: 'plan-de-relance-numerique' }),
};
export const EloignesDuNumerique: Story = {
  name: '13\u00A0millions de Français éloignés du numérique',
  ...finding('relais-key-figure', { figure: 'eloignes-du-numerique' }),
};
export const DecrochageScolaire: Story = {
  name: '5 à 8\u202F% des élèves auraient complètement décroché',
  ...finding('relais-key-figure', { figure: 'decrochage-scolaire' }),
};
export const EmploisCompetencesNumeriques: Story = {
  name: '9\u00A0emplois sur 10',
  ...finding('relais-key-figure', { figure: 'emplois-competences-numeriques' }),
};
export const CompetencesNumeriquesDeBase: Story = {
  name: '42\u202F% des Européens sans compétence numérique de base',
  ...finding('relais-key-figure', { figure: 'competences-numeriques-de-base' }),
};
export const Teleconsultations: Story = {
  name: 'Téléconsultations multipliées par 100',
  ...finding('relais-key-figure', { figure: 'teleconsultations' }),
};
export const JeanDeydier: Story = {
  name: 'Jean Deydier, fondateur de WeTechCare',
  ...finding('relais-quote-card', { quote: 'jean-deydier' }),
};
export const Interviewees: Story = {
  name: 'Les personnes interviewées',
  ...finding('relais-interviewee-list', {}),
};
