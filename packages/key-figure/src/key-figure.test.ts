import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import { getFigure, type FigureId } from '@relais/report-data';
import type { RelaisErrorEvent } from '@relais/core';
import { captureWarningCalls, captureWarnings } from '../../../test/capture-console.js';
import { describeForcedColours } from '../../../test/forced-colours.js';
import { describePartnerLayouts } from '../../../test/layouts.js';
import {
  expectUnknownReportShowsFallback,
  partsFromTestReport,
} from '../../../test/report-attribute.js';
import { TEST_REPORT_ID } from '@relais/report-data/fixtures/test-report.js';
import { contrast } from '../../../test/contrast.js';
import './define.js';
import type { RelaisKeyFigure } from './key-figure.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
// Each fact is credited to the document that states it (issue 23): the announcement of 21
// September 2020, the only text all facts come from, says some things in its own words and
// presents others as the report's (« Notre rapport montre ainsi… »).
const RAPPORT_FR = `WeTechCare, rapport «${NNBSP}Monde social et numérique pendant la crise${NNBSP}»`;
const RAPPORT_EN = 'WeTechCare, report “Monde social et numérique pendant la crise”';
const ANNONCE_FR = `WeTechCare, annonce de la publication du rapport «${NNBSP}Monde social et numérique pendant la crise${NNBSP}»`;
const ANNONCE_EN =
  'WeTechCare, announcement of the report “Monde social et numérique pendant la crise”';

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** The accessibility tree of the page as a flat list, in reading order. */
async function readingOrder(): Promise<AxNode[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const out: AxNode[] = [];
  const walk = (node: AxNode): void => {
    out.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return out.filter((node) => node.role !== 'RootWebArea');
}

/** What the reader sees in a part, as rendered (whitespace collapsed by CSS). */
function part(el: RelaisKeyFigure, name: 'value' | 'label' | 'source'): string {
  return (el.shadowRoot!.querySelector(`[part="${name}"]`) as HTMLElement | null)?.innerText ?? '';
}

async function render(template: ReturnType<typeof html>): Promise<RelaisKeyFigure> {
  const el = await fixture<RelaisKeyFigure>(template);
  await el.updateComplete;
  return el;
}

/** Whether the element's shadow root holds `selector` (a boolean: chai never prints a node). */
const has = (el: RelaisKeyFigure, selector: string): boolean =>
  el.shadowRoot!.querySelector(selector) !== null;

const allText = (el: RelaisKeyFigure): string => (el.shadowRoot!.textContent ?? '') + el.innerText;

interface DataCase {
  id: FigureId;
  fr: { value: string; compare?: string; source: string };
  en: { value: string; compare?: string; source: string };
}

const DATA_CASES: DataCase[] = [
  {
    id: 'plan-de-relance-numerique',
    fr: {
      value: `7${NBSP}milliards d’euros`,
      source: `Source${NNBSP}: Plan de relance, cité par ${ANNONCE_FR}, 21 septembre 2020`,
    },
    en: {
      value: '€7bn',
      source: `Source: France’s recovery plan (plan de relance), cited by ${ANNONCE_EN}, 21 September 2020 · Translated from French by Relais`,
    },
  },
  {
    id: 'eloignes-du-numerique',
    fr: {
      value: `13${NBSP}millions`,
      source: `Source${NNBSP}: ${ANNONCE_FR}, 21 septembre 2020`,
    },
    en: {
      value: '13 million',
      source: `Source: ${ANNONCE_EN}, 21 September 2020 · Translated from French by Relais`,
    },
  },
  {
    id: 'decrochage-scolaire',
    fr: {
      value: `5 à 8${NNBSP}%`,
      source: `Source${NNBSP}: Éducation nationale, cité par ${RAPPORT_FR}, 21 septembre 2020`,
    },
    en: {
      value: '5–8%',
      source: `Source: French Ministry of Education (Éducation nationale), cited by ${RAPPORT_EN}, 21 September 2020 · Translated from French by Relais`,
    },
  },
  {
    id: 'emplois-competences-numeriques',
    fr: {
      value: `9${NBSP}emplois sur 10`,
      source: `Source${NNBSP}: Union européenne, cité par ${RAPPORT_FR}, 21 septembre 2020`,
    },
    en: {
      value: '9 in 10 jobs',
      source: `Source: European Union, cited by ${RAPPORT_EN}, 21 September 2020 · Translated from French by Relais`,
    },
  },
  {
    id: 'competences-numeriques-de-base',
    fr: {
      value: `42${NNBSP}%`,
      compare: `(40${NNBSP}% en France)`,
      source: `Source${NNBSP}: ${RAPPORT_FR}, 21 septembre 2020`,
    },
    en: {
      value: '42%',
      compare: '(40% in France)',
      source: `Source: ${RAPPORT_EN}, 21 September 2020 · Translated from French by Relais`,
    },
  },
  {
    id: 'teleconsultations',
    fr: {
      value: '×100',
      source: `Source${NNBSP}: ${RAPPORT_FR}, 21 septembre 2020`,
    },
    en: {
      value: '×100',
      source: `Source: ${RAPPORT_EN}, 21 September 2020 · Translated from French by Relais`,
    },
  },
];

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

describe('<relais-key-figure figure="…">: the report’s figures', () => {
  for (const { id, ...locales } of DATA_CASES) {
    for (const locale of ['fr', 'en'] as const) {
      it(`${id} in ${locale}: value, label, source and date, read as one sentence`, async () => {
        const el = await render(
          html`<relais-key-figure figure=${id} lang=${locale}></relais-key-figure>`,
        );
        await expect(el).to.be.accessible();
        const figure = getFigure(id)!;
        const expected = locales[locale];
        expect(part(el, 'value')).to.equal(expected.value);
        const label = expected.compare
          ? `${figure.label[locale]} ${expected.compare}`
          : figure.label[locale];
        expect(part(el, 'label')).to.equal(label);
        expect(part(el, 'source')).to.equal(expected.source);
        const nodes = await readingOrder();
        // The figure is one phrase in words; the symbols shown are not read on their own.
        expect(nodes[0]).to.deep.include({ role: 'StaticText', name: figure.spoken[locale] });
        expect(nodes.map((node) => node.name)).not.to.include(expected.value);
        expect(nodes.map((node) => node.name).join('')).to.contain(
          locale === 'fr' ? `Source${NNBSP}:` : 'Source:',
        );
      });
    }
  }

  it('speaks « 7 milliards d’euros consacrés… », not « 7 Md € »', async () => {
    await render(html`<relais-key-figure figure="plan-de-relance-numerique"></relais-key-figure>`);
    const [first] = await readingOrder();
    expect(first!.name).to.match(
      /^7\u00A0milliards d’euros consacrés à la transformation numérique/,
    );
  });

  it('exact: shows and says every digit of an inline value of a million or more', async () => {
    const el = await render(
      html`<relais-key-figure
        value="13245000"
        unit="personnes"
        label="accompagnées"
        exact
      ></relais-key-figure>`,
    );
    await expect(el).to.be.accessible();
    expect(part(el, 'value')).to.equal(`13${NNBSP}245${NNBSP}000${NBSP}personnes`);
    expect(el.shadowRoot!.querySelector('.spoken')!.textContent).to.equal(
      `13245000${NBSP}personnes accompagnées`,
    );
    el.exact = false;
    await el.updateComplete;
    expect(part(el, 'value')).to.equal(`13,2${NBSP}millions de personnes`);
  });

  it('follows the page’s language when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>
      </div>`,
    );
    const el = wrapper.querySelector('relais-key-figure')!;
    await el.updateComplete;
    expect(part(el, 'value')).to.equal(`13${NBSP}millions`);
    wrapper.lang = 'en';
    await aTimeout(0);
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('13 million');
    // English inherited from the page: nothing to mark.
    expect(has(el as RelaisKeyFigure, '[lang]')).to.equal(false);
  });

  it('lets the source be reached: a link when the data has a safe URL, text otherwise', async () => {
    const el = await render(
      html`<relais-key-figure
        value="9"
        kind="ratio"
        denominator="10"
        label="nécessiteront des compétences numériques"
        source="Union européenne"
        source-url="https://example.org/etude"
      ></relais-key-figure>`,
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(focused?.localName).to.equal('a');
    expect(focused.href).to.equal('https://example.org/etude');
    const link = (await readingOrder()).find((node) => node.role === 'link');
    expect(link?.name).to.equal('Union européenne');
  });
});

interface InlineCase {
  attrs: Record<string, string>;
  fr: [shown: string, spoken: string];
  en: [shown: string, spoken: string];
}

const INLINE_CASES: InlineCase[] = [
  {
    attrs: { kind: 'count', value: '13000000', label: 'LABEL' },
    fr: [`13${NBSP}millions`, `13${NBSP}millions LABEL`],
    en: ['13 million', '13 million LABEL'],
  },
  {
    attrs: { kind: 'percent', value: '5', 'value-max': '8', label: 'LABEL' },
    fr: [`5 à 8${NNBSP}%`, `5 à 8${NBSP}pour cent LABEL`],
    en: ['5–8%', '5 to 8 percent LABEL'],
  },
  {
    attrs: { kind: 'currency', value: '7e9', currency: 'EUR', label: 'LABEL' },
    fr: [`7${NBSP}milliards d’euros`, `7${NBSP}milliards d’euros LABEL`],
    en: ['€7bn', '7 billion euros LABEL'],
  },
  {
    attrs: { kind: 'ratio', value: '9', denominator: '10', unit: 'UNIT', label: 'LABEL' },
    fr: [`9${NBSP}UNIT sur 10`, `9${NBSP}UNIT sur 10 LABEL`],
    en: ['9 in 10 UNIT', '9 in 10 UNIT LABEL'],
  },
  {
    attrs: { kind: 'multiplier', value: '100', label: 'LABEL' },
    fr: ['×100', 'multiplié par 100 LABEL'],
    en: ['×100', 'multiplied by 100 LABEL'],
  },
  {
    attrs: {
      kind: 'percent',
      value: '42',
      label: 'LABEL',
      'compare-value': '40',
      'compare-label': 'COMPARED',
    },
    fr: [`42${NNBSP}%`, `42${NBSP}pour cent LABEL, 40${NBSP}pour cent COMPARED`],
    en: ['42%', '42 percent LABEL, 40 percent COMPARED'],
  },
];

/** Builds the element from attributes, as a partner's HTML would. */
async function renderInline(attrs: Record<string, string>, lang: string): Promise<RelaisKeyFigure> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('relais-key-figure');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<relais-key-figure> inline, without the data', () => {
  for (const { attrs, ...locales } of INLINE_CASES) {
    for (const locale of ['fr', 'en'] as const) {
      const [shown, spoken] = locales[locale];
      it(`${attrs['kind']} ${attrs['value-max'] ? 'range ' : ''}${attrs['compare-value'] ? 'compared ' : ''}in ${locale}: « ${shown} », said « ${spoken} »`, async () => {
        const el = await renderInline(attrs, locale);
        await expect(el).to.be.accessible();
        expect(part(el, 'value')).to.equal(shown);
        const [first] = await readingOrder();
        expect(first).to.deep.include({ role: 'StaticText', name: spoken });
      });
    }
  }

  it('shows the source as text without a URL, and no source line without a source', async () => {
    const withSource = await renderInline({ value: '3', label: 'x', source: 'Ma source' }, 'fr');
    expect(part(withSource, 'source')).to.equal(`Source${NNBSP}: Ma source`);
    expect(has(withSource, 'a')).to.equal(false);
    const without = await renderInline({ value: '3', label: 'x' }, 'en');
    expect(has(without, '[part="source"]')).to.equal(false);
  });
});

interface BadCase {
  name: string;
  attrs: Record<string, string>;
  attribute: string;
  value: string;
  /** The whole console warning. */
  warning: string;
  /** Whether the element still shows the figure (a bad URL only loses the link). */
  showsFigure?: boolean;
}

const LONG_LABEL = 'très long libellé '.repeat(112).slice(0, 2000);

const FALLBACK = 'Showing the fallback content.';
const NO_LINK = 'only http:, https: and relative URLs are linked; the source shows without a link.';

const BAD_CASES: BadCase[] = [
  ...['nope', 'toString', '__proto__', 'hasOwnProperty', 'constructor'].map((id) => ({
    name: `an unknown id (${id})`,
    attrs: { figure: id },
    attribute: 'figure',
    value: id,
    warning: `[relais] <relais-key-figure> figure="${id}": no figure of the report has this id. ${FALLBACK}`,
  })),
  {
    name: 'a value that is not a number',
    attrs: { value: 'abc', label: 'x' },
    attribute: 'value',
    value: 'abc',
    warning: `[relais] <relais-key-figure> value="abc": not a number. ${FALLBACK}`,
  },
  {
    name: 'value-max below value',
    attrs: { kind: 'percent', value: '8', 'value-max': '5', label: 'x' },
    attribute: 'value-max',
    value: '5',
    warning: `[relais] <relais-key-figure> value-max="5": below \`value\`. ${FALLBACK}`,
  },
  {
    name: 'an unknown kind',
    attrs: { kind: 'weight', value: '3' },
    attribute: 'kind',
    value: 'weight',
    warning: `[relais] <relais-key-figure> kind="weight": not a kind of figure. ${FALLBACK}`,
  },
  {
    name: 'an unknown currency',
    attrs: { kind: 'currency', value: '3', currency: 'XYZ' },
    attribute: 'currency',
    value: 'XYZ',
    warning: `[relais] <relais-key-figure> currency="XYZ": not an ISO 4217 currency code. ${FALLBACK}`,
  },
  ...['javascript:alert(1)', 'data:text/html,<b>x</b>', 'VBScript:msgbox(1)'].map((url) => ({
    name: `an unsafe source URL (${url.split(':')[0]})`,
    attrs: { value: '3', label: 'x', source: 'Ma source', 'source-url': url },
    attribute: 'source-url',
    value: url,
    warning: `[relais] <relais-key-figure> source-url="${url}": ${NO_LINK}`,
    showsFigure: true,
  })),
  {
    name: 'a 2,000-character label',
    attrs: { value: '3', label: LONG_LABEL },
    attribute: 'label',
    value: `${LONG_LABEL.slice(0, 200)}…`,
    warning: `[relais] <relais-key-figure> label="${LONG_LABEL.slice(0, 200)}…": longer than 300 characters. ${FALLBACK}`,
  },
];

describe('<relais-key-figure report="…">: a second report', () => {
  it('reads the figure from the report named, this report staying the default', async () => {
    const other = await render(
      html`<relais-key-figure
        lang="en"
        report=${TEST_REPORT_ID}
        figure="teleconsultations"
      ></relais-key-figure>`,
    );
    await expect(other).to.be.accessible();
    expect(part(other, 'value')).to.equal('×3');
    expect(part(other, 'label')).to.equal('teleconsultations in Rivertown in one year');
    expect(part(other, 'source')).to.equal(
      'Source: Rivertown Health Trust, “Rivertown health centres online”, 14 March 2031',
    );
    // The same id without `report` is this report's: ×100, its own source.
    const ours = await render(
      html`<relais-key-figure lang="en" figure="teleconsultations"></relais-key-figure>`,
    );
    expect(part(ours, 'value')).to.equal('×100');
    expect(part(ours, 'source')).to.equal(
      `Source: ${RAPPORT_EN}, 21 September 2020 · Translated from French by Relais`,
    );
  });

  it('names that report as the citer of a figure it quotes (« cité par »)', async () => {
    const parts = ['value', 'source'];
    expect(
      await partsFromTestReport('relais-key-figure', { figure: 'clinics-online' }, parts),
    ).to.deep.equal({
      value: '7 in 12 clinics',
      source:
        'Source: Rivertown City Council, cited by Rivertown Health Trust, “Rivertown health centres online”, 14 March 2031',
    });
  });

  it('shows the fallback for a report that does not exist, with one warning and an event', async () => {
    await expectUnknownReportShowsFallback('relais-key-figure', { figure: 'teleconsultations' });
  });
});

describe('<relais-key-figure> with bad input', () => {
  for (const { name, attrs, attribute, value, warning, showsFigure } of BAD_CASES) {
    it(`${name}: one warning, a relais-error event, ${showsFigure ? 'the figure without link' : 'the fallback'}; nothing thrown`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('relais-key-figure');
      for (const [key, val] of Object.entries(attrs)) el.setAttribute(key, val);
      el.innerHTML = '<p>Texte de secours</p>';
      const errors: RelaisErrorEvent[] = [];
      wrapper.addEventListener('relais-error', (event) => errors.push(event));
      const warnings = await captureWarnings(async () => {
        wrapper.append(el);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      await expect(el).to.be.accessible();
      expect(warnings).to.deep.equal([warning]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({
        element: 'relais-key-figure',
        attribute,
        value,
        fallback: !showsFigure,
      });
      expect(allText(el)).not.to.match(/NaN|undefined|\[object/);
      const names = (await readingOrder()).map((node) => node.name);
      if (showsFigure) {
        expect(part(el, 'value')).to.equal('3');
        expect(has(el, 'a')).to.equal(false);
        expect(part(el, 'source')).to.equal(`Source${NNBSP}: Ma source`);
        expect(names).not.to.include('Texte de secours');
      } else {
        const slot = el.shadowRoot!.querySelector('slot');
        expect(slot?.assignedElements()).to.have.length(1);
        const fallback = el.querySelector('p')!;
        expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(names).to.include('Texte de secours');
        expect(has(el, '[part="value"]')).to.equal(false);
      }
    });
  }

  it('shows nothing and throws nothing when bad input has no fallback', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render(html`<relais-key-figure value="NaN"></relais-key-figure>`);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(allText(el).trim()).to.equal('');
    });
    expect(warnings).to.deep.equal([
      `[relais] <relais-key-figure> value="NaN": not a number. ${FALLBACK}`,
    ]);
  });

  it('shows its light-DOM content before the script runs, then the figure once it has', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'page d’un partenaire';
    frame.style.width = '400px';
    frame.srcdoc =
      '<!doctype html><html lang="fr"><body><relais-key-figure figure="eloignes-du-numerique">' +
      '<p>13 millions de Français éloignés du numérique</p></relais-key-figure></body></html>';
    const loaded = oneEvent(frame, 'load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('relais-key-figure')!;
    const fallback = doc.querySelector('p')!;
    expect(el.matches(':defined')).to.equal(false);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(doc.body.innerText).to.equal('13 millions de Français éloignés du numérique');
    // The script arrives late, as from a slow CDN: the element's own module, in the frame.
    const frameWindow = frame.contentWindow as Window & { litIssuedWarnings?: Set<string> };
    frameWindow.litIssuedWarnings = new Set(['dev-mode']);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('./define.ts', import.meta.url).href;
    doc.head.append(script);
    await frameWindow.customElements.whenDefined('relais-key-figure');
    await (el as RelaisKeyFigure).updateComplete;
    expect(has(el as RelaisKeyFigure, 'slot')).to.equal(false);
    expect(part(el as RelaisKeyFigure, 'value')).to.equal(`13${NBSP}millions`);
    expect(fallback.getBoundingClientRect().height).to.equal(0);
  });

  it('shows the figure, not the fallback, when the data exists', async () => {
    const el = await render(
      html`<relais-key-figure figure="eloignes-du-numerique"><p>Secours</p></relais-key-figure>`,
    );
    expect(has(el, 'slot')).to.equal(false);
    const names = (await readingOrder()).map((node) => node.name);
    expect(names).not.to.include('Secours');
  });
});

/** Waits `count` animation frames. */
const frames = async (count: number): Promise<void> => {
  for (let i = 0; i < count; i += 1) await new Promise(requestAnimationFrame);
};

/** What the count shows while it runs ('' when it does not). */
const countText = (el: Element): string =>
  el.shadowRoot!.querySelector<HTMLElement>('.count')?.innerText ?? '';

/**
 * Waits until the count shows `pattern`, polled: a fixed number of frames can outlast the
 * whole count (COUNT_UP_MS) on a busy machine, and the test would then read the final value.
 */
const whenCounting = (el: Element, message: string, pattern = /^×\d+$/): Promise<void> =>
  waitUntil(() => pattern.test(countText(el)), message, { interval: 5, timeout: 5_000 });

describe('<relais-key-figure count-up>', () => {
  it('counts up once in view, digits hidden from assistive technology, layout still', async () => {
    const el = await render(
      html`<relais-key-figure figure="eloignes-du-numerique" count-up></relais-key-figure>`,
    );
    // Counting once the observer has seen it in view: polled (a fixed number of frames can
    // outlast the whole count on a busy machine).
    await waitUntil(() => has(el, '.count'), 'counting', { interval: 5, timeout: 5_000 });
    expect(has(el, '[aria-hidden="true"] .count')).to.equal(true);
    const before = el.getBoundingClientRect();
    const valueBox = el.shadowRoot!.querySelector('[part="value"]')!.getBoundingClientRect();
    const seen = new Set<string>();
    for (let i = 0; i < 10; i += 1) {
      await frames(3);
      seen.add(el.shadowRoot!.querySelector<HTMLElement>('.count')?.innerText ?? '');
      expect(el.getBoundingClientRect().height).to.equal(before.height);
      const box = el.shadowRoot!.querySelector('[part="value"]')!.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([valueBox.width, valueBox.height]);
      const [first] = await readingOrder();
      expect(first!.name).to.equal(getFigure('eloignes-du-numerique')!.spoken.fr);
    }
    expect(seen.size, [...seen].join(' | ')).to.be.greaterThan(2);
    expect([...seen].join(' ')).not.to.match(/NaN|undefined/);
    // The count ends on the first frame after COUNT_UP_MS: waited for, not timed (a busy
    // machine can hold a frame back past any fixed delay).
    await waitUntil(() => !has(el, '.count'), 'the count ends', { timeout: 10_000 });
    await el.updateComplete;
    expect(part(el, 'value')).to.equal(`13${NBSP}millions`);
    // Once: scrolling away and back does not count again.
    el.style.marginTop = '3000px';
    await frames(3);
    el.style.marginTop = '';
    await frames(6);
    expect(has(el, '.count')).to.equal(false);
  });

  it('shows the final value until scrolled into view (print, full-page captures), then counts', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <relais-key-figure figure="teleconsultations" count-up></relais-key-figure>
      </div>`,
    );
    const el = wrapper.querySelector('relais-key-figure')!;
    await el.updateComplete;
    await frames(10);
    expect(has(el, '.count')).to.equal(false);
    expect(part(el, 'value')).to.equal('×100');
    el.scrollIntoView();
    await whenCounting(el, 'counting, past ×0', /^×[1-9]\d*$/);
    // Printed mid-count: the final value, not the count.
    await emulateMedia({ media: 'print' });
    try {
      expect(part(el, 'value')).to.equal('×100');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.scrollTo(0, 0);
    }
  });

  it('counts once seen after being moved to another section before it was in view', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <section id="top"></section>
        <div style="height: 3000px"></div>
        <section id="below">
          <relais-key-figure figure="teleconsultations" count-up></relais-key-figure>
        </section>
      </div>`,
    );
    // An earlier test may have left the page scrolled (one skipped mid-way in an engine).
    window.scrollTo(0, 0);
    const el = page.querySelector('relais-key-figure')!;
    await el.updateComplete;
    await frames(6);
    expect(has(el, '.count'), 'below the fold: not counting').to.equal(false);
    // A CMS moves the block to the top of the page, where the reader is.
    page.querySelector('#top')!.append(el);
    await el.updateComplete;
    await whenCounting(el, 'counting once in view');
  });

  it('counts when a framework sets it as a property (React 19, Vue 3, Preact), and leaves el.animate() alone', async () => {
    for (const props of [{ countUp: true }, { 'count-up': true }]) {
      const el = document.createElement('relais-key-figure');
      // What React 19, Vue 3 and Preact do for each prop of a custom element.
      for (const [key, value] of Object.entries({ figure: 'teleconsultations', ...props })) {
        if (key in el) (el as unknown as Record<string, unknown>)[key] = value;
        else el.setAttribute(key, String(value));
      }
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      await whenCounting(el, `counting, set as ${JSON.stringify(props)}`);
      expect(typeof el.animate).to.equal('function');
      expect(el.animate([{ opacity: 1 }], 10)).to.be.instanceOf(Animation);
      expect(el.hasAttribute('animate')).to.equal(false);
    }
  });

  it('does not animate under prefers-reduced-motion: the final value at once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await render(
      html`<relais-key-figure figure="plan-de-relance-numerique" count-up></relais-key-figure>`,
    );
    await expect(el).to.be.accessible();
    for (let i = 0; i < 5; i += 1) {
      await el.updateComplete;
      expect(has(el, '.count')).to.equal(false);
      expect(part(el, 'value')).to.equal(`7${NBSP}milliards d’euros`);
      await frames(2);
    }
  });
});

