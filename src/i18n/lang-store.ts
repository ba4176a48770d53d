import { create } from "zustand";
import type { Lang } from "./lang";

// The language of this page: one per tab, changed by the header's switch.
export const useLang = create<{ lang: Lang }>()(() => ({ lang: "en" }));

export const currentLang = (): Lang => useLang.getState().lang;
