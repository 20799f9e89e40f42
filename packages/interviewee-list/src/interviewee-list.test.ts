import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ENGINE, skipInThisEngine } from '../../../test/commands.js';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { getPeople } from '@relais/report-data';
import type { RelaisErrorEvent } from '@relais/core';
import { captureWarnings } from '../../../test/capture-console.js';
import { describeForcedColours } from '../../../test/forced-colours.js';
import { describePartnerLayouts } from '../../../test/layouts.js';
import { describeReportAttribute } from '../../../test/report-attribute.js';
import { describeStrings } from '../../../test/strings.js';
import { LIST_STRINGS } from './interviewee-list.strings.js';
import './define.js';
import type { RelaisIntervieweeList } from './interviewee-list.js';
import type { RelaisPerson } from './person.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

/**
 * The whole accessibility tree of the page as a flat list, in reading order: lists and list
 * items included (`test/a11y-tree-plugin.mjs`).
 */
async function readingOrder(selector = 'relais-interviewee-list'): Promise<AxNode[]> {
  if (ENGINE !== 'chromium') {
    skipInThisEngine(
      'reads the whole accessibility tree (a11y-tree), which only Chromium’s automation (CDP) gives',
    );
  }
  const root = (await executeServerCommand('a11y-tree', { selector })) as AxNode;
  const out: AxNode[] = [];
  const walk = (node: AxNode): void => {
    out.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  // Inline text boxes are the layout's line fragments of a text node, not what is read.
  return out
    .filter((node) => node.role !== 'InlineTextBox')
    .map((node) => ({ ...node, name: node.name ?? '' }));
}

async function render<T extends HTMLElement = RelaisIntervieweeList>(
  template: ReturnType<typeof html>,
): Promise<T> {
  const el = await fixture<T>(template);
  const list = (
    el.localName === 'relais-interviewee-list' ? el : el.querySelector('relais-interviewee-list')
  ) as RelaisIntervieweeList | null;
  await list?.updateComplete;
  return el;
}

/** A list of `layout` in a column `width` pixels wide, as a sidebar or an article gives it. */
async function inColumn(
  width: number,
  layout: string,
): Promise<{ wrapper: HTMLDivElement; el: RelaisIntervieweeList }> {
  const wrapper = await render<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <relais-interviewee-list layout=${layout}></relais-interviewee-list>
    </div>`,
  );
  return { wrapper, el: wrapper.querySelector('relais-interviewee-list')! };
}

/** The warnings and `relais-error` events (their detail) while `run` executes. */
async function captureErrors(
  run: () => unknown,
): Promise<{ warnings: string[]; events: RelaisErrorEvent['detail'][] }> {
  const events: RelaisErrorEvent['detail'][] = [];
  const listener = (event: RelaisErrorEvent): void => {
    events.push(event.detail);
  };
  document.addEventListener('relais-error', listener);
  try {
    return { warnings: await captureWarnings(run), events };
  } finally {
    document.removeEventListener('relais-error', listener);
  }
}

const shadow = (el: RelaisIntervieweeList): ShadowRoot => el.shadowRoot!;
const all = (el: RelaisIntervieweeList, selector: string): HTMLElement[] => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];
/** The names in the order the reader sees them. */
const names = (el: RelaisIntervieweeList): string[] =>
  all(el, '[part="name"]').map((node) => node.innerText);
const item = (el: RelaisIntervieweeList, name: string): HTMLElement =>
  all(el, '[part="person"]').find(
    (node) => node.querySelector<HTMLElement>('[part="name"]')?.innerText === name,
  )!;
const text = (el: RelaisIntervieweeList, selector: string): string =>
  shadow(el).querySelector<HTMLElement>(selector)?.innerText ?? '';

/** The nine interviewees by family name, « de Guibert » under G, in either language. */
const NINE = [
  'Benjamin Bitane',
  'Périne Brotcorne',
  'Frédéric Chaillan',
  'Armelle de Guibert',
  'Céline Jauriberry',
  'Anne Lehmans',
  'Adam Micklethwaite',
  'Jean-Marc Petit',
  'Florian Soudain',
];

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light', media: 'screen' });
});

describe('<relais-interviewee-list>: the report’s interviewees', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`lists the nine by family name in ${locale}, a list of nine items with its count`, async () => {
      const el = await render(
        html`<relais-interviewee-list lang=${locale}></relais-interviewee-list>`,
      );
      await expect(el).to.be.accessible();
      expect(names(el)).to.deep.equal(NINE);
      const count = locale === 'fr' ? `9${NBSP}personnes interrogées` : '9 people interviewed';
      expect(text(el, '[part="count"]')).to.equal(count);
      const nodes = await readingOrder();
      const lists = nodes.filter((node) => node.role === 'list');
      expect(lists).to.have.length(1);
      expect(lists[0]!.children?.filter((node) => node.role === 'listitem')).to.have.length(9);
      // The count is read once: no label repeats it.
      expect(
        nodes.filter((node) => node.name.includes(count)).map((node) => node.role),
      ).to.deep.equal(['StaticText']);
      expect(nodes.some((node) => node.role === 'heading')).to.equal(false);
      expect(all(el, 'h2, h3, h4, h5, h6')).to.have.length(0);
    });
  }

  it('shows each person’s role and organisation from the data, the name strongest', async () => {
    const el = await render(html`<relais-interviewee-list></relais-interviewee-list>`);
    for (const person of getPeople()) {
      const name = `${person.givenName} ${person.familyName}`;
      const li = item(el, name);
      const role = li.querySelector<HTMLElement>('[part="role"]')!.innerText;
      expect(role.startsWith(person.role.fr), name).to.equal(true);
      const organization: string | undefined = person.organization;
      if (organization) {
        expect(li.querySelector<HTMLElement>('[part="organization"]')!.innerText).to.contain(
          organization,
        );
      }
      const weight = (selector: string): number =>
        Number(getComputedStyle(li.querySelector(selector)!).fontWeight);
      expect(weight('[part="name"]')).to.be.above(weight('[part="role"]'));
    }
    // The facts of the announcement, in its words.
    const armelle = item(el, 'Armelle de Guibert');
    expect(armelle.querySelector<HTMLElement>('[part="role"]')!.innerText).to.equal(
      'Déléguée générale, jusqu’au 31 août 2020',
    );
    expect(armelle.querySelector<HTMLElement>('[part="organization"]')!.innerText).to.equal(
      'Petits Frères des Pauvres',
    );
    expect(
      item(el, 'Périne Brotcorne').querySelector<HTMLElement>('[part="organization"]')!.innerText,
    ).to.equal('UCLouvain, Belgique');
  });

  it('ends Armelle de Guibert’s role « until 31 August 2020 » in English, and says roles are translated', async () => {
    const el = await render(html`<relais-interviewee-list lang="en"></relais-interviewee-list>`);
    expect(
      item(el, 'Armelle de Guibert').querySelector<HTMLElement>('[part="role"]')!.innerText,
    ).to.equal('General Delegate, until 31 August 2020');
    expect(text(el, '[part="source"]')).to.equal(
      'Source: WeTechCare, report “Monde social et numérique pendant la crise”, 21 September 2020 · Translated from French by Relais',
    );
    const fr = await render(html`<relais-interviewee-list></relais-interviewee-list>`);
    expect(text(fr, '[part="source"]')).to.equal(
      `Source${NNBSP}: WeTechCare, rapport «${NNBSP}Monde social et numérique pendant la crise${NNBSP}», 21 septembre 2020`,
    );
  });

  it('marks every role with its language: Adam Micklethwaite’s is English in a French list', async () => {
    const el = await render(html`<relais-interviewee-list></relais-interviewee-list>`);
    const langOf = (name: string): string | null =>
      item(el, name).querySelector('[part="role"] [lang]')!.getAttribute('lang');
    expect(langOf('Adam Micklethwaite')).to.equal('en');
    expect(langOf('Benjamin Bitane')).to.equal('fr');
    expect(shadow(el).querySelector('[part="list"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('is accessible in dark, and dark when asked', async () => {
    const el = await render(
      html`<relais-interviewee-list
        theme="dark"
        group-by="country"
        heading="Qui a été interrogé ?"
      ></relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    const frame = shadow(el).querySelector('.card')!;
    expect(getComputedStyle(frame).backgroundColor).to.equal('rgb(23, 25, 28)');
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await render(
      html`<relais-interviewee-list layout="grid"></relais-interviewee-list>`,
    );
    await expect(auto).to.be.accessible();
  });

  it('re-renders in the language of the section it is moved to', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div>
        <section lang="fr"><relais-interviewee-list></relais-interviewee-list></section>
        <section lang="en"></section>
      </div>`,
    );
    const el = wrapper.querySelector('relais-interviewee-list')!;
    expect(text(el, '[part="count"]')).to.equal(`9${NBSP}personnes interrogées`);
    wrapper.querySelector('section[lang="en"]')!.append(el);
    await el.updateComplete;
    expect(text(el, '[part="count"]')).to.equal('9 people interviewed');
  });
});

describe('<relais-interviewee-list>: options', () => {
  it('people: these, in the order given', async () => {
    const el = await render(
      html`<relais-interviewee-list
        people="adam-micklethwaite  perine-brotcorne"
      ></relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    expect(names(el)).to.deep.equal(['Adam Micklethwaite', 'Périne Brotcorne']);
    expect(text(el, '[part="count"]')).to.equal(`2${NBSP}personnes interrogées`);
  });

  it('include="all": the interviewees and the authors of the preface and the op-ed, each with their part', async () => {
    const el = await render(
      html`<relais-interviewee-list include="all"></relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    // Jean Deydier is quoted by the announcement, not a contributor to the report.
    expect(names(el)).to.deep.equal([
      'Benjamin Bitane',
      'Périne Brotcorne',
      'Frédéric Chaillan',
      'Cyril Garcia',
      'Armelle de Guibert',
      'Céline Jauriberry',
      'Anne Lehmans',
      'Adam Micklethwaite',
      'Cédric O',
      'Jean-Marc Petit',
      'Florian Soudain',
    ]);
    expect(text(el, '[part="count"]')).to.equal(`11${NBSP}personnes`);
    expect(item(el, 'Cédric O').innerText).to.match(/^Cédric O\n+Préface\n/);
    expect(item(el, 'Cyril Garcia').innerText).to.match(/^Cyril Garcia\n+Tribune\n/);
    const en = await render(
      html`<relais-interviewee-list include="all" lang="en"></relais-interviewee-list>`,
    );
    expect(item(en, 'Cédric O').innerText).to.match(/^Cédric O\n+Preface\n/);
    expect(item(en, 'Cyril Garcia').innerText).to.match(/^Cyril Garcia\n+Op-ed\n/);
    expect(text(en, '[part="count"]')).to.equal('11 people');
  });

  it('people="jean-deydier": the announcement quotes him, and the list says so', async () => {
    const el = await render(
      html`<relais-interviewee-list people="jean-deydier"></relais-interviewee-list>`,
    );
    expect(item(el, 'Jean Deydier').innerText.trim()).to.match(
      /^Jean Deydier\n+Cité dans l’annonce du rapport\n+Fondateur\n+WeTechCare$/,
    );
    const en = await render(
      html`<relais-interviewee-list people="jean-deydier" lang="en"></relais-interviewee-list>`,
    );
    expect(item(en, 'Jean Deydier').innerText.trim()).to.match(
      /^Jean Deydier\n+Quoted in the report’s announcement\n+Founder\n+WeTechCare$/,
    );
  });

  it('include="contributors": the authors of the preface and the op-ed alone, as getPeople gives them', async () => {
    const el = await render(
      html`<relais-interviewee-list include="contributors"></relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    // Jean Deydier is quoted by the announcement, not a contributor to the report.
    expect(names(el)).to.deep.equal(['Cyril Garcia', 'Cédric O']);
    expect(text(el, '[part="count"]')).to.equal(`2${NBSP}personnes`);
  });

  it('heading and heading-level: a heading of that level, country headings one below', async () => {
    const el = await render(
      html`<relais-interviewee-list
        heading="Qui a été interrogé ?"
        heading-level="3"
        group-by="country"
      ></relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    const headings = (await readingOrder()).filter((node) => node.role === 'heading');
    expect(headings.map(({ name, level }) => [name, level])).to.deep.equal([
      ['Qui a été interrogé ?', 3],
      ['Belgique', 4],
      ['Pays non précisé', 4],
    ]);
    const lists = (await readingOrder()).filter((node) => node.role === 'list');
    expect(lists.map((list) => list.children?.length)).to.deep.equal([1, 8]);
    for (const level of [2, 4, 5, 6] as const) {
      el.headingLevel = level;
      await el.updateComplete;
      expect(all(el, '[part="heading"]')[0]!.localName).to.equal(`h${level}`);
    }
  });

  it('group-by="country" with authored people: France, Belgique, Royaume-Uni in collated order', async () => {
    for (const [locale, expected] of [
      ['fr', ['Belgique', 'France', 'Royaume-Uni']],
      ['en', ['Belgium', 'France', 'United Kingdom']],
    ] as const) {
      const el = await render(
        html`<relais-interviewee-list group-by="country" lang=${locale}>
          <relais-person name="Sam Taylor" role="Head of Digital" country="GB"></relais-person>
          <relais-person name="Jeanne Martin" role="Directrice" country="fr"></relais-person>
          <relais-person name="Luc Peeters" role="Chercheur" country="BE"></relais-person>
          <relais-person name="Anne Durand" role="Chargée de mission" country="FR"></relais-person>
        </relais-interviewee-list>`,
      );
      await expect(el).to.be.accessible();
      expect(all(el, '[part="group"]').map((node) => node.innerText)).to.deep.equal(expected);
      expect(all(el, '[part="group"]').every((node) => node.lang === locale)).to.equal(true);
      expect(names(el)).to.deep.equal([
        'Luc Peeters',
        'Anne Durand',
        'Jeanne Martin',
        'Sam Taylor',
      ]);
    }
  });

  it('layout="grid": one column in a 200 px sidebar, several when wide', async () => {
    const { wrapper, el } = await inColumn(200, 'grid');
    const columns = (): number =>
      new Set(
        all(el, '[part="person"]').map((node) => Math.round(node.getBoundingClientRect().left)),
      ).size;
    expect(columns()).to.equal(1);
    wrapper.style.width = '900px';
    await new Promise(requestAnimationFrame);
    expect(columns()).to.be.at.least(3);
  });

  it('wraps long organisations and roles at 200 px: nothing overflows, nothing hyphenated', async () => {
    for (const layout of ['list', 'grid']) {
      const { wrapper, el } = await inColumn(200, layout);
      expect(el.getBoundingClientRect().width).to.equal(200);
      for (const node of all(el, '[part="person"] p')) {
        expect(node.scrollWidth, node.innerText).to.be.at.most(node.clientWidth + 1);
        expect(getComputedStyle(node).hyphens).to.equal('manual');
      }
      const soudain = item(el, 'Florian Soudain');
      expect(soudain.getBoundingClientRect().right).to.be.at.most(
        200 + wrapper.getBoundingClientRect().left,
      );
    }
  });

  it('sets name | role side by side in a wide list, stacked in a narrow one', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div style="width: 800px">
        <relais-interviewee-list></relais-interviewee-list>
      </div>`,
    );
    const el = wrapper.querySelector('relais-interviewee-list')!;
    const li = item(el, 'Benjamin Bitane');
    const top = (selector: string): number =>
      Math.round(li.querySelector(selector)!.getBoundingClientRect().top);
    const left = (selector: string): number =>
      li.querySelector(selector)!.getBoundingClientRect().left;
    expect(left('[part="role"]')).to.be.above(left('[part="name"]') + 100);
    wrapper.style.width = '300px';
    await new Promise(requestAnimationFrame);
    expect(top('[part="role"]')).to.be.above(top('[part="name"]'));
  });

  it('prints without its background', async () => {
    const el = await render(html`<relais-interviewee-list></relais-interviewee-list>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(shadow(el).querySelector('.card')!).backgroundColor).to.equal(
      'rgba(0, 0, 0, 0)',
    );
    expect(names(el)).to.deep.equal(NINE);
  });
});

describe('<relais-interviewee-list>: authored people', () => {
  it('sorts <relais-person> children by family name, particles and accents as French does', async () => {
    const el = await render(
      html`<relais-interviewee-list>
        <relais-person name="Émile Zola" role="Écrivain"></relais-person>
        <relais-person name="Anne Éclair"></relais-person>
        <relais-person name="Luc Ecker"></relais-person>
        <relais-person name="Armelle de Guibert"></relais-person>
        <relais-person name="Joachim Du Bellay"></relais-person>
        <relais-person name="Pieter van Dam"></relais-person>
        <relais-person name="Jean d’Alembert"></relais-person>
        <relais-person name="Zoé Écrivain"></relais-person>
        <p>Fallback</p>
      </relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    // « Du Bellay » keeps its capitalised particle: under D, after « van Dam » (under D too).
    expect(names(el)).to.deep.equal([
      'Jean d’Alembert',
      'Pieter van Dam',
      'Joachim Du Bellay',
      'Luc Ecker',
      'Anne Éclair',
      'Zoé Écrivain',
      'Armelle de Guibert',
      'Émile Zola',
    ]);
    expect(text(el, '[part="count"]')).to.equal(`8${NBSP}personnes interrogées`);
    expect(shadow(el).querySelector('[part="source"]')).to.equal(null);
    // Not the fallback.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('lists people written hidden, as the README advises for pages checked without JavaScript', async () => {
    const el = await render(
      html`<relais-interviewee-list>
        <relais-person hidden name="Jeanne Martin" role="Directrice"></relais-person>
        <relais-person hidden name="Anne Durand" role="Bénévole"></relais-person>
      </relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    expect(names(el)).to.deep.equal(['Anne Durand', 'Jeanne Martin']);
    expect(
      item(el, 'Jeanne Martin').querySelector<HTMLElement>('[part="role"]')!.innerText,
    ).to.equal('Directrice');
  });

  it('keeps a partner’s text in the page’s language, and role-lang on the role', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div lang="de">
        <relais-interviewee-list heading="Wer wurde befragt?">
          <relais-person
            name="Lena Vogel"
            role="Leiterin"
            organization="Stadt Köln"
            country="DE"
          ></relais-person>
          <relais-person
            name="Sam Taylor"
            role="Head of Digital"
            role-lang="en"
            country="Wales"
          ></relais-person>
        </relais-interviewee-list>
      </div>`,
    );
    const el = wrapper.querySelector('relais-interviewee-list')!;
    await expect(el).to.be.accessible();
    // German is not built in: Relais's own words are French and say so.
    expect(text(el, '[part="count"]')).to.equal(`2${NBSP}personnes interrogées`);
    expect(shadow(el).querySelector('[part="count"]')!.getAttribute('lang')).to.equal('fr');
    expect(shadow(el).querySelector('[part="heading"]')!.hasAttribute('lang')).to.equal(false);
    expect(shadow(el).querySelector('[part="list"]')!.hasAttribute('lang')).to.equal(false);
    const vogel = item(el, 'Lena Vogel');
    expect(vogel.querySelector('[part="role"] span')!.hasAttribute('lang')).to.equal(false);
    expect(vogel.querySelector<HTMLElement>('[part="organization"]')!.innerText).to.equal(
      'Stadt Köln, Allemagne',
    );
    const taylor = item(el, 'Sam Taylor');
    expect(taylor.querySelector('[part="role"] span')!.getAttribute('lang')).to.equal('en');
    expect(taylor.querySelector<HTMLElement>('[part="organization"]')!.innerText).to.equal('Wales');
  });

  it('authored children win over people and include, with a warning for each', async () => {
    let el!: RelaisIntervieweeList;
    const warnings = await captureWarnings(async () => {
      el = await render(
        html`<relais-interviewee-list people="benjamin-bitane" include="contributors">
          <relais-person name="Jeanne Martin"></relais-person>
        </relais-interviewee-list>`,
      );
    });
    expect(names(el)).to.deep.equal(['Jeanne Martin']);
    expect(warnings).to.deep.equal([
      '[relais] <relais-interviewee-list> people="benjamin-bitane": the list has <relais-person> children, which are shown instead of the report’s people.',
      '[relais] <relais-interviewee-list> include="contributors": the list has <relais-person> children, which are shown instead of the report’s people.',
    ]);
  });

  it('reads people written anywhere inside it, as a partner writes a fallback list', async () => {
    const el = await render(
      html`<relais-interviewee-list heading="Nos bénévoles">
        <ul>
          <li><relais-person name="Jeanne Martin" role="Bénévole"></relais-person></li>
          <li>
            <p><relais-person name="Anne Durand" role="Bénévole"></relais-person></p>
          </li>
        </ul>
      </relais-interviewee-list>`,
    );
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector<HTMLElement>('[part="heading"]')!.innerText).to.equal(
      'Nos bénévoles',
    );
    // Never the report's nine under the partner's heading.
    expect(names(el)).to.deep.equal(['Anne Durand', 'Jeanne Martin']);
    // One added deeper later is read too.
    const item = document.createElement('li');
    item.innerHTML = '<relais-person name="Zoé Zeller"></relais-person>';
    el.querySelector('ul')!.append(item);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Anne Durand', 'Jeanne Martin', 'Zoé Zeller']);
  });

  it('follows people added, removed and changed from code (as frameworks set properties)', async () => {
    const el = await render(
      html`<relais-interviewee-list>
        <relais-person name="Jeanne Martin"></relais-person>
      </relais-interviewee-list>`,
    );
    const person = document.createElement('relais-person') as RelaisPerson;
    person.name = 'Anne Durand';
    person.role = 'Directrice';
    el.append(person);
    await person.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Anne Durand', 'Jeanne Martin']);
    person.name = 'Zoé Zeller';
    await person.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Jeanne Martin', 'Zoé Zeller']);
    expect(item(el, 'Zoé Zeller').querySelector<HTMLElement>('[part="role"]')!.innerText).to.equal(
      'Directrice',
    );
    // The property is the person's role, not the ARIA role attribute.
    expect(person.hasAttribute('role')).to.equal(false);
    el.querySelector('relais-person')!.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Zoé Zeller']);
  });

  it('shows HTML in any field or attribute as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const el = await render(
      html`<relais-interviewee-list heading=${evil}>
        <relais-person
          name=${`Jeanne ${evil}`}
          role=${evil}
          organization=${evil}
          country=${evil}
        ></relais-person>
      </relais-interviewee-list>`,
    );
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(text(el, '[part="heading"]')).to.equal(evil);
    expect(text(el, '[part="role"]')).to.equal(evil);
    expect(text(el, '[part="organization"]')).to.equal(`${evil}, ${evil}`);
    expect((window as unknown as Record<string, unknown>)['__pwned']).to.equal(undefined);
  });
});

