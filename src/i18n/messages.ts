import type { Lang } from "./lang";

/**
 * The shape another language must give for a catalogue: the same keys, strings
 * for strings, functions of the same parameters for functions. A French
 * catalogue written `satisfies Messages<typeof en>` fails the type check on a
 * missing or an extra key.
 */
export type Messages<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R : T[K] extends string ? string : Messages<T[K]>;
};

export type MessageSet<T> = {
  en: T;
  /** the French catalogue, loaded on first use (its own chunk) */
  fr: () => Promise<Messages<T>>;
};

type AnySet = { fr: () => Promise<unknown> };

// A catalogue's French side, once asked for: loaded once per page.
const loading = new WeakMap<AnySet, Promise<unknown>>();
const loaded = new WeakMap<AnySet, unknown>();

/** The French side of a catalogue, if it has arrived. */
export const loadedFr = <T>(set: MessageSet<T>): Messages<T> | undefined => loaded.get(set) as Messages<T> | undefined;

export function defineMessages<T>(en: T, fr: () => Promise<{ default: Messages<T> }>): MessageSet<T> {
  return { en, fr: () => fr().then((m) => m.default) };
}

export function load(set: AnySet): Promise<unknown> {
  let p = loading.get(set);
  if (!p) {
    p = set.fr().then((m) => {
      loaded.set(set, m);
      return m;
    });
    loading.set(set, p);
  }
  return p;
}

/** Loads the catalogues a first render needs, so a French page never flashes English. */
export function preload(lang: Lang, sets: readonly AnySet[]): Promise<unknown> {
  return lang === "en" ? Promise.resolve() : Promise.all(sets.map(load));
}

/** Outside React: the catalogue if it is here (English always is). */
export function messagesIn<T>(set: MessageSet<T>, lang: Lang): T {
  return (lang === "en" ? set.en : (loadedFr(set) ?? set.en)) as T;
}
