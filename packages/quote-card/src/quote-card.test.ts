import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { getQuote } from '@relais/report-data';
import { a11yTree, type AxNode } from '../../../test/a11y-tree.js';
import { appendReporting, captureWarnings } from '../../../test/capture-console.js';
import { describeForcedColours } from '../../../test/forced-colours.js';
import { describePartnerLayouts } from '../../../test/layouts.js';
import { describeReportAttribute } from '../../../test/report-attribute.js';
import { contrast } from '../../../test/contrast.js';
import { describeStrings } from '../../../test/strings.js';
import { QUOTE_STRINGS } from './quote-card.strings.js';
import './define.js';
import type { RelaisQuoteCard } from './quote-card.js';

const NNBSP = '\u202F';
const QUOTE = getQuote('jean-deydier')!;
const FR = QUOTE.text.fr;
const EN = QUOTE.text.en;
const RAPPORT_FR = `WeTechCare, «${NNBSP}Monde social et numérique pendant la crise${NNBSP}»`;
const RAPPORT_EN = 'WeTechCare, “Monde social et numérique pendant la crise” (report)';
const SOURCE_FR = `Source${NNBSP}: ${RAPPORT_FR}, 21 septembre 2020`;
const SOURCE_EN = `Source: ${RAPPORT_EN}, 21 September 2020`;
const TRANSLATED = 'Translated from French by Relais';

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light', media: 'screen' });
});

/** Renders `template` (a wrapper holding one card) and waits for the card. */
async function render(template: ReturnType<typeof html>): Promise<RelaisQuoteCard> {
  const root = await fixture<HTMLElement>(template);
  const el = (
    root.localName === 'relais-quote-card' ? root : root.querySelector('relais-quote-card')!
  ) as RelaisQuoteCard;
  await el.updateComplete;
  return el;
}

