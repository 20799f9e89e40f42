import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { tokens } from './tokens.js';
import { contrast, luminance } from '../../../test/contrast.js';

/** A real element that only carries the tokens, as every Relais element does. */
class TokenProbe extends LitElement {
  static override styles = [tokens, css``];
}
customElements.define('relais-token-probe', TokenProbe);

const TEXT_TOKENS = ['text', 'muted', 'accent', 'link'] as const;

/** The computed colour of each token inside the probe's shadow root. */
async function colours(theme: string): Promise<Record<string, string>> {
  const probe = await fixture<TokenProbe>(
    html`<relais-token-probe theme=${theme}></relais-token-probe>`,
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
  for (const [scheme, theme] of [
    ['light', 'auto'],
    ['dark', 'auto'],
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    it(`gives AA contrast for every text colour (system ${scheme}, theme="${theme}")`, async () => {
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
