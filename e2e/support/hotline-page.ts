import { expect } from "@playwright/test";
import type { Page } from "@playwright/test";

export type AgentSetup = { subject: string; name?: string; replyWith?: "msg.respond()" | "publish to reply subject" };
export type AskSetup = {
  subject?: string;
  code?: string;
  json?: string;
  timeoutMs?: number;
  askWith?: "request()" | "explicit inbox";
  repeat?: number;
};

export class HotlinePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("tab", { name: "Hotline" }).click();
  }

  async answer({ subject, name, replyWith }: AgentSetup) {
    const p = this.page;
    await p.getByLabel("Subject", { exact: true }).fill(subject);
    if (name !== undefined) await p.getByLabel("Agent name").fill(name);
    if (replyWith) await p.getByLabel("Reply with").selectOption(replyWith);
    await p.getByLabel("Answer the hotline").check();
    // shown once the server has the subscription: requests from now on reach this agent
    await expect(this.agentStatus()).toContainText(`Answering on ${subject}`);
  }

  async stopAnswering() {
    await this.page.getByLabel("Answer the hotline").uncheck();
    await expect(this.agentStatus()).toHaveText("Not answering");
  }

  async fill({ subject, code, json, timeoutMs, askWith, repeat }: AskSetup) {
    const p = this.page;
    if (subject !== undefined) await p.getByLabel("Subject", { exact: true }).fill(subject);
    if (code !== undefined) await p.getByLabel("Code", { exact: true }).selectOption(code);
    if (json !== undefined) await this.json().fill(json);
    if (timeoutMs !== undefined) await p.getByLabel("Timeout (ms)").fill(String(timeoutMs));
    if (askWith !== undefined) await p.getByLabel("Ask with").selectOption(askWith);
    if (repeat !== undefined) await p.getByLabel("Repeat").fill(String(repeat));
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
    return this.page.getByLabel("Request JSON");
  }

  sendButton() {
    return this.page.getByRole("button", { name: "Send request" });
  }

  result() {
    return this.page.getByRole("region", { name: "Result" });
  }

  runSummary() {
    return this.page.getByLabel("Run summary");
  }

  history() {
    return this.page.getByRole("list", { name: "Call history" }).getByRole("listitem");
  }

  callsHandled() {
    return this.page.getByRole("list", { name: "Calls handled" }).getByRole("listitem");
  }

  agentStatus() {
    return this.page.getByLabel("Agent status");
  }
}
