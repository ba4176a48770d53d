import type { Page } from "@playwright/test";

// Words that give away a UI string left in the other language. Only words
// that do not exist (or mean nothing) in the other language; user data
// (subjects, payloads, names, code) is skipped: it sits in <code>, <pre> or
// under translate="no", the HTML attribute that says "do not translate this".
const ENGLISH = new Set(
  ("the and with from this that these those your you are is was were been not of to for by waiting received receive receives " +
    "subject subjects subscription subscriptions subscribe subscribed unsubscribe publish published publisher publishing request requests " +
    "reply replies send sent nothing nobody every each none yet still here there when what which who how will would can cannot should " +
    "must has have had it its them they their than then only more less until after before click show hide open close join leave room rooms " +
    "online history loading connected connecting disconnected error errors remove explain pattern patterns value values delivered " +
    "deliveries tab tabs answer answers answering asked ask sleep start stop stopped started clear name names first last new old " +
    "empty invalid refused allowed denied").split(" "),
);
const FRENCH = new Set(
  ("le la les des une du au aux est sont avec pour dans sur par abonnement abonnements abonné abonnés sujet sujets publier publié publiés " +
    "envoyer envoyé réponse réponses reçu reçus reçue reçues aucun aucune personne encore depuis cet cette ces votre vous nous être été " +
    "onglet onglets motif motifs valeur valeurs livré livrés salon salons rejoindre quitter effacer expliquer requête requêtes").split(" "),
);

export type Leak = { word: string; text: string };

/** The other language's words found in what the page shows or names (visible text, aria-label, title, placeholder). */
export async function languageLeaks(page: Page, lang: "en" | "fr"): Promise<Leak[]> {
  const texts = await page.evaluate(() => {
    const skip = (el: Element | null) => !!el?.closest('code, pre, kbd, samp, script, style, [translate="no"], [aria-hidden="true"]');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || skip(parent) || !(n.textContent ?? "").trim()) continue;
      const style = getComputedStyle(parent);
      if (style.display === "none" || style.visibility === "hidden") continue;
      out.push(n.textContent!.trim());
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (skip(el)) continue;
      for (const a of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
  const foreign = lang === "fr" ? ENGLISH : FRENCH;
  const leaks: Leak[] = [];
  for (const text of texts) {
    // subjects, URLs, file names and code-like chunks (fr.grand_est.67, msg.respond(), ?lang=) are no one's language
    const prose = text.split(/\s+/).filter((chunk) => !/[._/$>*=?@\\]|\(|\d/.test(chunk.replace(/[.,;:!?…)]+$/, "")));
    for (const word of prose.join(" ").toLowerCase().match(/[\p{L}]+/gu) ?? []) {
      if (foreign.has(word)) leaks.push({ word, text: text.slice(0, 120) });
    }
  }
  return leaks;
}
