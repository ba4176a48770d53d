import { defineMessages } from "../i18n/messages";
import type { BusDetail } from "./errors";

const bytesEn = (n: number) =>
  n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : n >= 1024 && n % 1024 === 0 ? `${n / 1024} KB` : `${n} bytes`;

// What a failed publish, request or subscription says (English; French in bus-text.fr.ts).
export const busEn = {
  noResponders: (p: { subject: string }) => `no responders: nobody is subscribed to '${p.subject}'`,
  timeout: (p: { subject: string }) => `timeout: no reply on '${p.subject}' in time`,
  tooLargeSized: (p: { size: number; limit: number }) => `message of ${p.size} bytes is over the server's max_payload of ${p.limit} bytes`,
  tooLarge: (p: { limit?: number }) => `message is larger than the server's max_payload${p.limit ? ` (${bytesEn(p.limit)})` : ""}`,
  permission: (p: { subscribe: boolean; subject: string }) =>
    `permission denied: this tab may not ${p.subscribe ? "subscribe to" : "publish to"} '${p.subject}' (the server's permissions for browser users forbid it)`,
  refusedSubscription: (p: { subject: string }) => `subscription to '${p.subject}' was refused by the server`,
  notConnected: "not connected to a NATS server",
  requestOffline: (p: { subject: string }) => `not connected: the request to '${p.subject}' was not sent`,
  offlineBufferFull: (p: { maxMessages: number; maxBytes: number }) =>
    `not connected, and the offline buffer is full (${p.maxMessages} messages or ${bytesEn(p.maxBytes)}): this message was not sent`,
};

export type BusText = typeof busEn;

export const busText = defineMessages(busEn, () => import("./bus-text.fr"));

export function describeBusDetail(d: BusDetail, t: BusText = busEn): string {
  switch (d.kind) {
    case "no-responders":
      return t.noResponders(d);
    case "timeout":
      return t.timeout(d);
    case "too-large":
      return d.size !== undefined && d.limit !== undefined ? t.tooLargeSized({ size: d.size, limit: d.limit }) : t.tooLarge(d);
    case "permission":
      return t.permission(d);
    case "refused-subscription":
      return t.refusedSubscription(d);
    case "not-connected":
      return t.notConnected;
    case "request-offline":
      return t.requestOffline(d);
    case "offline-buffer-full":
      return t.offlineBufferFull(d);
    case "other":
      return d.text;
  }
}
