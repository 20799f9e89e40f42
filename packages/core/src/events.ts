/** What a `relais-error` event tells about bad input. */
export interface RelaisErrorDetail {
  /** The element's tag, e.g. `relais-key-figure`. */
  element: string;
  /** The attribute (or property) whose value was refused, e.g. `figure`. */
  attribute: string;
  /** The refused value, as given (cut to 200 characters). */
  value: string;
  /** Why it was refused and what the element does instead, in English, for developers. */
  reason: string;
  /**
   * Whether the element shows its fallback content (the light DOM written inside it)
   * instead of what was asked; `false` when it goes on without the bad value (a default
   * size, a source shown without its link).
   */
  fallback: boolean;
}

/**
 * Fired by every Relais element when its input is bad (an unknown id, a value that is not
 * a number, an unsafe URL): `detail.fallback` says whether the element shows its fallback
 * content instead, or goes on without the bad value. It bubbles and
 * crosses shadow roots, so a page can listen once on `document`.
 */
export class RelaisErrorEvent extends Event {
  static readonly type = 'relais-error';
  readonly detail: RelaisErrorDetail;

  constructor(detail: RelaisErrorDetail) {
    super(RelaisErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'relais-error': RelaisErrorEvent;
  }
}

const MAX_VALUE_LENGTH = 200;

/** A value as it can be printed in a warning: never `[object Object]`, never endless. */
export function describe(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined || value === null) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

/**
 * Reports bad input on `element`: one console warning naming the attribute, the value and
 * what happens instead, with the element itself as the warning's last argument (the
 * console shows which of a page's twenty figures it is, and reveals it on click), and a
 * {@link RelaisErrorEvent}. `fallback` says whether the element shows its fallback content;
 * when it does not, `reason` says what it does instead ("…; using the default size").
 * Never throws. Once per bad value while it lasts: see `reportProblems` (problems.ts).
 */
export function reportBadInput(
  element: Element,
  attribute: string,
  value: unknown,
  reason: string,
  fallback = true,
): void {
  const tag = element.localName;
  const shown = describe(value);
  console.warn(
    `[relais] <${tag}> ${attribute}="${shown}": ${reason}.` +
      (fallback ? ' Showing the fallback content.' : ''),
    element,
  );
  // An exception in a page's listener is reported by the browser, not thrown here.
  element.dispatchEvent(
    new RelaisErrorEvent({ element: tag, attribute, value: shown, reason, fallback }),
  );
}