describe('<relais-key-figure> themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible and AA contrasted in ${theme} (theme="${theme}" and prefers-color-scheme)`, async () => {
      await emulateMedia({ colorScheme: theme });
      for (const attribute of [theme, 'auto']) {
        const el = await render(
          html`<relais-key-figure
            figure="decrochage-scolaire"
            theme=${attribute}
          ></relais-key-figure>`,
        );
        await expect(el).to.be.accessible();
        const surface = getComputedStyle(el.shadowRoot!.querySelector('figure')!).backgroundColor;
        const colour = (name: string): string =>
          getComputedStyle(el.shadowRoot!.querySelector(`[part="${name}"]`)!).color;
        expect(contrast(colour('value'), surface), 'value').to.be.at.least(4.5);
        expect(contrast(colour('label'), surface), 'label').to.be.at.least(4.5);
        expect(contrast(colour('source'), surface), 'source').to.be.at.least(4.5);
        const dark = contrast(surface, 'rgb(0, 0, 0)') < contrast(surface, 'rgb(255, 255, 255)');
        expect(dark, `${attribute} surface ${surface}`).to.equal(theme === 'dark');
      }
    });
  }

  it('lets theme="light" win over a dark system, and theme="dark" over a light one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await render(
      html`<relais-key-figure value="3" theme="light"></relais-key-figure>`,
    );
    const lightBg = getComputedStyle(light.shadowRoot!.querySelector('figure')!).backgroundColor;
    await emulateMedia({ colorScheme: 'light' });
    const dark = await render(html`<relais-key-figure value="3" theme="dark"></relais-key-figure>`);
    const darkBg = getComputedStyle(dark.shadowRoot!.querySelector('figure')!).backgroundColor;
    expect(contrast(lightBg, 'rgb(255, 255, 255)')).to.be.lessThan(1.2);
    expect(contrast(darkBg, 'rgb(0, 0, 0)')).to.be.lessThan(1.5);
  });
});