describe('<relais-interviewee-list>: bad input', () => {
  it('skips unknown and prototype-named ids with one warning and one event each; the rest render', async () => {
    let el!: RelaisIntervieweeList;
    const { warnings, events } = await captureErrors(async () => {
      el = await render(
        html`<relais-interviewee-list
          people="hasOwnProperty benjamin-bitane __proto__ toString nobody"
          ><p>Fallback</p></relais-interviewee-list
        >`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    await expect(el).to.be.accessible();
    expect(names(el)).to.deep.equal(['Benjamin Bitane']);
    expect(warnings).to.deep.equal(
      ['hasOwnProperty', '__proto__', 'toString', 'nobody'].map(
        (id) =>
          `[relais] <relais-interviewee-list> people="${id}": no person of the report has this id; the others are shown.`,
      ),
    );
    expect(events.map((detail) => [detail.value, detail.fallback])).to.deep.equal([
      ['hasOwnProperty', false],
      ['__proto__', false],
      ['toString', false],
      ['nobody', false],
    ]);
  });

  it('shows the fallback when no id is known', async () => {
    let el!: RelaisIntervieweeList;
    const warnings = await captureWarnings(async () => {
      el = await render(
        html`<relais-interviewee-list people="constructor"
          ><p>Neuf acteurs du social ont été interrogés.</p></relais-interviewee-list
        >`,
      );
    });
    expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
    expect(el.innerText.trim()).to.equal('Neuf acteurs du social ont été interrogés.');
    expect(shadow(el).querySelector('ul')).to.equal(null);
    expect(warnings).to.deep.equal([
      '[relais] <relais-interviewee-list> people="constructor": no person of the report has this id. Showing the fallback content.',
    ]);
  });

  /** Each option given a value it does not know, and what the warning says instead. */
  const BAD_OPTIONS = [
    {
      attribute: 'layout',
      value: 'columns',
      expected: 'not one of list, grid; using list instead',
    },
    {
      attribute: 'group-by',
      value: 'region',
      expected: 'not one of none, country; using none instead',
    },
    {
      attribute: 'heading-level',
      value: '7',
      expected: 'not one of 2, 3, 4, 5, 6; using 2 instead',
    },
    {
      attribute: 'heading-level',
      value: 'h3',
      expected: 'not one of 2, 3, 4, 5, 6; using 2 instead',
    },
    {
      attribute: 'include',
      value: 'everyone',
      expected: 'not one of interviewees, contributors, all; using interviewees instead',
    },
    {
      attribute: 'theme',
      value: 'purple',
      expected: 'not one of light, dark, auto; using light instead',
    },
  ];
  for (const { attribute, value, expected } of BAD_OPTIONS) {
    it(`${attribute}="${value}": the default, one warning, one event`, async () => {
      const wrapper = document.createElement('div');
      const el = document.createElement('relais-interviewee-list');
      el.setAttribute(attribute, value);
      el.setAttribute('heading', 'Qui a été interrogé ?');
      wrapper.append(el);
      const event = oneEvent(wrapper, 'relais-error');
      const warnings = await captureWarnings(async () => {
        document.body.append(wrapper);
        await el.updateComplete;
      });
      const { detail } = (await event) as RelaisErrorEvent;
      expect(detail).to.deep.include({ attribute, value, fallback: false });
      expect(warnings).to.deep.equal([
        `[relais] <relais-interviewee-list> ${attribute}="${value}": ${expected}.`,
      ]);
      expect(names(el)).to.deep.equal(NINE);
      expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
      wrapper.remove();
    });
  }

  it('takes properties set from code as attributes: lists, numbers; refuses objects', async () => {
    const el = await render(html`<relais-interviewee-list></relais-interviewee-list>`);
    el.people = ['perine-brotcorne', 'adam-micklethwaite'];
    el.heading = 42 as unknown as string;
    el.headingLevel = 4;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Périne Brotcorne', 'Adam Micklethwaite']);
    expect(text(el, 'h4[part="heading"]')).to.equal('42');
    const warnings = await captureWarnings(async () => {
      el.layout = { grid: true } as unknown as 'grid';
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '[relais] <relais-interviewee-list> layout="{"grid":true}": not text; it is ignored.',
    ]);
    expect(shadow(el).textContent).not.to.match(/undefined|NaN|\[object Object\]/);
  });

  it('sprouts no attribute on the partner’s markup; theme set from code applies', async () => {
    const el = await render(html`<relais-interviewee-list></relais-interviewee-list>`);
    expect(el.getAttributeNames()).to.deep.equal([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('.card')!).backgroundColor).to.equal(
      'rgb(23, 25, 28)',
    );
    await expect(el).to.be.accessible();
  });

  it('leaves out a <relais-person> without a name, warned by that person', async () => {
    let el!: RelaisIntervieweeList;
    const { warnings, events } = await captureErrors(async () => {
      el = await render(
        // `role` is <relais-person>'s public attribute (SPEC.md), not an ARIA role: the
        // element is never rendered, so no assistive technology reads it as one.
        /* eslint-disable lit-a11y/aria-role */
        html`<relais-interviewee-list>
          <relais-person role="Directrice"></relais-person>
          <relais-person name="Sam Taylor" role="Head" role-lang="english!"></relais-person>
        </relais-interviewee-list>`,
        /* eslint-enable lit-a11y/aria-role */
      );
    });
    await expect(el).to.be.accessible();
    expect(names(el)).to.deep.equal(['Sam Taylor']);
    expect(warnings).to.deep.equal([
      '[relais] <relais-person> name="": a person needs a name; this one is left out of the list.',
      '[relais] <relais-person> role-lang="english!": not a language tag (`en`, `en-GB`); the role is read in the page’s language.',
    ]);
    expect(events.map((detail) => detail.element)).to.deep.equal([
      'relais-person',
      'relais-person',
    ]);
  });

  it('never schedules an update from an update (Lit dev mode stays quiet)', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render(
        html`<relais-interviewee-list group-by="country">
          <relais-person name="Jeanne Martin" country="FR"></relais-person>
        </relais-interviewee-list>`,
      );
      el.layout = 'grid';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(warnings.filter((warning) => /update/i.test(warning))).to.deep.equal([]);
  });
});

describeStrings('relais-interviewee-list', LIST_STRINGS);

describeReportAttribute('relais-interviewee-list', 'the people and the source line', {
  attributes: { include: 'all' },
  expected: {
    name: 'Sam Okafor | Dana Reyes',
    count: '2 people',
    source: 'Source: Rivertown Health Trust, “Rivertown health centres online”, 14 March 2031',
  },
  fallbackAttributes: {},
});

describeForcedColours(
  'relais-interviewee-list',
  html`<relais-interviewee-list></relais-interviewee-list>`,
  '.card',
  'block-start',
);

describePartnerLayouts('relais-interviewee-list', '');
