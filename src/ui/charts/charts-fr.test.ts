import { beforeAll, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { preload } from "../../i18n/messages";
import { chartsText } from "./charts-text";
import { LineChart } from "./LineChart";
import { createRateBuckets } from "./rate-buckets";
import { SequenceDiagram } from "./SequenceDiagram";
import { Sparkline } from "./Sparkline";

// A server render reads a store's initial state: this page starts in French.
vi.mock("../../i18n/use-lang", () => ({ useLang: <T>(select: (s: { lang: "fr" }) => T): T => select({ lang: "fr" }) }));

const NOW = new Date(2026, 11, 2, 2, 15, 3).getTime();

beforeAll(() => preload("fr", [chartsText]));

describe("charts in French - words and numbers", () => {
  it("LineChart", () => {
    const points = [{ t: NOW - 10_000, v: 1234.5 }, { t: NOW - 5000, v: 1500, flag: "gap" as const }];
    const html = renderToStaticMarkup(createElement(LineChart, { name: "Valeurs dans le temps", minutes: 5, now: NOW, series: [{ id: "a", label: "alice", points }] }));
    expect(html).toContain(">Temps</text>");
    expect(html).toContain(">Valeur</text>");
    expect(html).toContain(">1\u202f500</text>");
    expect(html).toContain("<td>1\u202f500</td><td>02:14:58</td>");
    expect(html).toContain("alice : 1\u202f500 à 02:14:58,000 — valeurs manquées avant celle-ci");
    expect(html).toContain("<caption>Une courbe sur les 5 dernières min : 2 valeurs, dont 1 signalée.</caption>");
    expect(html).toContain('aria-label="Légende"');
  });

  it("Sparkline", () => {
    const r = createRateBuckets();
    r.add(NOW - 1000, 2.5);
    const html = renderToStaticMarkup(createElement(Sparkline, { series: r.read(NOW), name: "fr.>" }));
    expect(html).toContain('aria-label="fr.&gt; : 2,5 messages/s maintenant, pic de 2,5 sur les 60 dernières s"');
  });

  it("SequenceDiagram", () => {
    const html = renderToStaticMarkup(
      createElement(SequenceDiagram, {
        name: "Séquence",
        lanes: [{ id: "me", label: "demandeur" }, { id: "server", label: "serveur" }, { id: "inbox", label: "boîte de réponse" }],
        steps: [
          { from: "me", to: "server", label: "hotline", at: 0, kind: "request" },
          { from: "server", to: "inbox", label: "", at: 1500, kind: "timeout" },
          { from: "server", to: "inbox", label: "", at: 1800.4, kind: "late" },
        ],
      }),
    );
    expect(html).toContain("+0,0 ms : requête de demandeur vers serveur — hotline");
    expect(html).toContain("+1500 ms : délai dépassé — rien n&#x27;est venu de serveur vers boîte de réponse</li>");
    expect(html).toContain(">rien</text>");
    expect(html).toContain(">(en retard)</text>");
    expect(html).toContain("+1800 ms : réponse tardive de serveur vers boîte de réponse");
  });
});
