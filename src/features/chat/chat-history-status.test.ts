import { describe, expect, it } from "vitest";
import type { HistoryState } from "./chat-history";
import { chatText } from "./chat-text";
import { describeHistory } from "./chat-views";

const unavailable = (detail: Extract<HistoryState, { state: "unavailable" }>["detail"], retryInS?: number): [string, HistoryState][] => [
  ["chat.general", { state: "unavailable", detail, retryInS }],
];

describe("chat history status", () => {
  it("status - loading, loaded and outside, as the line says them in English", () => {
    expect(describeHistory([["chat.general", { state: "loading" }], ["chat.dev", { state: "loading" }]])).toBe(
      "Loading history for chat.general, chat.dev…",
    );
    expect(describeHistory([["chat.general", { state: "loaded", count: 1 }]])).toBe(
      "History: 1 stored message read from the CHAT stream (last 100 per room)",
    );
    expect(describeHistory([["chat.general", { state: "loaded", count: 2 }], ["orders.>", { state: "outside" }]])).toBe(
      "History: 2 stored messages read from the CHAT stream (last 100 per room); no history for orders.> (outside chat.>)",
    );
  });

  it("status - each failure kind says its reason; a timeout says when it tries again", () => {
    expect(describeHistory(unavailable({ kind: "no-jetstream" }))).toBe(
      "History unavailable: JetStream is not enabled on this server. Live messages still arrive.",
    );
    expect(describeHistory(unavailable({ kind: "no-stream", stream: "CHAT" }))).toContain(
      "History unavailable: the stream CHAT does not exist on this server (npm start creates it",
    );
    expect(describeHistory(unavailable({ kind: "timeout", withinS: 5 }, 10))).toBe(
      "History unavailable: JetStream did not deliver the history within 5 s. Live messages still arrive. Trying again in 10 s.",
    );
    expect(describeHistory(unavailable({ kind: "timeout" }))).toContain("JetStream did not answer in time.");
    expect(describeHistory(unavailable({ kind: "permission", stream: "CHAT", text: "Permissions Violation" }))).toContain(
      "permission denied: this tab may not read the stream CHAT (Permissions Violation)",
    );
    // the server's own words are data: shown as they came, in any language
    expect(describeHistory(unavailable({ kind: "other", text: "insufficient resources" }))).toBe(
      "History unavailable: insufficient resources. Live messages still arrive.",
    );
  });

  it("french - the same line with the lab's words and French typography", async () => {
    const fr = await chatText.fr();
    expect(describeHistory([["chat.general", { state: "loaded", count: 3 }], ["orders.>", { state: "outside" }]], fr)).toBe(
      "Historique : 3 messages stockés lus dans le flux CHAT (les 100 derniers par salon) ; pas d'historique pour orders.> (hors de chat.>)",
    );
    expect(describeHistory([["chat.general", { state: "loaded", count: 1 }]], fr)).toContain("1 message stocké lu dans le flux");
    expect(describeHistory(unavailable({ kind: "timeout", withinS: 5 }, 20), fr)).toBe(
      "Historique indisponible : JetStream n'a pas livré l'historique en 5 s. Les messages en direct arrivent toujours. Nouvel essai dans 20 s.",
    );
    expect(describeHistory([["chat.dev", { state: "loading" }]], fr)).toBe("Chargement de l'historique de chat.dev…");
  });
});
