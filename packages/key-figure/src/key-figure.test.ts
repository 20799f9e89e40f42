import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import { getFigure, type FigureId } from '@relais/report-data';
import type { RelaisErrorEvent } from '@relais/core';
import { captureWarnings } from '../../../test/capture-console.js';
import { contrast } from '../../../test/contrast.js';
import './define.js';
import type { RelaisKeyFigure } from './key-figure.js';

const NNBSP = '\u202F';
const RAPPORT_FR = `WeTechCare, «${NNBSP}Monde social et numérique pendant la crise${NNBSP}»`;
const RAPPORT_EN = 'WeTechCare, “Monde social et numérique pendant la crise” (report)';

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
      value: '7 milliards d’euros',
      source: `Source${NNBSP}: Plan de relance, cité par ${RAPPORT_FR}, 21 septembre 2020`,
    },
    en: {
      value: '€7bn',
      source: `Source: France’s recovery plan (plan de relance), cited by ${RAPPORT_EN}, 21 September 2020 · Translated from French by Relais`,
    },
  },
  {
    id: 'eloignes-du-numerique',
    fr: {
      value: '13 millions',
      source: `Source${NNBSP}: ${RAPPORT_FR}, 21 septembre 2020`,
    },
    en: {
      value: '13 million',
      source: `Source: ${RAPPORT_EN}, 21 September 2020 · Translated from French by Relais`,
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
      value: '9 emplois sur 10',
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
    expect(first!.name).to.match(/^7 milliards d’euros consacrés à la transformation numérique/);
  });

  it('follows the page’s language when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>
      </div>`,
    );
    const el = wrapper.querySelector('relais-key-figure')!;
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('13 millions');
    wrapper.lang = 'en';
    await aTimeout(0);
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('13 million');
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('en');
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
    fr: ['13 millions', '13 millions LABEL'],
    en: ['13 million', '13 million LABEL'],
  },
  {
    attrs: { kind: 'percent', value: '5', 'value-max': '8', label: 'LABEL' },
    fr: [`5 à 8${NNBSP}%`, '5 à 8 pour cent LABEL'],
    en: ['5–8%', '5 to 8 percent LABEL'],
  },
  {
    attrs: { kind: 'currency', value: '7e9', currency: 'EUR', label: 'LABEL' },
    fr: ['7 milliards d’euros', '7 milliards d’euros LABEL'],
    en: ['€7bn', '7 billion euros LABEL'],
  },
  {
    attrs: { kind: 'ratio', value: '9', denominator: '10', unit: 'UNIT', label: 'LABEL' },
    fr: ['9 UNIT sur 10', '9 UNIT sur 10 LABEL'],
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
    fr: [`42${NNBSP}%`, '42 pour cent LABEL, 40 pour cent COMPARED'],
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
  /** Whether the element still shows the figure (a bad URL only loses the link). */
  showsFigure?: boolean;
}

const LONG_LABEL = 'très long libellé '.repeat(112).slice(0, 2000);

const BAD_CASES: BadCase[] = [
  { name: 'an unknown id', attrs: { figure: 'nope' }, attribute: 'figure', value: 'nope' },
  {
    name: 'a value that is not a number',
    attrs: { value: 'abc', label: 'x' },
    attribute: 'value',
    value: 'abc',
  },
  {
    name: 'value-max below value',
    attrs: { kind: 'percent', value: '8', 'value-max': '5', label: 'x' },
    attribute: 'value-max',
    value: '5',
  },
  {
    name: 'an unknown kind',
    attrs: { kind: 'weight', value: '3' },
    attribute: 'kind',
    value: 'weight',
  },
  {
    name: 'an unknown currency',
    attrs: { kind: 'currency', value: '3', currency: 'XYZ' },
    attribute: 'currency',
    value: 'XYZ',
  },
  {
    name: 'a javascript: source URL',
    attrs: { value: '3', label: 'x', source: 'Ma source', 'source-url': 'javascript:alert(1)' },
    attribute: 'source-url',
    value: 'javascript:alert(1)',
    showsFigure: true,
  },
  {
    name: 'a 2,000-character label',
    attrs: { value: '3', label: LONG_LABEL },
    attribute: 'label',
    value: `${LONG_LABEL.slice(0, 200)}…`,
  },
];

describe('<relais-key-figure> with bad input', () => {
  for (const { name, attrs, attribute, value, showsFigure } of BAD_CASES) {
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
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relais-key-figure>').and.contain(`${attribute}="${value}"`);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ element: 'relais-key-figure', attribute, value });
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
    expect(warnings).to.have.length(1);
  });

  it('shows its light-DOM content before the script runs', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'page sans script';
    frame.srcdoc =
      '<relais-key-figure figure="eloignes-du-numerique">' +
      '<p>13 millions de Français éloignés du numérique</p></relais-key-figure>';
    const loaded = oneEvent(frame, 'load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
    await loaded;
    const fallback = frame.contentDocument!.querySelector('p')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(frame.contentDocument!.body.innerText).to.equal(
      '13 millions de Français éloignés du numérique',
    );
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

describe('<relais-key-figure animate>', () => {
  it('counts up once in view, digits hidden from assistive technology, layout still', async () => {
    const el = await render(
      html`<relais-key-figure figure="eloignes-du-numerique" animate></relais-key-figure>`,
    );
    await frames(8);
    await el.updateComplete;
    expect(has(el, '.count'), 'counting').to.equal(true);
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
    await aTimeout(1300);
    await el.updateComplete;
    expect(has(el, '.count')).to.equal(false);
    expect(part(el, 'value')).to.equal('13 millions');
    // Once: scrolling away and back does not count again.
    el.style.marginTop = '3000px';
    await frames(3);
    el.style.marginTop = '';
    await frames(6);
    expect(has(el, '.count')).to.equal(false);
  });

  it('waits until it is scrolled into view to count', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <relais-key-figure figure="teleconsultations" animate></relais-key-figure>
      </div>`,
    );
    const el = wrapper.querySelector('relais-key-figure')!;
    await el.updateComplete;
    await frames(10);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.count')?.innerText).to.equal('×0');
    el.scrollIntoView();
    await frames(12);
    const counting = el.shadowRoot!.querySelector<HTMLElement>('.count')?.innerText ?? '';
    expect(counting).to.match(/^×\d+$/);
    expect(counting).not.to.equal('×0');
    window.scrollTo(0, 0);
  });

  it('does not animate under prefers-reduced-motion: the final value at once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await render(
      html`<relais-key-figure figure="plan-de-relance-numerique" animate></relais-key-figure>`,
    );
    await expect(el).to.be.accessible();
    for (let i = 0; i < 5; i += 1) {
      await el.updateComplete;
      expect(has(el, '.count')).to.equal(false);
      expect(part(el, 'value')).to.equal('7 milliards d’euros');
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

const HOSTILE = `html{font-size:62.5%} body{font-size:1.6rem}
*{color:red!important; line-height:3; margin:3em; box-sizing:content-box} div{display:flex}`;

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

  it('reads well from a 200 px sidebar to a full-width hero, following its container', async () => {
    const sizes: Record<string, number> = {};
    for (const [width, size] of [
      ['200px', 'compact'],
      ['200px', 'default'],
      ['800px', 'default'],
      ['1000px', 'hero'],
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
    expect(sizes['hero@1000px']).to.be.greaterThan(sizes['default@800px']!);
  });

  it('reflects size and theme, and warns once for a value it does not know', async () => {
    const el = await render(html`<relais-key-figure value="3"></relais-key-figure>`);
    expect(el.getAttribute('size')).to.equal('default');
    expect(el.getAttribute('theme')).to.equal('auto');
    el.size = 'hero';
    await el.updateComplete;
    expect(el.getAttribute('size')).to.equal('hero');
    const warnings = await captureWarnings(async () => {
      el.setAttribute('size', 'huge');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('size="huge"');
    expect(part(el, 'value')).to.equal('3');
  });
});
