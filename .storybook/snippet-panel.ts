// The catalogue's own element, never shipped: under every story, the snippet to copy, in
// the toolbar's language and theme, with copy buttons that say they copied (to the eye on
// the button, to a screen reader through a polite status message).
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from './snippet.js';

const STRINGS = {
  fr: {
    heading: 'Le code à copier',
    linkHeading: 'Le lien à coller',
    link: 'Le lien',
    linkNote:
      'Sans script : collez ce lien seul sur une ligne dans WordPress (tous les rôles), une lettre d’information ou un réseau social ; le chiffre s’affiche tel quel, à la bonne hauteur.',
    image: 'L’image à partager (PNG, 1200 × 630)',
    scriptTag: 'Balise script (tout site : WordPress, Drupal, Wix…)',
    npm: 'npm',
    npmSummary: 'Avec npm, dans votre propre build',
    copy: 'Copier',
    copied: 'Copié',
    copiedStatus: (what: string) => `${what}\u202F: code copié dans le presse-papiers.`,
    failedStatus: 'Copie impossible\u202F: sélectionnez le code et copiez-le au clavier.',
    note: 'Le texte dans l’élément s’affiche avant le script, sans JavaScript et si la donnée manque. L’élément parle la langue de votre page (attribut lang).',
  },
  en: {
    heading: 'The code to copy',
    linkHeading: 'The link to paste',
    link: 'The link',
    linkNote:
      'No script: paste this link alone on a line in WordPress (any role), a newsletter or a social post; the finding shows as it is, at the right height.',
    image: 'The image to share (PNG, 1200 × 630)',
    scriptTag: 'Script tag (any site: WordPress, Drupal, Wix…)',
    npm: 'npm',
    npmSummary: 'With npm, in your own build',
    copy: 'Copy',
    copied: 'Copied',
    copiedStatus: (what: string) => `${what}: code copied to the clipboard.`,
    failedStatus: 'Could not copy: select the code and copy it with the keyboard.',
    note: 'The text inside the element shows before the script runs, without JavaScript and when the data is missing. The element speaks the language of your page (its lang attribute).',
  },
} as const;

/** Writes to the clipboard; the older API where the asynchronous one is refused. */
async function writeClipboard(text: string, host: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    host.append(area);
    area.select();
    // execCommand is deprecated but is the only copy left when the Permissions Policy of
    // an embedding page refuses clipboard-write.
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

type Copyable = 'scriptTag' | 'npm' | 'link';

export class CatalogueSnippet extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block-start: 1.5rem;
      font:
        0.875rem/1.5 system-ui,
        sans-serif;
      color: #1c1f23;
      --code-bg: #f3f4f6;
      --rule: #767e87;
      --button-bg: #1a4f8b;
      --button-text: #ffffff;
      --muted: #4f5760;
    }
    :host([theme='dark']) {
      color: #eceff2;
      --code-bg: #1d2126;
      --rule: #68717b;
      --button-bg: #a9d3ff;
      --button-text: #0e0f11;
      --muted: #aeb6bf;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .block {
      border: 1px solid var(--rule);
      border-radius: 0.375rem;
      margin-block-end: 0.75rem;
    }
    .bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      padding: 0.375rem 0.5rem 0.375rem 0.75rem;
      border-block-end: 1px solid var(--rule);
    }
    h3 {
      font-size: 0.875rem;
      font-weight: 600;
      margin: 0;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-inline-size: 6.5em;
      min-block-size: 2.25rem;
      padding: 0.25rem 0.75rem;
      border: 2px solid transparent;
      border-radius: 0.25rem;
      background: var(--button-bg);
      color: var(--button-text);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--button-bg);
      outline-offset: 2px;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      background: var(--code-bg);
      font:
        0.8125rem/1.5 ui-monospace,
        'SFMono-Regular',
        Menlo,
        Consolas,
        monospace;
      /* Wrapped rather than scrolled: the whole snippet is readable at 320 px. */
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    details {
      margin-block-end: 0.75rem;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      padding-block: 0.5rem;
      inline-size: fit-content;
    }
    summary:focus-visible {
      outline: 3px solid var(--button-bg);
      outline-offset: 2px;
    }
    details .block {
      margin-block-start: 0.25rem;
    }
    p {
      color: var(--muted);
      margin: 0;
      max-inline-size: 60em;
    }
    h2.then {
      margin-block-start: 1.25rem;
    }
    p.image {
      margin-block-start: 0.5rem;
    }
    a {
      color: var(--button-bg);
    }
    .status {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /** The script-tag snippet. */
  @property({ attribute: false }) scriptTag = '';

  /** The npm snippet. */
  @property({ attribute: false }) npm = '';

  /** The finding's own page (apps/site), when it has one: the link to paste. */
  @property({ attribute: false }) link = '';

  /** The finding's share image, beside its page. */
  @property({ attribute: false }) image = '';

  @property() locale: Locale = 'fr';

  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  @state() private copied: Copyable | undefined;

  @state() private status = '';

  private resetTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
  }

  private async copy(which: Copyable, label: string): Promise<void> {
    const strings = STRINGS[this.locale];
    const done = await writeClipboard(this[which], this);
    // Emptied first so that copying the same block twice is announced twice.
    this.status = '';
    await this.updateComplete;
    this.status = done ? strings.copiedStatus(label) : strings.failedStatus;
    this.copied = done ? which : undefined;
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => (this.copied = undefined), 2500);
  }

  private block(which: Copyable, title: string) {
    const strings = STRINGS[this.locale];
    return html`<div class="block">
      <div class="bar">
        <h3 id="${which}-title">${title}</h3>
        <button type="button" @click=${() => this.copy(which, title)}>
          ${this.copied === which ? `${strings.copied} ✓` : strings.copy}
        </button>
      </div>
      <pre aria-labelledby="${which}-title"><code>${this[which]}</code></pre>
    </div>`;
  }

  override render() {
    const strings = STRINGS[this.locale];
    // A heading, not a landmark: a docs page has one panel per story.
    return html`<div lang=${this.locale}>
      <h2>${strings.heading}</h2>
      ${this.block('scriptTag', strings.scriptTag)}
      <details>
        <summary>${strings.npmSummary}</summary>
        ${this.block('npm', strings.npm)}
      </details>
      <p>${strings.note}</p>
      ${
        this.link
          ? html`<h2 class="then">${strings.linkHeading}</h2>
              ${this.block('link', strings.link)}
              <p>${strings.linkNote}</p>
              <p class="image"><a href=${this.image} download>${strings.image}</a></p>`
          : ''
      }
      <div class="status" role="status">${this.status}</div>
    </div>`;
  }
}

if (!customElements.get('catalogue-snippet')) {
  customElements.define('catalogue-snippet', CatalogueSnippet);
}

declare global {
  interface HTMLElementTagNameMap {
    'catalogue-snippet': CatalogueSnippet;
  }
}
