/**
 * Freezes a record and everything in it: every element of a page shares the same records,
 * so one of them must not be able to change what another shows.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
