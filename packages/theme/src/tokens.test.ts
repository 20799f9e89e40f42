import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { tokens } from './tokens.js';
import { contrast, luminance } from '../../../test/contrast.js';

/** A real element that only carries the tokens, as every Relais element does. */
class TokenProbe extends LitElement {
  static override styles = [tokens, css``];
}
customElements.define('relais-token-probe', TokenProbe);

const TEXT_TOKENS = ['text', 'muted', 'accent', 'link'] as const;

/** The computed colour of each token inside the probe's shadow root. */
async function colours(theme: string | undefined): Promise<Record<string, string>> {
  const probe = await fixture<TokenProbe>(
    html`<relais-token-probe theme=${ifDefined(theme)}></relais-token-probe>`,
  );
  const swatch = document.createElement('span');
  probe.shadowRoot!.append(swatch);
  const result: Record<string, string> = {};
  for (const name of [...TEXT_TOKENS, 'surface', 'rule']) {
    swatch.style.color = `var(--relais-color-${name})`;
    result[name] = getComputedStyle(swatch).color;
  }
  return result;
}

afterEach(() => emulateMedia({ colorScheme: 'light' }));

describe('@relais/theme tokens', () => {
  // No theme is light, whatever the reader's system: a partner's page is light unless it
  // says otherwise, and a near-black card on a white page was what a dark system gave.
  for (const [scheme, theme] of [
    ['light', undefined],
    ['dark', undefined],
    ['light', 'auto'],
    ['dark', 'auto'],
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    it(`gives AA contrast for every text colour (system ${scheme}, ${theme ? `theme="${theme}"` : 'no theme'})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const c = await colours(theme);
      for (const name of TEXT_TOKENS) {
        expect(
          contrast(c[name]!, c['surface']!),
          `${name} ${c[name]} on ${c['surface']}`,
        ).to.be.at.least(4.5);
      }
      // The rule is a non-text boundary: WCAG 1.4.11 asks 3:1.
      expect(contrast(c['rule']!, c['surface']!)).to.be.at.least(3);
      const isDark = luminance(c['surface']!) < 0.2;
      const expectedDark = theme === 'auto' ? scheme === 'dark' : theme === 'dark';
      expect(isDark).to.equal(expectedDark);
    });
  }

  it('sizes everything in em, never rem, and downloads no font', () => {
    const text = tokens.cssText;
    expect(text).not.to.match(/\drem\b/);
    // The one pixel length is the hairline rule, which should stay one device pixel thin.
    expect(text.match(/[\d.]+px\b/g)).to.deep.equal(['1px']);
    expect(text).not.to.match(/@font-face|@import|url\(/);
    expect(text).to.match(/--relais-font-family:\s+system-ui/);
  });

  it('follows the host’s font size, not the root’s (a page with html { font-size: 62.5% })', async () => {
    const page = document.createElement('style');
    page.textContent = 'html { font-size: 62.5% }';
    document.head.append(page);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-size: 20px"><relais-token-probe></relais-token-probe></div>`,
      );
      const probe = wrapper.querySelector('relais-token-probe')!;
      const swatch = document.createElement('span');
      swatch.style.fontSize = 'var(--relais-font-size-xl)';
      swatch.textContent = 'x';
      probe.shadowRoot!.append(swatch);
      expect(getComputedStyle(swatch).fontSize).to.equal('40px');
    } finally {
      page.remove();
    }
  });
});

describe('@relais/theme tokens.css on a page', () => {
  /** The page's stylesheet, as a partner links it (built by scripts/emit-tokens-css.mjs). */
  async function linkTokensCss(): Promise<HTMLLinkElement> {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../dist/tokens.css', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
    return link;
  }

  /** The text colour each element gets, by its id. */
  function textColours(root: HTMLElement): Record<string, string> {
    const result: Record<string, string> = {};
    for (const element of root.querySelectorAll<HTMLElement>('relais-person')) {
      result[element.id] = getComputedStyle(element).getPropertyValue('--relais-color-text').trim();
    }
    return result;
  }

  const LIGHT = '#1c1f23';
  const DARK = '#eceff2';

  it('gives each element the theme of its nearest section, however they nest', async () => {
    const link = await linkTokensCss();
    try {
      // Undefined <relais-person> tags: tokens.css styles the tags whether or not a script ran.
      const page = await fixture<HTMLElement>(html`
        <div>
          <div data-relais-theme="light">
            <relais-person id="in-light"></relais-person>
            <section data-relais-theme="dark">
              <relais-person id="dark-in-light"></relais-person>
              <relais-person id="forced-light" theme="light"></relais-person>
              <aside data-relais-theme="light">
                <relais-person id="light-in-dark-in-light"></relais-person>
                <div data-relais-theme="dark">
                  <relais-person id="four-deep"></relais-person>
                </div>
              </aside>
            </section>
          </div>
          <div data-relais-theme="dark">
            <section data-relais-theme="light">
              <relais-person id="light-in-dark"></relais-person>
              <relais-person id="forced-dark" theme="dark"></relais-person>
            </section>
          </div>
        </div>
      `);
      expect(textColours(page)).to.deep.equal({
        'in-light': LIGHT,
        'dark-in-light': DARK,
        'forced-light': LIGHT,
        'light-in-dark-in-light': LIGHT,
        'four-deep': DARK,
        'light-in-dark': LIGHT,
        'forced-dark': DARK,
      });
    } finally {
      link.remove();
    }
  });

  it('is light on a page that says nothing, and follows the system in an "auto" section', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const link = await linkTokensCss();
    try {
      const page = await fixture<HTMLElement>(html`
        <div>
          <relais-person id="page-says-nothing"></relais-person>
          <relais-person id="element-auto" theme="auto"></relais-person>
          <div data-relais-theme="auto">
            <relais-person id="in-auto"></relais-person>
            <relais-person id="forced-light" theme="light"></relais-person>
            <section data-relais-theme="light">
              <relais-person id="light-in-auto"></relais-person>
            </section>
          </div>
        </div>
      `);
      expect(textColours(page)).to.deep.equal({
        'page-says-nothing': LIGHT,
        'element-auto': DARK,
        'in-auto': DARK,
        'forced-light': LIGHT,
        'light-in-auto': LIGHT,
      });
    } finally {
      link.remove();
    }
  });
});
