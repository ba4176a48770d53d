import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import subjectFr from "../../subjects/subject-text.fr";
import busFr from "../../nats/bus-text.fr";
import type { BusMessage, NatsClient } from "../../nats/nats-client";
import agentFr from "./agent-text.fr";
import requesterFr from "./requester-text.fr";
import type { AgentWords } from "./agent-words";
import { describeCallNote, describeCause } from "./agent-words";
import type { RequesterWords } from "./requester-words";
import { describeFailure, describeRequestProblem, describeWarning, timeoutText } from "./requester-words";
import { checkRequest, DEFAULT_REQUESTER_FORM, jsonProblem } from "./hotline-request-form";
import { answer } from "./hotline-responder-logic";
import { sendReply } from "./hotline-agent-call";
import { marked, plain } from "./hotline-marks";
import { Rich } from "./Rich";
import { formatFor } from "../../i18n/format";

const agentFrWords: AgentWords = { t: agentFr, subject: subjectFr, bus: busFr };
const requesterFrWords: RequesterWords = { t: requesterFr, subject: subjectFr, bus: busFr };
const cause = (request: string) => answer(request, "alice").cause!;
const rich = (text: string) => renderToStaticMarkup(createElement(Rich, { text }));

describe("hotline text - the agent's log in French", () => {
  it("an ok: false reply's reason: the wire stays English, the log says it in French", () => {
    const a = answer('{"code":"sum","values":[1,"2"]}', "alice");
    expect(a.reply).toMatchObject({ ok: false, error: `'sum' needs numbers: "values"[1] is a string` });
    expect(describeCause(a.cause!, agentFrWords)).toBe(`'sum' attend des nombres : "values"[1] est une chaîne`);
    expect(describeCause(cause('{"code":"dance"}'), agentFrWords)).toBe(
      'code inconnu "dance" : les codes connus sont ping, echo, time, sum, upper, sleep',
    );
    expect(describeCause(cause('{"code":"sleep"}'), agentFrWords)).toBe(`'sleep' attend "ms" : un nombre entier de millisecondes, reçu : rien`);
  });
  it("the JSON parser's message stays as the engine wrote it, inside the French sentence", () => {
    const c = cause("{oops");
    expect(c.kind).toBe("invalid-json");
    const detail = (c as { detail: string }).detail;
    expect(describeCause(c, agentFrWords)).toBe(`JSON invalide : ${detail}`);
  });
  it("a reply too big for max_payload: the error reply sent is English, the log's reason French", () => {
    const responded: string[] = [];
    const client = { server: () => ({ maxPayload: 200 }) } as unknown as NatsClient;
    const m = { reply: "_INBOX.x", respond: (d: Uint8Array) => (responded.push(new TextDecoder().decode(d)), true) } as unknown as BusMessage;
    const { logged } = sendReply(client, m, answer(JSON.stringify({ code: "echo", data: "x".repeat(300) }), "alice"), { agent: "alice", mode: "respond" });
    expect(JSON.parse(responded[0]!).error).toMatch(/^the agent could not send its reply: reply of \d+ bytes is over the server's max_payload of 200 bytes$/);
    expect(logged).toMatchObject({ ok: false, cause: { kind: "reply-not-sent", why: { kind: "too-large", limit: 200 } } });
    expect(describeCause(logged.cause!, agentFrWords)).toMatch(/^l'agent n'a pas pu envoyer sa réponse : la réponse de \d+ octets dépasse le max_payload du serveur \(200 octets\)$/);
    expect(describeCallNote({ kind: "not-sent", why: { kind: "too-large", size: 300, limit: 200 } })).toBe(
      "reply of 300 bytes is over the server's max_payload of 200 bytes; no reply sent",
    );
  });
});

describe("hotline text - the requester's form in French", () => {
  it("field problems and warnings", () => {
    const { errors } = checkRequest({ ...DEFAULT_REQUESTER_FORM, timeoutMs: "0", repeat: "x", subject: "hotline.*" });
    expect(describeRequestProblem(errors.timeoutMs!, requesterFrWords)).toBe("0 est hors limites : le délai d'attente (ms) va de 1 à 300000");
    expect(describeRequestProblem(errors.repeat!, requesterFrWords)).toBe("'x' n'est pas un nombre entier : le nombre de répétitions va de 1 à 1000");
    expect(describeRequestProblem(errors.subject!, requesterFrWords)).toContain("hotline.*");
    expect(describeRequestProblem(jsonProblem("")!, requesterFrWords)).toBe(
      'Le JSON de la requête est vide : écrivez un objet JSON comme {"code": "ping"}. Rien n\'a été envoyé.',
    );
    expect(describeWarning({ kind: "no-code" }, requesterFrWords)).toBe(`pas de "code" : les agents renverront une réponse d'erreur`);
  });
  it("a failure with no answer: typed, said in French; the server's own words stay as they are", () => {
    expect(describeFailure({ kind: "stopped" }, requesterFrWords)).toBe("le demandeur s'est arrêté avant la réponse");
    expect(describeFailure({ kind: "bus", detail: { kind: "other", text: "Bad Request" } }, requesterFrWords)).toBe("Bad Request");
  });
  it("run outcomes agree in number", () => {
    expect(requesterFr.run.outcomes.reply({ count: "1", n: 1 })).toBe("1 réponse");
    expect(requesterFr.run.outcomes.timeout({ count: "3", n: 3 })).toBe("3 délais dépassés");
  });
  it("a timeout reads as typed: whole milliseconds", () => {
    expect(timeoutText(formatFor("en"), 5)).toBe("5 ms");
    expect(timeoutText(formatFor("en"), 400)).toBe("400 ms");
    // durations are not grouped: "handled in 1500 ms" (e2e matches it), "60000 ms" as typed in the field
    expect(formatFor("en").ms(1500)).toBe("1500 ms");
    expect(timeoutText(formatFor("fr"), 60000)).toBe("60000 ms");
    expect(formatFor("fr").ms(0.8)).toBe("0,8 ms");
  });
});

describe("hotline text - marks", () => {
  it("plain leaves the text alone; Rich sets protocol words as code and data as translate=no, same text", () => {
    expect(describeCause(cause("{}"), agentFrWords, plain)).toBe(
      `"code" manquant : dites ce que vous voulez avec l'un de ping, echo, time, sum, upper, sleep`,
    );
    const html = rich(describeCause(cause("{}"), agentFrWords, marked));
    expect(html).toBe(
      `<code translate="no">&quot;code&quot;</code> manquant : dites ce que vous voulez avec l&#x27;un de <code translate="no">ping, echo, time, sum, upper, sleep</code>`,
    );
    expect(rich(requesterFr.result.replyFrom({ agent: marked.data("bob\uE001") }))).toBe(`Réponse de <span translate="no">bob</span>`);
  });
});
