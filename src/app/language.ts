import { pickLang } from "../i18n/lang";
import type { Lang } from "../i18n/lang";
import { langStore } from "../i18n/lang-store";

const KEY = "nats-playground.lang";

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The page's language at start-up; ?lang= is remembered for this browser. */
export function startLang(): Lang {
  const { lang, fromUrl } = pickLang({ search: location.search, remembered: remembered(), browser: navigator.languages ?? [] });
  show(lang, fromUrl);
  return lang;
}

/** The header's switch: remembered for this browser, and in the link if the link names a language. */
export function switchLang(lang: Lang) {
  show(lang, true);
  const params = new URLSearchParams(location.search);
  if (params.has("lang")) {
    params.set("lang", lang);
    history.replaceState(null, "", `${location.pathname}?${params}${location.hash}`);
  }
}

function show(lang: Lang, remember: boolean) {
  if (remember) {
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      /* storage disabled: the choice lasts for this page */
    }
  }
  document.documentElement.lang = lang;
  langStore.setState({ lang });
}
