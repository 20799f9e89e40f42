const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
/** A scheme at the start, as browsers read it: letters, then letters, digits, `+ - .`. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Browsers drop tabs and newlines anywhere in a URL and trim C0 controls and spaces, so
// "java\tscript:" is `javascript:`. Look at the URL the way the browser will.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRIPPED = /[\u0000-\u001F\u007F]/g;

/**
 * Returns the URL when it is safe to put in `href`: `http:`, `https:` or relative
 * (`/path`, `page.html`, `#anchor`, `?q`). Returns `undefined` for `javascript:`, `data:`,
 * `vbscript:`, any other scheme, empty and malformed values, and anything that is not a
 * string.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const seen = trimmed.replace(STRIPPED, '');
  // A space inside a URL is always a typo or a trick: refuse rather than guess.
  if (seen !== trimmed || /\s/.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed, 'https://relative.invalid/');
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
    if (SCHEME.test(trimmed) && !url.host) return undefined;
  } catch {
    return undefined;
  }
  return trimmed;
}