// A theme's flex containers are columns (as Elementor's): the element fills them. Its own
// margin is the page's to set (the layouts tests), so the figure sets it here.
const HOSTILE = `html{font-size:62.5%} body{font-size:1.6rem}
*{color:red!important; line-height:3; margin:3em; box-sizing:content-box}
div{display:flex; flex-direction:column} relais-key-figure{margin:0}`;

interface Look {
  text: string;
  boxes: number[][];
  colours: string[];
  fontSizes: string[];
}

async function look(width: string): Promise<Look> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}">
      <relais-key-figure figure="competences-numeriques-de-base"></relais-key-figure>
    </div>`,
  );
  const el = wrapper.querySelector('relais-key-figure')!;
  await el.updateComplete;
  const nodes = [el, ...el.shadowRoot!.querySelectorAll<HTMLElement>('figure, [part]')];
  return {
    text: el.shadowRoot!.querySelector('figure')!.innerText,
    boxes: nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return [box.width, box.height].map((n) => Math.round(n * 10) / 10);
    }),
    colours: nodes.flatMap((node) => {
      const style = getComputedStyle(node);
      return [style.color, style.backgroundColor, style.borderInlineStartColor];
    }),
    fontSizes: nodes.map((node) => getComputedStyle(node).fontSize),
  };
}

describe('<relais-key-figure> on a hostile page', () => {
  it('keeps its text, size and colours under a theme’s 62.5 %, * {…!important} and div {display:flex}', async () => {
    const plain = await look('400px');
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    try {
      const hostile = await look('400px');
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
      expect(hostile).to.deep.equal(plain);
    } finally {
      style.remove();
    }
  });
});

describe('<relais-key-figure> sizes and containers', () => {
  const valueSize = (el: RelaisKeyFigure): number =>
    parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part="value"]')!).fontSize);

  it('reads well from a 200 px sidebar to a full-width large figure, following its container', async () => {
    const sizes: Record<string, number> = {};
    for (const [width, size] of [
      ['200px', 'compact'],
      ['200px', 'default'],
      ['800px', 'default'],
      ['1000px', 'large'],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:${width}">
          <relais-key-figure figure="plan-de-relance-numerique" size=${size}></relais-key-figure>
        </div>`,
      );
      const el = wrapper.querySelector('relais-key-figure')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.scrollWidth, `${size} at ${width} overflows`).to.be.at.most(figure.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(parseFloat(width));
      sizes[`${size}@${width}`] = valueSize(el);
    }
    expect(sizes['compact@200px']).to.be.at.least(20);
    expect(sizes['default@200px']).to.be.at.least(sizes['compact@200px']!);
    expect(sizes['default@800px']).to.be.greaterThan(sizes['default@200px']!);
    expect(sizes['large@1000px']).to.be.greaterThan(sizes['default@800px']!);
  });

  it('adds no attribute to the partner’s markup, and takes size from code as from markup', async () => {
    const el = await render(
      html`<relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>`,
    );
    expect(el.getAttributeNames()).to.deep.equal(['figure']);
    const defaultSize = valueSize(el);
    el.size = 'large';
    el.countUp = true;
    await el.updateComplete;
    expect(el.getAttributeNames()).to.deep.equal(['figure']);
    expect(valueSize(el)).to.be.greaterThan(defaultSize);
    const byAttribute = await render(
      html`<relais-key-figure figure="eloignes-du-numerique" size="large"></relais-key-figure>`,
    );
    expect(valueSize(byAttribute)).to.equal(valueSize(el));
  });

  it('warns once for a size it does not know, and shows the default size', async () => {
    const el = await render(html`<relais-key-figure value="3"></relais-key-figure>`);
    const defaultSize = valueSize(el);
    const warnings = await captureWarnings(async () => {
      el.setAttribute('size', 'huge');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '[relais] <relais-key-figure> size="huge": not one of compact, default, large; using default instead.',
    ]);
    expect(part(el, 'value')).to.equal('3');
    expect(valueSize(el)).to.equal(defaultSize);
  });

  it('bad, then good, then bad again: falls back and tells it each time, naming the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: string[] = [];
    wrapper.addEventListener('relais-error', (event) => errors.push(event.detail.value));
    const el = document.createElement('relais-key-figure');
    el.id = 'seventh';
    el.append('Repli.');
    el.figure = 'pas-une-figure';
    const calls = await captureWarningCalls(async () => {
      wrapper.append(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.textContent?.trim()).to.equal('');
      el.figure = 'eloignes-du-numerique';
      await el.updateComplete;
      expect(part(el, 'value')).to.equal(`13${NBSP}millions`);
      el.figure = 'pas-une-figure';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.innerText).to.equal('Repli.');
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
    expect(errors).to.deep.equal(['pas-une-figure', 'pas-une-figure']);
    expect(calls).to.have.length(2);
    for (const args of calls) {
      expect(args[0]).to.equal(
        '[relais] <relais-key-figure> figure="pas-une-figure": no figure of the report has this id. Showing the fallback content.',
      );
      // The instance itself, so the console shows which of the page's figures it is.
      expect(args[1]).to.equal(el);
    }
  });
});

