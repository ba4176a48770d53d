import { expect } from "@playwright/test";
import type { Page } from "@playwright/test";

export type AgentSetup = { subject: string; name?: string; replyWith?: "msg.respond()" | "publish to reply subject" | "respond" | "publish" };
export type AskSetup = {
  subject?: string;
  code?: string;
  json?: string;
  timeoutMs?: number;
  askWith?: "request()" | "explicit inbox" | "request" | "inbox";
  repeat?: number;
};

// What the panel's controls are called in each language (the catalogues' words).
const WORDS = {
  en: {
    subject: "Subject", agentName: "Agent name", replyWith: "Reply with", answer: "Answer the hotline", code: "Code", json: "Request JSON",
    timeout: "Timeout (ms)", askWith: "Ask with", repeat: "Repeat", send: "Send request", result: "Result", runSummary: "Run summary",
    history: "Call history", callsHandled: "Calls handled", agentStatus: "Agent status", answeringOn: "Answering on", notAnswering: "Not answering",
  },
  fr: {
    subject: "Sujet", agentName: "Nom de l'agent", replyWith: "Répondre avec", answer: "Répondre à la hotline", code: "Code",
    json: "JSON de la requête", timeout: "Délai d'attente (ms)", askWith: "Demander avec", repeat: "Répéter", send: "Envoyer la requête",
    result: "Résultat", runSummary: "Bilan de la série", history: "Historique des appels", callsHandled: "Appels traités",
    agentStatus: "État de l'agent", answeringOn: "Répond sur", notAnswering: "Ne répond pas",
  },
};

export class HotlinePage {
  private readonly w: (typeof WORDS)["en"];

  /** lang: the page's language (?lang=); replyWith and askWith are then given as option values or English labels */
  constructor(readonly page: Page, lang: "en" | "fr" = "en") {
    this.w = WORDS[lang];
  }

  async open() {
    await this.page.getByRole("tab", { name: "Hotline" }).click();
  }

  async answer({ subject, name, replyWith }: AgentSetup) {
    const p = this.page;
    await p.getByLabel(this.w.subject, { exact: true }).fill(subject);
    if (name !== undefined) await p.getByLabel(this.w.agentName).fill(name);
    if (replyWith) await p.getByLabel(this.w.replyWith).selectOption(replyWith);
    await p.getByLabel(this.w.answer).check();
    // shown once the server has the subscription: requests from now on reach this agent
    await expect(this.agentStatus()).toContainText(`${this.w.answeringOn} ${subject}`);
  }

  async stopAnswering() {
    await this.page.getByLabel(this.w.answer).uncheck();
    await expect(this.agentStatus()).toHaveText(this.w.notAnswering);
  }

  async fill({ subject, code, json, timeoutMs, askWith, repeat }: AskSetup) {
    const p = this.page;
    if (subject !== undefined) await p.getByLabel(this.w.subject, { exact: true }).fill(subject);
    if (code !== undefined) await p.getByLabel(this.w.code, { exact: true }).selectOption(code);
    if (json !== undefined) await this.json().fill(json);
    if (timeoutMs !== undefined) await p.getByLabel(this.w.timeout).fill(String(timeoutMs));
    if (askWith !== undefined) await p.getByLabel(this.w.askWith).selectOption(askWith);
    if (repeat !== undefined) await p.getByLabel(this.w.repeat).fill(String(repeat));
  }

  /** Sends and waits until every call of the run is in the history. */
  async ask(setup: AskSetup = {}) {
    await this.fill(setup);
    const before = await this.history().count();
    await this.sendButton().click();
    const expected = Math.min(50, before + (setup.repeat ?? 1));
    await expect(this.history()).toHaveCount(expected, { timeout: 30_000 });
    await expect(this.sendButton()).toBeEnabled();
  }

  json() {
    return this.page.getByLabel(this.w.json);
  }

  sendButton() {
    return this.page.getByRole("button", { name: this.w.send });
  }

  result() {
    return this.page.getByRole("region", { name: this.w.result });
  }

  runSummary() {
    return this.page.getByLabel(this.w.runSummary);
  }

  history() {
    return this.page.getByRole("list", { name: this.w.history }).getByRole("listitem");
  }

  callsHandled() {
    return this.page.getByRole("list", { name: this.w.callsHandled }).getByRole("listitem");
  }

  agentStatus() {
    return this.page.getByLabel(this.w.agentStatus);
  }
}
