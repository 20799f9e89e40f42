import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getFigure, getReport, getSource } from '@relais/report-data';
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
        component: `The findings of WeTechCare's report « ${getReport().title.fr} » (${getReport().published.slice(0, 4)}), each as it shows on a partner's page. Pick the language and the theme in the toolbar, then copy the code under the finding: the script tag for any site, or npm for your own build. The text inside each element is what shows before the script runs and without JavaScript.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attributes>;

/** Where a figure comes from, as the report says it. */
function sourceNote(attributes: Attributes): string {
  const figure =
    typeof attributes['figure'] === 'string' ? getFigure(attributes['figure']) : undefined;
  if (!figure) return 'Source: the report.';
  const source = getSource(figure.source);
  return !source || source.isReport
    ? 'Source: the report itself.'
    : `Source: ${source.name.en}, cited by the report.`;
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
  name: '7 milliards d’euros pour le numérique',
  ...finding('relais-key-figure', { figure: 'plan-de-relance-numerique' }),
};
export const EloignesDuNumerique: Story = {
  name: '13 millions de Français éloignés du numérique',
  ...finding('relais-key-figure', { figure: 'eloignes-du-numerique' }),
};
export const DecrochageScolaire: Story = {
  name: '5 à 8 % des élèves ont décroché',
  ...finding('relais-key-figure', { figure: 'decrochage-scolaire' }),
};
export const EmploisCompetencesNumeriques: Story = {
  name: '9 emplois sur 10',
  ...finding('relais-key-figure', { figure: 'emplois-competences-numeriques' }),
};
export const CompetencesNumeriquesDeBase: Story = {
  name: '42 % des Européens sans compétence numérique de base',
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