/** Sets `props` the way React 19, Vue 3 and Preact do: a property when `key in el`, else an attribute. */
async function renderFromFramework(
  props: Record<string, unknown>,
  lang = 'fr',
): Promise<RelaisKeyFigure> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('relais-key-figure');
  for (const [key, value] of Object.entries(props)) {
    if (key in el) (el as unknown as Record<string, unknown>)[key] = value;
    else el.setAttribute(key, String(value));
  }
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The camelCase property of an attribute: `compare-value` → `compareValue`. */
const propertyOf = (attribute: string): string =>
  attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

describe('<relais-key-figure> set from code (React, Vue): properties are taken as attributes are', () => {
  for (const { attrs, ...locales } of INLINE_CASES) {
    it(`${attrs['kind']}${attrs['compare-value'] ? ' compared' : ''}: every attribute also works as a property`, async () => {
      const props = Object.fromEntries(
        Object.entries(attrs).map(([name, value]) => [propertyOf(name), value]),
      );
      const el = await renderFromFramework(props);
      await expect(el).to.be.accessible();
      expect(el.getAttributeNames()).to.deep.equal([]);
      expect(part(el, 'value')).to.equal(locales.fr[0]);
      const [first] = await readingOrder();
      expect(first).to.deep.include({ role: 'StaticText', name: locales.fr[1] });
    });
  }

  it('shows numbers given where text is expected: el.label = 42 shows « 42 »', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await renderFromFramework({
        value: 42,
        kind: 'percent',
        label: 42,
        compareValue: 40,
        compareLabel: 2020,
        source: 2020,
        denominator: 10,
      });
      await expect(el).to.be.accessible();
      expect(part(el, 'value')).to.equal(`42${NNBSP}%`);
      expect(part(el, 'label')).to.equal(`42 (40${NNBSP}% 2020)`);
      expect(part(el, 'source')).to.equal(`Source${NNBSP}: 2020`);
      const [first] = await readingOrder();
      expect(first!.name).to.equal(`42${NBSP}pour cent 42, 40${NBSP}pour cent 2020`);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('refuses an object or an array as text, with one warning and the fallback, never [object Object]', async () => {
    for (const [key, attribute, value, shown] of [
      ['label', 'label', { text: 'x' }, '{"text":"x"}'],
      ['unit', 'unit', ['a', 'b'], '["a","b"]'],
      ['figure', 'figure', 42, '42'],
    ] as const) {
      const errors: RelaisErrorEvent[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.addEventListener('relais-error', (event) => errors.push(event));
      const el = document.createElement('relais-key-figure');
      el.innerHTML = '<p>Texte de secours</p>';
      const warnings = await captureWarnings(async () => {
        if (key !== 'figure') el.value = 3;
        (el as unknown as Record<string, unknown>)[key] = value;
        wrapper.append(el);
        await el.updateComplete;
      });
      const reason = key === 'figure' ? 'no figure of the report has this id' : 'not text';
      expect(warnings).to.deep.equal([
        `[relais] <relais-key-figure> ${attribute}="${shown}": ${reason}. ${FALLBACK}`,
      ]);
      expect(errors).to.have.length(1);
      expect(allText(el)).not.to.match(/NaN|undefined|\[object/);
      expect(el.innerText).to.equal('Texte de secours');
    }
  });

  it('shows markup in any attribute as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.__xss=1"><b>gras</b>';
    const el = await renderFromFramework({
      value: 3,
      label: markup,
      unit: '<i>u</i>',
      compareValue: 2,
      compareLabel: '<u>c</u>',
      source: '<script>s</script>',
    });
    await expect(el).to.be.accessible();
    expect(has(el as RelaisKeyFigure, 'img, b, i, u, script')).to.equal(false);
    expect(part(el, 'value')).to.equal(`3${NBSP}<i>u</i>`);
    expect(part(el, 'label')).to.equal(`${markup} (2 <u>c</u>)`);
    expect(part(el, 'source')).to.equal(`Source${NNBSP}: <script>s</script>`);
    expect((window as Window & { __xss?: number }).__xss).to.equal(undefined);
  });
});

/** The nearest `lang` of the text node holding `text`, across shadow roots. */
function langOfText(el: RelaisKeyFigure, selector: string, text: string): string | undefined {
  const walker = document.createTreeWalker(
    el.shadowRoot!.querySelector(selector)!,
    NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(text)) continue;
    let current: Node | null = node.parentNode;
    while (current) {
      if (current instanceof Element && current.getAttribute('lang')) {
        return current.getAttribute('lang')!;
      }
      current = current instanceof ShadowRoot ? current.host : current.parentNode;
    }
    return undefined;
  }
  throw new Error(`no text « ${text} » in ${selector}`);
}

describe('<relais-key-figure> on a page in another language', () => {
  it('marks French only its own words: a German label stays German', async () => {
    const el = await renderInline(
      {
        kind: 'percent',
        value: '42',
        label: 'der Europäer haben keine digitalen Grundkenntnisse',
        'compare-value': '40',
        'compare-label': 'in Frankreich',
        source: 'Eurostat',
      },
      'de',
    );
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('figure')!.hasAttribute('lang')).to.equal(false);
    expect(langOfText(el, '.spoken', `42${NBSP}pour cent`)).to.equal('fr');
    expect(langOfText(el, '.spoken', 'der Europäer')).to.equal('de');
    expect(langOfText(el, '.spoken', `40${NBSP}pour cent`)).to.equal('fr');
    expect(langOfText(el, '.spoken', 'in Frankreich')).to.equal('de');
    expect(langOfText(el, '[part="label"]', 'der Europäer')).to.equal('de');
    expect(langOfText(el, '[part="source"]', 'Source')).to.equal('fr');
    expect(langOfText(el, '[part="source"]', 'Eurostat')).to.equal('de');
    const names = (await readingOrder()).map((node) => node.name);
    expect(names.slice(0, 5).join('')).to.equal(
      `42${NBSP}pour cent der Europäer haben keine digitalen Grundkenntnisse, 40${NBSP}pour cent in Frankreich`,
    );
  });

  it('marks the report’s figure French as a whole, and marks nothing on a French page', async () => {
    const de = await render(
      html`<div lang="de">
        <relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>
      </div>`,
    );
    const inGerman = de.querySelector('relais-key-figure')! as RelaisKeyFigure;
    await inGerman.updateComplete;
    expect(inGerman.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('fr');
    const fr = await render(
      html`<relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>`,
    );
    expect(has(fr as RelaisKeyFigure, '[lang]')).to.equal(false);
  });

  it('follows a move from a French section into an English one', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <section lang="fr">
          <relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>
        </section>
        <section lang="en"></section>
      </div>`,
    );
    const el = page.querySelector('relais-key-figure')!;
    await el.updateComplete;
    expect(part(el, 'value')).to.equal(`13${NBSP}millions`);
    page.querySelector('section[lang="en"]')!.append(el);
    await aTimeout(0);
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('13 million');
    const [first] = await readingOrder();
    expect(first!.name).to.equal(getFigure('eloignes-du-numerique')!.spoken.en);
  });

  it('follows a lang change inside a partner’s own shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<article lang="fr"><relais-key-figure figure="eloignes-du-numerique"></relais-key-figure></article>';
    const el = shadow.querySelector('relais-key-figure')!;
    await el.updateComplete;
    expect(part(el, 'value')).to.equal(`13${NBSP}millions`);
    shadow.querySelector('article')!.lang = 'en';
    await aTimeout(0);
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('13 million');
  });
});

describe('<relais-key-figure> as a reader meets it', () => {
  it('puts the spoken sentence over the number and label, so that exploring by touch finds it', async () => {
    const el = await render(
      html`<relais-key-figure figure="competences-numeriques-de-base"></relais-key-figure>`,
    );
    const spoken = getFigure('competences-numeriques-de-base')!.spoken.fr;
    const [first] = await readingOrder();
    expect(first!.name).to.equal(spoken);
    const carrier = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].find(
      (node) => node.textContent === spoken && !node.closest('[aria-hidden="true"]'),
    )!;
    const box = carrier.getBoundingClientRect();
    const shown = el.shadowRoot!.querySelector('[aria-hidden="true"]')!.getBoundingClientRect();
    expect([box.x, box.y, box.width, box.height]).to.deep.equal([
      shown.x,
      shown.y,
      shown.width,
      shown.height,
    ]);
    expect(shown.height).to.be.greaterThan(60);
    expect(getComputedStyle(carrier).clipPath).to.equal('none');
    // Invisible all the same: the card looks as it did.
    expect(getComputedStyle(carrier).opacity).to.equal('0');
  });

  it('wraps a long comparison in a 200 px card (WCAG 1.4.10)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 200px">
        <relais-key-figure
          kind="percent"
          value="42"
          label="des Européens"
          compare-value="40"
          compare-label="parmi les habitants de la France métropolitaine"
        ></relais-key-figure>
      </div>`,
    );
    const el = wrapper.querySelector('relais-key-figure')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.scrollWidth).to.be.at.most(figure.clientWidth);
    const compare = el.shadowRoot!.querySelector('.compare')!.getBoundingClientRect();
    expect(compare.right).to.be.at.most(figure.getBoundingClientRect().right);
  });
});

describeForcedColours(
  'relais-key-figure',
  html`<relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>`,
  '.card',
  'inline-start',
);

describePartnerLayouts('relais-key-figure', 'figure="eloignes-du-numerique"');
