import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages Relais ships text for. Anything else falls back to the first. */
export const SUPPORTED_LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A BCP 47 tag as a partner writes one (`fr`, `en-GB`, `de-CH`, `zh-Hant`); anything else is refused. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** The primary language of a tag: `fr-BE` → `fr`, `EN_gb` → `en`; `''` for no tag. */
export const primaryLanguage = (tag: string | null | undefined): string =>
  tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';

/** `fr-BE` → `fr`, `EN_gb` → `en`, `de` → `fr`, `''` → `undefined` (no language said). */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = primaryLanguage(tag);
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
 * The `lang` to mark on the text an element writes itself (numbers in words, UI strings,
 * the report's data) in `locale`: `undefined` when the element already inherits that
 * language, so that nothing sprouts; `locale` otherwise (inside `<div lang="de">`, French
 * words must be read with a French voice). A partner's own text is never marked: it stays
 * in the page's language.
 */
export function langToMark(element: Element, locale: Locale): Locale | undefined {
  const inherited = nearestLang(element) ?? element.ownerDocument?.documentElement.lang;
  return primaryLanguage(inherited) === locale ? undefined : locale;
}

/**
 * Keeps `host.locale` (and `lang`, what to mark on the element's own text) in step with
 * the page, and requests an update when either changes: when any `lang` attribute changes
 * in the document or in a shadow root between the element and the document (a language
 * switcher on the partner site, a partner's own component), and when the element is moved
 * to another section. One MutationObserver is shared by every element on the page.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  /** What to put in a `lang` attribute on the element's own text; see {@link langToMark}. */
  lang: Locale | undefined;
  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    langWatchers.add(this);
    watchRootsOf(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    langWatchers.delete(this);
  }

  /** Works the language out again; requests an update when it changed. */
  refresh(): void {
    const locale = resolveLocale(this.host);
    const lang = langToMark(this.host, locale);
    if (locale !== this.locale || lang !== this.lang) {
      this.locale = locale;
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}

const langWatchers = new Set<LocaleController>();
const watchedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** Watches `lang` in the element's document and in every shadow root it sits in. */
function watchRootsOf(element: Element): void {
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(() => {
    for (const watcher of langWatchers) watcher.refresh();
  });
  let root = element.getRootNode();
  for (;;) {
    if (!watchedRoots.has(root)) {
      watchedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) return;
    root = root.host.getRootNode();
  }
}
