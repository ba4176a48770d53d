import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

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
    inspect: { request: "Inspect request", reply: "Inspect reply" },
    inspectCall: (part: Part, n: number) => `Inspect ${part} of call ${n}`,
    inspectHandled: (part: Part, n: number) => `Inspect ${part} of handled call ${n}`,
    message: "Message", headers: "Headers", showAs: "Show as", payload: "Payload", close: "Close",
    codeButton: "Code", codeRegion: "Code", variant: "What the program does", programs: "Programs", connectTo: "Programs connect to",
    targets: { python: "Python", cli: "nats CLI", node: "Node" },
    sequence: "Sequence", showCall: (n: number) => `Show call ${n} in the sequence`, latest: "Show the latest call", stepsAsText: "Steps as text",
    exportGroup: "Export the call history", exportAs: { json: "Export JSON", csv: "Export CSV" },
  },
  fr: {
    subject: "Sujet", agentName: "Nom de l'agent", replyWith: "Répondre avec", answer: "Répondre à la hotline", code: "Code",
    json: "JSON de la requête", timeout: "Délai d'attente (ms)", askWith: "Demander avec", repeat: "Répéter", send: "Envoyer la requête",
    result: "Résultat", runSummary: "Bilan de la série", history: "Historique des appels", callsHandled: "Appels traités",
    agentStatus: "État de l'agent", answeringOn: "Répond sur", notAnswering: "Ne répond pas",
    inspect: { request: "Inspecter la requête", reply: "Inspecter la réponse" },
    inspectCall: (part: Part, n: number) => `Inspecter la ${part === "request" ? "requête" : "réponse"} de l'appel ${n}`,
    inspectHandled: (part: Part, n: number) => `Inspecter la ${part === "request" ? "requête" : "réponse"} de l'appel traité n° ${n}`,
    message: "Message", headers: "En-têtes", showAs: "Afficher en", payload: "Données", close: "Fermer",
    codeButton: "Code", codeRegion: "Code", variant: "Ce que fait le programme", programs: "Programmes", connectTo: "Les programmes se connectent à",
    targets: { python: "Python", cli: "CLI nats", node: "Node" },
    sequence: "Séquence", showCall: (n: number) => `Afficher l'appel ${n} dans la séquence`, latest: "Afficher le dernier appel",
    stepsAsText: "Étapes en texte",
    exportGroup: "Exporter l'historique des appels", exportAs: { json: "Exporter en JSON", csv: "Exporter en CSV" },
  },
};

type Part = "request" | "reply";
export type CodeTarget = "python" | "cli" | "node";

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

  /** The Inspect button of the call the Result shows. */
  inspectResult(part: Part) {
    return this.result().getByRole("button", { name: this.w.inspect[part], exact: true });
  }

  /** The Inspect button of call `n` in the requester's Call history (calls are numbered from 1 in each tab). */
  inspectCall(part: Part, n: number) {
    return this.page.getByRole("button", { name: this.w.inspectCall(part, n), exact: true });
  }

  /** The Inspect button of call `n` in the agent's Calls handled (numbered from 1 since the log was last cleared). */
  inspectHandled(part: Part, n: number) {
    return this.page.getByRole("button", { name: this.w.inspectHandled(part, n), exact: true });
  }

  /** Opens the Code region (once) and picks a variant ("agent", "requester") and a language's tab. */
  async openCode(o: { variant?: "agent" | "requester"; target?: CodeTarget } = {}) {
    if ((await this.codeRegion().count()) === 0) await this.page.getByRole("button", { name: this.w.codeButton, exact: true }).click();
    await expect(this.codeRegion()).toBeVisible();
    if (o.variant) await this.codeVariant().selectOption(o.variant);
    if (o.target) await this.codeRegion().getByRole("tab", { name: this.w.targets[o.target], exact: true }).click();
  }

  codeRegion() {
    return this.page.getByRole("region", { name: this.w.codeRegion, exact: true });
  }

  codeVariant() {
    return this.codeRegion().getByLabel(this.w.variant);
  }

  /** The program the Code region shows now, as text. */
  async program(): Promise<string> {
    const pre = this.codeRegion().getByRole("tabpanel").locator("pre");
    await expect(pre).not.toBeEmpty();
    return (await pre.textContent()) ?? "";
  }

  /** The figure named Sequence: the call the history has selected (the latest by default). */
  sequence() {
    return this.page.getByRole("figure", { name: this.w.sequence, exact: true });
  }

  /** The kinds of the Sequence's steps, in order (its text alternative's list items carry them). */
  async stepKinds(): Promise<string[]> {
    return this.sequence().getByRole("listitem").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-step-kind") ?? ""));
  }

  /** The number button of call `n` in the Call history: shows that call in the Sequence. */
  showCall(n: number) {
    return this.page.getByRole("button", { name: this.w.showCall(n), exact: true });
  }

  showLatest() {
    return this.page.getByRole("button", { name: this.w.latest, exact: true });
  }

  exportButton(format: "json" | "csv") {
    return this.page.getByRole("group", { name: this.w.exportGroup }).getByRole("button", { name: this.w.exportAs[format], exact: true });
  }

  /** Clicks an Export button and returns the downloaded file's name and text. */
  async exportCalls(format: "json" | "csv"): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.exportButton(format).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }

  /** The open Message dialog. */
  inspector() {
    return new InspectorDialog(this.page.getByRole("dialog", { name: this.w.message }), this.w);
  }
}

/** The Message dialog, found by its roles and labels. */
export class InspectorDialog {
  constructor(
    readonly dialog: Locator,
    private readonly w: (typeof WORDS)["en"],
  ) {}

  /** The value of a fact of the message (Subject, Reply subject, Size, Received, Delivered by). */
  fact(term: string) {
    return this.dialog.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
  }

  /** The header table's rows, as [name, value]. */
  async headers(): Promise<string[][]> {
    const rows = this.dialog.getByRole("table", { name: this.w.headers }).getByRole("row");
    const all = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    return all.filter((cells) => cells.length > 0);
  }

  showAs() {
    return this.dialog.getByLabel(this.w.showAs);
  }

  payload() {
    return this.dialog.getByRole("region", { name: this.w.payload });
  }

  close() {
    return this.dialog.getByRole("button", { name: this.w.close });
  }
}
