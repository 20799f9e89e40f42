import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages Relais ships text for. Anything else falls back to the first. */
export const SUPPORTED_LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** `fr-BE` → `fr`, `EN_gb` → `en`, `de` → `fr`, `''` → `undefined` (no language said). */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (!primary) return undefined;
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary)
    ? (primary as Locale)
    : DEFAULT_LOCALE;
}

/** The nearest non-empty `lang` on the node or its ancestors, across shadow roots. */
export function nearestLang(node: Node): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/**
 * The element's language: its nearest `lang` (the element's own, then its ancestors',
 * through shadow roots), then the document's; `fr` and `en` with any region, else `fr`.
 */
export function resolveLocale(element: Element): Locale {
  const own = nearestLang(element);
  return toLocale(own ?? element.ownerDocument?.documentElement.lang) ?? DEFAULT_LOCALE;
}

/**
 * Keeps `host.locale` in step with the page: re-resolves when any `lang` attribute in the
 * document changes (a language switcher on the partner site) and requests an update. One
 * MutationObserver is shared by every element on the page.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = resolveLocale(this.host);
    langWatchers.add(this);
    startWatching(this.host.ownerDocument);
  }

  hostDisconnected(): void {
    langWatchers.delete(this);
  }

  /** Called by the shared observer. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}

const langWatchers = new Set<LocaleController>();
const watchedDocuments = new WeakSet<Document>();

function startWatching(doc: Document): void {
  if (watchedDocuments.has(doc) || typeof MutationObserver === 'undefined') return;
  watchedDocuments.add(doc);
  new MutationObserver(() => {
    for (const watcher of langWatchers) watcher.refresh();
  }).observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}
