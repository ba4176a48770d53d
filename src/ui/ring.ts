/** Appends and keeps the newest `max` items (oldest dropped). */
export function pushBounded<T>(list: readonly T[], items: readonly T[], max: number): T[] {
  const all = list.length + items.length <= max ? [...list, ...items] : [...list, ...items].slice(-max);
  return all;
}

/** Prepends (newest first) and keeps `max` items. */
export function prependBounded<T>(list: readonly T[], items: readonly T[], max: number): T[] {
  const fresh = items.length > max ? items.slice(-max) : items;
  return [...[...fresh].reverse(), ...list].slice(0, max);
}
