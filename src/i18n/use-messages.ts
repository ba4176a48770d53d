import { use } from "react";
import type { MessageSet } from "./messages";
import { load, loadedFr } from "./messages";
import { useLang } from "./use-lang";

/** The catalogue in the page's language; suspends while the French one loads the first time. */
export function useMessages<T>(set: MessageSet<T>): T {
  const lang = useLang((s) => s.lang);
  if (lang === "en") return set.en;
  return (loadedFr(set) ?? use(load(set))) as T;
}
