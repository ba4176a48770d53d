import { describe, expect, it } from "vitest";
import { busText } from "../../nats/bus-text";
import { subjectText } from "../../subjects/subject-text";
import type { Checked } from "./chat-checks";
import { checkEnvelope, checkJoin, checkName, checkTarget, checkText, MAX_SUBSCRIPTIONS } from "./chat-checks";
import { buildMessage } from "./chat-envelope";
import { chatText } from "./chat-text";
import type { ChatWords } from "./chat-words";
import { chatWordsEn, describeChatNote, describeChatProblem } from "./chat-words";

/** What a refusal says to people, in English unless told. */
const said = (c: Checked<unknown>, w: ChatWords = chatWordsEn) => (c.ok ? undefined : describeChatProblem(c.problem, w));
const noted = (c: Checked<unknown>, w: ChatWords = chatWordsEn) => (c.ok && c.note ? describeChatNote(c.note, w) : undefined);

describe("chat-checks", () => {
  it("name - trimmed, not empty, not too long", () => {
    expect(checkName("  alice ")).toEqual({ ok: true, value: "alice" });
    expect(checkName("  ")).toEqual({ ok: false, problem: { kind: "name-empty" } });
    expect(said(checkName("  "))).toBe("type the name others will see on your messages");
    expect(checkName("x".repeat(41))).toEqual({ ok: false, problem: { kind: "name-too-long", length: 41, max: 40 } });
    expect(said(checkName("x".repeat(41)))).toBe("41 characters is too long: a name has at most 40");
  });

  it("join - patterns with wildcards are fine, invalid ones say why, duplicates refused", () => {
    expect(checkJoin("chat.>", [])).toEqual({ ok: true, value: "chat.>", note: undefined });
    expect(checkJoin("chat.*", ["chat.>"])).toMatchObject({ ok: true, value: "chat.*" });
    expect(checkJoin("chat.>.x", [])).toMatchObject({ ok: false, problem: { kind: "subject", problem: { kind: "gt-not-last" } } });
    expect(said(checkJoin("chat.>.x", []))).toContain("'>' must be the last token");
    expect(said(checkJoin("chat..x", []))).toContain("empty token");
    expect(checkJoin("chat.dev", ["chat.dev"])).toEqual({ ok: false, problem: { kind: "already-joined", pattern: "chat.dev" } });
    expect(said(checkJoin("chat.dev", ["chat.dev"]))).toBe("you are already in chat.dev: pick its view in the room list");
    const many = Array.from({ length: MAX_SUBSCRIPTIONS }, (_, i) => `chat.r${i}`);
    expect(said(checkJoin("chat.x", many))).toBe("20 subscriptions is the most a tab keeps: leave one first");
  });

  it("join - outside chat.> works but notes there is no history; a literal 'foo*' token is noted", () => {
    expect(checkJoin("orders.>", [])).toMatchObject({ ok: true, note: { kind: "outside-stream", what: "orders.>" } });
    expect(noted(checkJoin("orders.>", []))).toBe("orders.> is outside chat.>: it works live, but the CHAT stream keeps no history for it");
    expect(checkJoin(">", [])).toMatchObject({ ok: true, note: undefined });
    expect(noted(checkJoin("chat.dev*", []))).toContain("'dev*' is a literal token, not a wildcard");
  });

  it("target - literal subjects only, the wildcard named", () => {
    expect(checkTarget("chat.dev")).toEqual({ ok: true, value: "chat.dev", note: undefined });
    expect(said(checkTarget("chat.*"))).toContain("wildcard '*'");
    expect(said(checkTarget(""))).toContain("empty");
    expect(noted(checkTarget("news"))).toContain("no history");
  });

  it("text - empty or blank refused", () => {
    expect(checkText(" \n ")).toEqual({ ok: false, problem: { kind: "empty-text" } });
    expect(said(checkText(" \n "))).toBe("the message is empty: type something to send");
    expect(checkText(" hi ")).toEqual({ ok: true, value: " hi " });
  });

  it("size - over max_payload refused with the limit named; the header counts", () => {
    const small = checkEnvelope("chat.general", buildMessage("a", "hi", "id", 1), 1024);
    expect(small).toMatchObject({ ok: true, value: { subject: "chat.general", headers: { "Nats-Msg-Id": "id" } } });
    const big = checkEnvelope("chat.general", buildMessage("a", "x".repeat(1000), "id", 1), 1024);
    expect(big).toMatchObject({ ok: false, problem: { kind: "too-large", limit: 1024 } });
    expect(said(big)).toMatch(/max_payload is 1 KB \(1024 bytes\): shorten it$/);
    const edge = buildMessage("a", "", "id", 1);
    const envelopeBytes = JSON.stringify(edge).length;
    // exactly at the limit passes once the header is counted, one byte over fails
    const headerBytes = "NATS/1.0\r\nNats-Msg-Id: id\r\n\r\n".length;
    expect(checkEnvelope("s", edge, envelopeBytes + headerBytes).ok).toBe(true);
    expect(checkEnvelope("s", edge, envelopeBytes + headerBytes - 1).ok).toBe(false);
  });

  it("refusals from the server - said with the bus's words, after the room", () => {
    const refused = { kind: "join-refused", pattern: "secret.>", detail: { kind: "permission", subscribe: true, subject: "secret.>" } } as const;
    expect(describeChatProblem(refused)).toBe(
      "could not join secret.>: permission denied: this tab may not subscribe to 'secret.>' (the server's permissions for browser users forbid it)",
    );
    expect(describeChatProblem({ kind: "name-first" })).toBe("choose your name first: it is shown on every message");
    expect(describeChatNote({ kind: "unheard", action: "sent", subject: "chat.random" })).toBe(
      "Sent to chat.random: none of your subscriptions covers it, so it does not show here (join it to see it)",
    );
    expect(describeChatNote({ kind: "forwarded", subject: "chat.dev" })).toBe("Forwarded to chat.dev");
  });

  it("french - the same problems, said in French with the lab's words", async () => {
    const fr: ChatWords = { t: await chatText.fr(), subject: await subjectText.fr(), bus: await busText.fr() };
    expect(said(checkName("  "), fr)).toBe("tapez le nom que les autres verront sur vos messages");
    expect(said(checkJoin("chat.dev", ["chat.dev"]), fr)).toBe("vous êtes déjà dans chat.dev : choisissez sa vue dans la liste des salons");
    expect(said(checkJoin("chat.>.x", []), fr)).toContain("'>' doit être le dernier mot");
    expect(said(checkTarget("chat.*"), fr)).toContain("joker '*'");
    expect(said(checkText(""), fr)).toBe("le message est vide : tapez quelque chose à envoyer");
    const big = checkEnvelope("chat.general", buildMessage("a", "x".repeat(3000), "id", 1), 2048);
    expect(said(big, fr)).toMatch(/^ce message fait 3\u202f\d{3} octets avec son enveloppe ; le max_payload du serveur est de 2 Ko \(2\u202f048 octets\)/);
    expect(describeChatProblem({ kind: "join-refused", pattern: "secret.>", detail: { kind: "permission", subscribe: true, subject: "secret.>" } }, fr)).toMatch(
      /^impossible de rejoindre secret\.> : permission refusée : cet onglet ne peut pas s'abonner à 'secret\.>'/,
    );
    expect(describeChatNote({ kind: "unheard", action: "forwarded", subject: "chat.random" }, fr)).toBe(
      "Transféré vers chat.random : aucun de vos abonnements ne le couvre, il ne s'affiche donc pas ici (rejoignez-le pour le voir)",
    );
    expect(noted(checkJoin("orders.>", []), fr)).toBe("orders.> est hors de chat.> : cela marche en direct, mais le flux CHAT n'en garde aucun historique");
  });
});
