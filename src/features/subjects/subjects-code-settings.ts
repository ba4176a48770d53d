import type { PublisherCode, SubscriptionsCode } from "../../codegen/subjects-code";
import { validatePublishSubject } from "../../subjects/subject-grammar";
import { franceSubject } from "./publisher/france-dataset";
import { checkHeaders } from "./publisher/header-rules";
import { checkEvery } from "./publisher/publisher-logic";
import type { PublisherState } from "./publisher/publisher-store";
import { SubState } from "./receiver/receiver-store";
import type { SubView } from "./receiver/receiver-store";

// What the Code region's programs do, from the very store values the panel
// uses: the patterns this tab is subscribed to, and the message it publishes.

export const CodeVariantId = { Subscriptions: "subscriptions", Publisher: "publisher" } as const;
export type CodeVariantId = (typeof CodeVariantId)[keyof typeof CodeVariantId];

/** Subscribed (or about to be): a paused pattern is unsubscribed on the server, a refused one never was. */
const subscribed = (state: SubState) => state !== SubState.Paused && state !== SubState.Refused;

export function subscriptionsCode(subs: readonly Pick<SubView, "pattern" | "state">[]): SubscriptionsCode {
  return { patterns: subs.filter((s) => subscribed(s.state)).map((s) => s.pattern) };
}

export type PublisherSettings = Pick<PublisherState, "free" | "place" | "payload" | "headers" | "every" | "auto">;

/**
 * The Subject field's message, with the editor's valid headers; every N ms while
 * auto publish is on. A Subject field the panel would refuse gives way to the
 * subject its selects built (the program must run as it is).
 */
export function publisherCode(s: PublisherSettings): PublisherCode {
  const typed = s.free.trim();
  const subject = validatePublishSubject(typed).ok ? typed : franceSubject(s.place);
  const headers = checkHeaders(s.headers).list;
  const everyMs = s.auto ? checkEvery(s.every).ms : undefined;
  return { subject, payload: s.payload, ...(headers.length > 0 && { headers }), ...(everyMs !== undefined && { everyMs }) };
}

/** What the panel is doing right now: publishing when auto publish runs, else receiving. */
export const defaultCodeVariant = (auto: boolean): CodeVariantId => (auto ? CodeVariantId.Publisher : CodeVariantId.Subscriptions);
