/**
 * Intl formatters, built once per key. Building one costs about 0.4 ms: built per element,
 * they were 10–18 % of a 1,000-figure render (npm run bench's CPU profile), and a key built
 * from the options on every call (`JSON.stringify`) another 16 ms. Callers name each
 * formatter by a short key of their own: kind, locale and options (`number|fr|compact`).
 */
const formatters = new Map<string, unknown>();

export function cachedFormatter<T>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}
