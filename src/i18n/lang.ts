// The app speaks English and French. The choice: ?lang= in the link, else what
// this browser chose before, else the browser's own languages, else English.
export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (v: unknown): v is Lang => typeof v === "string" && (LANGS as readonly string[]).includes(v);

/** Names of the languages, each in its own language (what a language menu shows). */
export const LANG_NAMES: Record<Lang, string> = { en: "English", fr: "Français" };

export type LangSources = { search: string; remembered?: string | null; browser: readonly string[] };

export function pickLang({ search, remembered, browser }: LangSources): { lang: Lang; fromUrl: boolean } {
  const asked = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
  if (isLang(asked)) return { lang: asked, fromUrl: true };
  if (isLang(remembered)) return { lang: remembered, fromUrl: false };
  for (const tag of browser) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLang(base)) return { lang: base, fromUrl: false };
  }
  return { lang: "en", fromUrl: false };
}
