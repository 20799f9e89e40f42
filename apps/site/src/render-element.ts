// One finding's element rendered to HTML with Lit's server renderer: its shadow root as
// declarative shadow DOM (on screen at first paint, with no JavaScript), its fallback as
// light DOM (for the rare reader whose browser has no declarative shadow DOM). In the
// browser the element hydrates that markup rather than rendering it again.
import './server-globals.js';
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import '@relais/key-figure';
import '@relais/quote-card';
import '@relais/interviewee-list';
import type { Fallback, Locale } from '../../../.storybook/snippet.js';
import type { Finding } from './findings.js';

// The elements learn their language in connectedCallback (the nearest `lang`): call it, as
// the browser will, so that the server writes the words the browser would.
LitElementRenderer.renderOptions.push(() => ({ connectedCallback: true }));

function fallbackTemplate(fallback: Fallback): TemplateResult | string {
  if (!fallback) return '';
  if ('paragraph' in fallback) return html`<p>${fallback.paragraph}</p>`;
  return html`<ul>
    ${fallback.list.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The element in `locale`, light (the page opts into dark before it paints). `lang` is on
 * the element itself: the server has no ancestors to read it from.
 */
export function renderFinding(finding: Finding, locale: Locale): string {
  const inner = fallbackTemplate(finding.fallback[locale]);
  let template: TemplateResult;
  switch (finding.tag) {
    case 'relais-key-figure':
      // `large`: a page of its own, and a frame WordPress makes at least 200 px tall.
      template = html`<relais-key-figure
        figure=${text(finding.attributes['figure'])}
        lang=${locale}
        theme="light"
        size="large"
        >${inner}</relais-key-figure
      >`;
      break;
    case 'relais-quote-card':
      template = html`<relais-quote-card
        quote=${text(finding.attributes['quote'])}
        lang=${locale}
        theme="light"
        >${inner}</relais-quote-card
      >`;
      break;
    case 'relais-interviewee-list':
      template = html`<relais-interviewee-list lang=${locale} theme="light"
        >${inner}</relais-interviewee-list
      >`;
      break;
  }
  return collectResultSync(render(template));
}