const shadow = (el: RelaisQuoteCard, selector: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
/** Whether the card's shadow root holds `selector` (a boolean: chai never prints a node). */
const has = (el: RelaisQuoteCard, selector: string): boolean => shadow(el, selector) !== null;
/** What the reader sees in a part, as rendered. */
const part = (el: RelaisQuoteCard, name: string): string =>
  // WebKit ends a block's innerText with a line break the others leave out: trimmed.
  shadow(el, `[part="${name}"]`)?.innerText.trim() ?? '';
/** The quotation marks drawn around the words, and what assistive technology hears of them. */
function marks(el: RelaisQuoteCard): [string, string] {
  const paragraphs = el.shadowRoot!.querySelectorAll('blockquote p');
  const content = (node: Element | undefined, pseudo: string): string =>
    node ? getComputedStyle(node, pseudo).content : '';
  return [
    content(paragraphs[0], '::before'),
    content(paragraphs[paragraphs.length - 1], '::after'),
  ];
}
const allText = (el: RelaisQuoteCard): string =>
  (el.shadowRoot!.textContent ?? '') + (el.innerText ?? '');

/** Every node of the tree, depth first. */
const flat = (nodes: AxNode[]): AxNode[] =>
  nodes.flatMap((node) => [node, ...flat(node.children ?? [])]);
const names = async (): Promise<string[]> => flat(await a11yTree()).map((node) => node.name);

describe('<relais-quote-card quote="jean-deydier">: the report’s quote', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`in French (${theme}): figure > blockquote + figcaption, the words marked fr, « » drawn and silent`, async () => {
      const el = await render(
        html`<div lang="fr">
          <relais-quote-card quote="jean-deydier" theme=${theme}></relais-quote-card>
        </div>`,
      );
      await expect(el).to.be.accessible();
      const tree = await a11yTree();
      expect(tree).to.deep.equal([
        {
          role: 'figure',
          name: '',
          children: [
            {
              role: 'blockquote',
              name: '',
              children: [
                { role: 'paragraph', name: '', children: [{ role: 'StaticText', name: FR }] },
              ],
            },
            {
              role: 'Figcaption',
              name: '',
              children: [
                { role: 'StaticText', name: 'Jean Deydier' },
                { role: 'StaticText', name: 'Fondateur' },
                { role: 'StaticText', name: ', ' },
                { role: 'StaticText', name: 'WeTechCare' },
                {
                  role: 'paragraph',
                  name: '',
                  children: [
                    { role: 'StaticText', name: `Source${NNBSP}:` },
                    { role: 'StaticText', name: RAPPORT_FR },
                    { role: 'StaticText', name: ', ' },
                    {
                      role: 'time',
                      name: '',
                      children: [{ role: 'StaticText', name: '21 septembre 2020' }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ]);
      expect(has(el, 'figure > blockquote + figcaption')).to.equal(true);
      expect(shadow(el, 'blockquote')!.lang).to.equal('fr');
      expect(part(el, 'quote')).to.equal(FR);
      expect(part(el, 'author')).to.equal('Jean Deydier');
      expect(part(el, 'role')).to.equal('Fondateur, WeTechCare');
      expect(part(el, 'source')).to.equal(SOURCE_FR);
      expect(shadow(el, 'figcaption cite')!.innerText).to.equal(RAPPORT_FR);
      expect(marks(el)).to.deep.equal([`"«${NNBSP}" / ""`, `"${NNBSP}»" / ""`]);
      // The report has no address: no cite attribute, no link.
      expect(has(el, 'blockquote[cite]')).to.equal(false);
      expect(has(el, 'a')).to.equal(false);
    });
  }

  it('in English: our translation, marked en, with “ ” and the translation notice seen and heard', async () => {
    const el = await render(
      html`<div lang="en"><relais-quote-card quote="jean-deydier"></relais-quote-card></div>`,
    );
    await expect(el).to.be.accessible();
    expect(part(el, 'quote')).to.equal(EN);
    expect(shadow(el, 'blockquote')!.lang).to.equal('en');
    expect(shadow(el, 'figure')!.lang).to.equal('en');
    expect(marks(el)).to.deep.equal(['"“" / ""', '"”" / ""']);
    expect(part(el, 'role')).to.equal('Founder, WeTechCare');
    expect(part(el, 'source')).to.equal(`${SOURCE_EN} · ${TRANSLATED}`);
    const notice = shadow(el, '.translated')!.getBoundingClientRect();
    expect(notice.width * notice.height).to.be.greaterThan(0);
    expect(await names()).to.include(TRANSLATED);
  });

  it('with original on an English page: the French words, marked fr, « », and said to be the original', async () => {
    const el = await render(
      html`<div lang="en">
        <relais-quote-card quote="jean-deydier" original></relais-quote-card>
      </div>`,
    );
    await expect(el).to.be.accessible();
    expect(part(el, 'quote')).to.equal(FR);
    expect(shadow(el, 'blockquote')!.lang).to.equal('fr');
    expect(shadow(el, 'figure')!.lang).to.equal('en');
    expect(marks(el)[0]).to.equal(`"«${NNBSP}" / ""`);
    expect(shadow(el, '.note')!.innerText).to.equal('Original quote in French');
    expect(part(el, 'source')).to.equal(SOURCE_EN);
    const heard = await names();
    expect(heard).to.include('Original quote in French');
    expect(heard).not.to.include(TRANSLATED);
  });

  it('on a page in German: French words and French captions, every piece marked fr', async () => {
    const el = await render(
      html`<div lang="de"><relais-quote-card quote="jean-deydier"></relais-quote-card></div>`,
    );
    await expect(el).to.be.accessible();
    expect(part(el, 'quote')).to.equal(FR);
    expect(shadow(el, 'figure')!.lang).to.equal('fr');
    expect(shadow(el, 'blockquote')!.lang).to.equal('fr');
    expect(part(el, 'source')).to.equal(SOURCE_FR);
  });

  it('follows the page’s language when it changes, and when the card moves to another section', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <section lang="fr"><relais-quote-card quote="jean-deydier"></relais-quote-card></section>
        <section lang="en"></section>
      </div>`,
    );
    const en = page.querySelectorAll('section')[1];
    const el = page.querySelector('relais-quote-card')!;
    await el.updateComplete;
    expect(part(el, 'quote')).to.equal(FR);
    en!.append(el);
    await el.updateComplete;
    expect(part(el, 'quote')).to.equal(EN);
    expect(shadow(el, 'blockquote')!.lang).to.equal('en');
    en!.lang = 'fr';
    await aTimeout(0);
    await el.updateComplete;
    expect(part(el, 'quote')).to.equal(FR);
  });

  it('shows the quote, not the fallback, and adds no attribute to the partner’s markup', async () => {
    const el = await render(
      html`<relais-quote-card quote="jean-deydier"><p>Secours</p></relais-quote-card>`,
    );
    expect(has(el, 'slot')).to.equal(false);
    expect(await names()).not.to.include('Secours');
    expect(el.getAttributeNames()).to.deep.equal(['quote']);
  });
});

/** A partner's own card, built as their HTML would be. */
async function inline(
  attrs: Record<string, string>,
  words: string,
  lang = 'fr',
): Promise<RelaisQuoteCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('relais-quote-card');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.innerHTML = words;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const ADA = {
  author: 'Ada Lovelace',
  'author-role': 'Mathématicienne',
  organization: 'Analytical Society',
  source: 'Notes, 1843',
  'source-url': 'https://example.org/notes',
};

describe('<relais-quote-card> inline: a partner’s own quote', () => {
  it('shows the words written inside, with author, role, organisation and a linked source', async () => {
    const el = await inline(ADA, '<p>« Une machine qui tisse des motifs algébriques. »</p>');
    await expect(el).to.be.accessible();
    // The partner's marks are dropped: the card draws its own, once.
    expect(part(el, 'quote')).to.equal('Une machine qui tisse des motifs algébriques.');
    expect(marks(el)).to.deep.equal([`"«${NNBSP}" / ""`, `"${NNBSP}»" / ""`]);
    expect(part(el, 'author')).to.equal('Ada Lovelace');
    expect(part(el, 'role')).to.equal('Mathématicienne, Analytical Society');
    expect(part(el, 'source')).to.equal(`Source${NNBSP}: Notes, 1843`);
    expect(shadow(el, 'blockquote')!.getAttribute('cite')).to.equal('https://example.org/notes');
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(focused?.localName).to.equal('a');
    expect(focused.href).to.equal('https://example.org/notes');
    expect(flat(await a11yTree()).find((node) => node.role === 'link')?.name).to.equal(
      'Notes, 1843',
    );
    // The partner's words keep the page's language: nothing is marked.
    expect(has(el, '[lang]')).to.equal(false);
    expect(el.getAttributeNames().sort()).to.deep.equal(Object.keys(ADA).sort());
  });

  const LANG_CASES = [
    { page: 'fr', quoteLang: '', blockLang: null, marks: 'fr' },
    { page: 'en', quoteLang: '', blockLang: null, marks: 'en' },
    { page: 'fr', quoteLang: 'en', blockLang: 'en', marks: 'en' },
    { page: 'en', quoteLang: 'fr-BE', blockLang: 'fr-BE', marks: 'fr' },
    { page: 'fr-CA', quoteLang: 'fr', blockLang: null, marks: 'fr' },
    { page: 'de', quoteLang: '', blockLang: null, marks: 'en' },
    { page: 'de', quoteLang: 'fr', blockLang: 'fr', marks: 'fr' },
  ] as const;
  for (const { page, quoteLang, blockLang, marks: expected } of LANG_CASES) {
    it(`page ${page}, quote-lang="${quoteLang}": the words marked ${blockLang ?? 'nothing'}, ${expected} quotation marks`, async () => {
      const el = await inline(
        quoteLang ? { 'quote-lang': quoteLang, author: 'X' } : { author: 'X' },
        'Quelques mots',
        page,
      );
      await expect(el).to.be.accessible();
      expect(shadow(el, 'blockquote')!.getAttribute('lang')).to.equal(blockLang);
      expect(marks(el)[0]).to.equal(expected === 'fr' ? `"«${NNBSP}" / ""` : '"“" / ""');
    });
  }

  it('on a German page: « Source : » marked fr, the partner’s German source name left German', async () => {
    const el = await inline(
      { author: 'Anna Schmidt', source: 'Bundesamt für Statistik' },
      '<p>Digitale Teilhabe ist soziale Teilhabe.</p>',
      'de',
    );
    await expect(el).to.be.accessible();
    expect(has(el, 'figure[lang], blockquote[lang], .who [lang]')).to.equal(false);
    const line = shadow(el, '[part="source"]')!;
    expect(line.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(line.querySelector('cite')!.lang).to.equal('de');
  });

  it('keeps paragraphs, shows markup as text and never shows a script’s code', async () => {
    const el = await inline(
      { author: '<img src=x onerror=alert(1)>' },
      '<p>“Premier &lt;b&gt;paragraphe&lt;/b&gt;.</p><script>window.__ran = 1;</script><p>Second <em>paragraphe</em>.”</p>',
    );
    await expect(el).to.be.accessible();
    const paragraphs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('blockquote p')];
    expect(paragraphs.map((p) => p.innerText.trim())).to.deep.equal([
      'Premier <b>paragraphe</b>.',
      'Second paragraphe.',
    ]);
    expect(part(el, 'author')).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelectorAll('img, b, script')).to.have.length(0);
    expect(marks(el)).to.deep.equal([`"«${NNBSP}" / ""`, `"${NNBSP}»" / ""`]);
  });

  it('keeps the partner’s change of language, emphasis, abbreviations and safe links', async () => {
    const el = await inline(
      { author: 'Prénom Nom' },
      '<p>« Il faut penser <span lang="en">digital first</span> et <em>vite</em>, ' +
        'avec l’<abbr title="Union nationale des centres communaux d’action sociale">UNCCAS</abbr>' +
        '<br>et <a href="https://example.org/rapport">le rapport</a>, ' +
        '<a href="javascript:alert(1)">pas ce lien</a>, <b>ni</b> <font color="red">ceci</font>. »</p>',
    );
    await expect(el).to.be.accessible();
    const words = shadow(el, 'blockquote p')!;
    expect(words.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'Il faut penser digital first et vite, avec l’UNCCAS et le rapport, pas ce lien, ni ceci.',
    );
    // WCAG 3.1.2: the English words are marked English, inside the French quote.
    expect(words.querySelector('span[lang="en"]')?.textContent).to.equal('digital first');
    expect(words.querySelector('em')?.textContent).to.equal('vite');
    expect(words.querySelector('abbr')?.title).to.equal(
      'Union nationale des centres communaux d’action sociale',
    );
    expect(words.querySelectorAll('br')).to.have.length(1);
    const links = [...words.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['le rapport', 'https://example.org/rapport'],
    ]);
    // What is not kept gives its text only: no <b>, no <font>, no unsafe link.
    expect(words.querySelectorAll('b, font, [color], [onclick]')).to.have.length(0);
  });

  it('shows the words again when a CMS changes them', async () => {
    const el = await inline({ author: 'X' }, '<p>Avant</p>');
    el.querySelector('p')!.textContent = 'Après';
    await aTimeout(0);
    await el.updateComplete;
    expect(part(el, 'quote')).to.equal('Après');
  });

  it('shows a decorative portrait beside the name, and requests nothing without one', async () => {
    const src = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;
    const without = await inline({ author: 'X' }, 'Mots');
    expect(has(without, 'img')).to.equal(false);
    const el = await inline({ author: 'X', portrait: '/test/portrait.svg' }, 'Mots');
    await expect(el).to.be.accessible();
    const img = shadow(el, 'img[part="portrait"]') as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('src')).to.equal('/test/portrait.svg');
    expect(flat(await a11yTree()).some((node) => node.role === 'img')).to.equal(false);
    expect(src).to.match(/^data:/);
  });
});

interface BadCase {
  name: string;
  attrs: Record<string, string>;
  words?: string;
  warning: string;
  /** Whether the element shows its fallback; else what it still shows. */
  fallback: boolean;
}

const UNKNOWN = (id: string): string =>
  `[relais] <relais-quote-card> quote="${id}": no quote of the report has this id. Showing the fallback content.`;
const BAD_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

const BAD_CASES: BadCase[] = [
  ...['nope', 'toString', '__proto__', 'hasOwnProperty', 'constructor'].map((id) => ({
    name: `an unknown id (${id})`,
    attrs: { quote: id },
    warning: UNKNOWN(id),
    fallback: true,
  })),
  ...BAD_URLS.map((url) => ({
    name: `source-url="${url}"`,
    attrs: { author: 'X', source: 'Ma source', 'source-url': url },
    words: 'Mots',
    warning: `[relais] <relais-quote-card> source-url="${url}": only http:, https: and relative URLs are linked; the source shows without a link.`,
    fallback: false,
  })),
  ...BAD_URLS.map((url) => ({
    name: `portrait="${url}"`,
    attrs: { author: 'X', portrait: url },
    words: 'Mots',
    warning: `[relais] <relais-quote-card> portrait="${url}": only http:, https: and relative image URLs are shown; the card shows without a portrait.`,
    fallback: false,
  })),
  {
    name: 'a quote-lang that is not a language tag',
    attrs: { author: 'X', 'quote-lang': '"><script>' },
    words: 'Mots',
    warning:
      '[relais] <relais-quote-card> quote-lang=""><script>": not a language tag (such as fr, en or de-CH); the quote is in the page’s language.',
    fallback: false,
  },
  {
    name: 'an unknown size',
    attrs: { quote: 'jean-deydier', size: 'huge' },
    warning:
      '[relais] <relais-quote-card> size="huge": not one of compact, default, large; using default instead.',
    fallback: false,
  },
  {
    name: 'an unknown theme',
    attrs: { quote: 'jean-deydier', theme: 'sepia' },
    warning:
      '[relais] <relais-quote-card> theme="sepia": not one of light, dark, auto; using light instead.',
    fallback: false,
  },
];

describe('<relais-quote-card> with bad input', () => {
  for (const { name, attrs, words, warning, fallback } of BAD_CASES) {
    it(`${name}: one warning, one relais-error, ${fallback ? 'the fallback' : 'the card without it'}; nothing thrown, nothing requested`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('relais-quote-card');
      for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
      el.innerHTML = words ?? '<p>Texte de secours</p>';
      // What the page itself requests (images, styles, frames): the test runner's own
      // modules, which Firefox loads lazily (axe), and the portrait of an earlier test, whose
      // entry Firefox may record late, are not this card's doing.
      const requested = () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => !/\.(m?js|ts)(\?|$)|\/test\/portrait\.svg$/.test(entry.name)).length;
      const resources = requested();
      const { warnings, errors } = await appendReporting(wrapper, el);
      await expect(el).to.be.accessible();
      expect(warnings).to.deep.equal([warning]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ element: 'relais-quote-card', fallback });
      expect(allText(el)).not.to.match(/NaN|undefined|\[object/);
      expect(has(el, 'a, img, script')).to.equal(false);
      expect(has(el, '[cite]')).to.equal(false);
      await aTimeout(50);
      expect(requested()).to.equal(resources);
      const heard = await names();
      if (fallback) {
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
        expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(heard).to.include('Texte de secours');
        expect(has(el, 'blockquote')).to.equal(false);
      } else {
        expect(has(el, 'blockquote')).to.equal(true);
        expect(heard).not.to.include('Texte de secours');
      }
    });
  }

  it('renders nothing, not empty quotation marks, for an empty quote', async () => {
    for (const words of ['', '   ', '<p> « » </p>', '<p></p><script>1</script>']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('relais-quote-card');
      el.setAttribute('author', 'X');
      el.innerHTML = words;
      const { warnings, errors } = await appendReporting(wrapper, el);
      expect(has(el, 'blockquote'), words).to.equal(false);
      expect(el.getBoundingClientRect().height, words).to.equal(0);
      expect(warnings).to.deep.equal([
        '[relais] <relais-quote-card> quote="": neither a quote id nor the words of a quote inside the element; the card shows nothing.',
      ]);
      expect(errors[0]!.detail.fallback).to.equal(false);
    }
  });

  it('shows its light-DOM content before the script runs', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'page sans script';
    frame.srcdoc =
      '<relais-quote-card quote="jean-deydier"><p>« Le numérique prend tout son sens » — Jean Deydier</p></relais-quote-card>';
    const loaded = oneEvent(frame, 'load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
    await loaded;
    expect(frame.contentDocument!.body.innerText).to.equal(
      '« Le numérique prend tout son sens » — Jean Deydier',
    );
  });
});

describe('<relais-quote-card> set from code, as React 19 and Vue 3 do', () => {
  /** Each documented attribute, set as the property a framework finds with `key in el`. */
  const PROPERTIES: [attribute: string, property: string, value: unknown][] = [
    ['author', 'author', 'Ada Lovelace'],
    ['author-role', 'authorRole', 'Mathématicienne'],
    ['organization', 'organization', 'Analytical Society'],
    ['source', 'source', 'Notes, 1843'],
    ['source-url', 'sourceUrl', 'https://example.org/notes'],
    ['quote-lang', 'quoteLang', 'en'],
    ['portrait', 'portrait', '/test/portrait.svg'],
    ['size', 'size', 'large'],
    ['theme', 'theme', 'dark'],
  ];

  it('every attribute works as a property, and no default sprouts on the markup', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const el = document.createElement('relais-quote-card');
    el.textContent = 'The engine weaves patterns.';
    for (const [, property, value] of PROPERTIES) {
      expect(property in el, property).to.equal(true);
      (el as unknown as Record<string, unknown>)[property] = value;
    }
    wrapper.append(el);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(part(el, 'author')).to.equal('Ada Lovelace');
    expect(part(el, 'role')).to.equal('Mathématicienne, Analytical Society');
    expect(shadow(el, 'blockquote')!.lang).to.equal('en');
    expect(marks(el)[0]).to.equal('"“" / ""');
    expect(shadow(el, 'a')!.getAttribute('href')).to.equal('https://example.org/notes');
    expect(shadow(el, 'img')!.getAttribute('src')).to.equal('/test/portrait.svg');
    expect(has(el, 'figure.size-large')).to.equal(true);
    // Only the theme is written back (the tokens follow it), because it was set.
    expect(el.getAttributeNames()).to.deep.equal(['theme']);
    const quote = await render(html`<relais-quote-card></relais-quote-card>`);
    quote.quote = 'jean-deydier';
    quote.original = true;
    await quote.updateComplete;
    expect(part(quote, 'quote')).to.equal(FR);
    expect(quote.getAttributeNames()).to.deep.equal([]);
  });

  it('coerces numbers as attributes would, and refuses objects without throwing', async () => {
    const el = await inline({}, 'Mots');
    const record = el as unknown as Record<string, unknown>;
    record['author'] = 42;
    await el.updateComplete;
    expect(part(el, 'author')).to.equal('42');
    const warnings = await captureWarnings(async () => {
      record['organization'] = { name: 'x' };
      await el.updateComplete;
      record['quote'] = ['jean-deydier', 'autre'];
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '[relais] <relais-quote-card> organization="{"name":"x"}": not text; the card shows without it.',
      '[relais] <relais-quote-card> quote="["jean-deydier","autre"]": not a quote id. Showing the fallback content.',
    ]);
    expect(allText(el)).not.to.match(/NaN|undefined|\[object/);
  });
});

describe('<relais-quote-card> as a reader meets it', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is AA contrasted in ${theme} (theme="${theme}" and prefers-color-scheme)`, async () => {
      await emulateMedia({ colorScheme: theme });
      for (const attribute of [theme, 'auto']) {
        const el = await render(
          html`<relais-quote-card quote="jean-deydier" theme=${attribute}></relais-quote-card>`,
        );
        await expect(el).to.be.accessible();
        const surface = getComputedStyle(shadow(el, 'figure')!).backgroundColor;
        for (const name of ['quote', 'author', 'role', 'source']) {
          const colour = getComputedStyle(shadow(el, `[part="${name}"]`)!).color;
          expect(contrast(colour, surface), `${name} in ${attribute}`).to.be.at.least(4.5);
        }
        const markColour = getComputedStyle(shadow(el, 'blockquote p')!, '::before').color;
        expect(contrast(markColour, surface), 'quotation marks').to.be.at.least(3);
        const dark = contrast(surface, 'rgb(0, 0, 0)') < contrast(surface, 'rgb(255, 255, 255)');
        expect(dark, `${attribute} surface ${surface}`).to.equal(theme === 'dark');
      }
    });
  }

  it('wraps long words and long names at 200 px without overflowing (WCAG 1.4.10)', async () => {
    const long = 'Anticonstitutionnellement'.repeat(3);
    for (const size of ['compact', 'default', 'large']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 200px"></div>`);
      const el = document.createElement('relais-quote-card');
      el.setAttribute('size', size);
      el.setAttribute('author', `Jean-Baptiste ${long}`);
      el.setAttribute('author-role', `Délégué ${long}`);
      el.setAttribute('source', `https://example.org/${long}`);
      el.textContent = `${long} ${FR}`;
      wrapper.append(el);
      await el.updateComplete;
      const figure = shadow(el, 'figure')!;
      expect(el.getBoundingClientRect().width).to.equal(200);
      expect(figure.scrollWidth, `${size} overflows`).to.be.at.most(figure.clientWidth);
      for (const node of el.shadowRoot!.querySelectorAll('p, span, cite')) {
        expect(node.getBoundingClientRect().right, `${size} ${node.className}`).to.be.at.most(
          figure.getBoundingClientRect().right,
        );
      }
    }
  });

  it('grows its words from a sidebar card to a large pull-quote', async () => {
    /** The size of the words of a card of `size` in a column `width` pixels wide. */
    const wordsSize = async (width: number, size: string): Promise<number> => {
      const el = await render(
        html`<div style="width:${width}px">
          <relais-quote-card quote="jean-deydier" size=${size}></relais-quote-card>
        </div>`,
      );
      return parseFloat(getComputedStyle(shadow(el, 'blockquote')!).fontSize);
    };
    const compact = await wordsSize(240, 'compact');
    const normal = await wordsSize(640, 'default');
    const large = await wordsSize(640, 'large');
    expect(compact).to.be.at.least(16);
    expect(normal).to.be.greaterThan(compact);
    expect(large).to.be.greaterThan(normal);
  });

  it('prints in ink, with no background needed', async () => {
    await emulateMedia({ colorScheme: 'dark', media: 'print' });
    const el = await render(html`<relais-quote-card quote="jean-deydier"></relais-quote-card>`);
    const figure = getComputedStyle(shadow(el, 'figure')!);
    expect(figure.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    for (const name of ['quote', 'author', 'role', 'source']) {
      expect(getComputedStyle(shadow(el, `[part="${name}"]`)!).color, name).to.equal(
        'rgb(0, 0, 0)',
      );
    }
    expect(part(el, 'quote')).to.equal(FR);
  });

  it('hides nothing visible from touch exploration: no aria-hidden box', async () => {
    const el = await render(
      html`<relais-quote-card quote="jean-deydier" lang="en"></relais-quote-card>`,
    );
    expect(has(el, '[aria-hidden]')).to.equal(false);
    // The words a finger lands on are the words a screen reader says.
    const box = shadow(el, 'blockquote p')!.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + 5);
    expect(hit?.closest('blockquote')).to.equal(shadow(el, 'blockquote'));
  });
});

describeStrings('relais-quote-card', QUOTE_STRINGS);

describeReportAttribute('relais-quote-card', 'the quote, its author and its source', {
  attributes: { quote: 'dana-reyes' },
  expected: {
    quote: 'The telephone is still the first digital health tool.',
    author: 'Dana Reyes',
    role: 'Director, Rivertown Health Trust',
    source: 'Source: Rivertown Health Trust, “Rivertown health centres online”, 14 March 2031',
  },
  fallbackAttributes: { quote: 'jean-deydier' },
});

describeForcedColours(
  'relais-quote-card',
  html`<relais-quote-card quote="jean-deydier"></relais-quote-card>`,
  '.card',
  'inline-start',
);

describePartnerLayouts('relais-quote-card', 'quote="jean-deydier"');
