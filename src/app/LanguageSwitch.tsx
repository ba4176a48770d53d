import { useId } from "react";
import { isLang, LANG_NAMES, LANGS } from "../i18n/lang";
import { useLang } from "../i18n/use-lang";
import { useMessages } from "../i18n/use-messages";
import { appText } from "./app-text";
import { switchLang } from "./language";

export function LanguageSwitch() {
  const id = useId();
  const lang = useLang((s) => s.lang);
  const t = useMessages(appText);
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t.language}</label>
      <select id={id} value={lang} onChange={(e) => isLang(e.target.value) && switchLang(e.target.value)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
