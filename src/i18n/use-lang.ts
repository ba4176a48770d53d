import { useStore } from "zustand";
import type { Lang } from "./lang";
import { langStore } from "./lang-store";

/** The page's language, for components (re-render when it changes). */
export function useLang<T>(selector: (s: { lang: Lang }) => T): T {
  return useStore(langStore, selector);
}
