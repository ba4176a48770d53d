import { createStore } from "zustand/vanilla";
import type { Lang } from "./lang";

// The language of this page: one per tab, changed by the header's switch.
// Vanilla (no React): main.tsx sets it before React is loaded.
export const langStore = createStore<{ lang: Lang }>()(() => ({ lang: "en" }));

export const currentLang = (): Lang => langStore.getState().lang;
