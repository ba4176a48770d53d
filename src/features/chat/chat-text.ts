import { defineMessages } from "../../i18n/messages";
import { formatBytes } from "../../nats/errors";
import type { HistoryDetail } from "../../nats/jetstream-history";
import { CHAT, PRESENCE } from "./chat-constants";

const plural = (n: number) => (n === 1 ? "" : "s");

// Every word of the Chat panel, in English (French: chat-text.fr.ts). Message
// texts, sender names and room subjects are data: they are never in here.
export const chatEn = {
  rooms: {
    title: "Rooms",
    field: "Room or pattern",
    placeholder: "chat.dev, chat.*, chat.>",
    hint: "each is a real NATS subscription; * is one token, > the rest",
    join: "Join",
    list: "Rooms",
    all: "All",
    joining: " joining…",
    /** after the count, for screen readers */
    unread: (_: { count: number }) => " unread",
    leave: "Leave",
    leaveRoom: (p: { pattern: string }) => `Leave ${p.pattern}`,
    none: "Not in any room: join one above to read and chat.",
  },
  online: {
    inYourRooms: "Online in your rooms",
    /** followed by the view's pattern */
    in: "Online in",
    list: "Online",
    you: " (you)",
    nobody: "Nobody here yet.",
    heartbeat: (p: { everyS: number; goneS: number; subjects: string }) =>
      `Each tab says it is here every ${p.everyS} s on ${p.subjects}; silent for ${p.goneS} s means gone.`,
  },
  conversation: {
    allRooms: "All your rooms",
    list: "Conversation",
    empty: "No messages here yet.",
    /** names the Export JSON / Export CSV pair */
    export: "Export this conversation",
  },
  message: {
    unnamed: "unnamed",
    /** before the message's subject */
    on: "on",
    via: "via",
    deliveredBy: "Delivered by",
    fromHistory: "from history",
    /** forwarded from <subject>, written by <author> */
    forwardedFrom: "forwarded from",
    writtenBy: ", written by",
    /** between the quoted author and the quoted text */
    quoteColon: ": ",
    reply: "Reply",
    replyTo: (p: { from: string }) => `Reply to ${p.from}`,
    forward: "Forward",
    forwardMessageOf: (p: { from: string }) => `Forward ${p.from}'s message`,
    inspectMessageOf: (p: { from: string }) => `Inspect ${p.from}'s message`,
    /** after the start of a long text */
    cut: (p: { shown: string; count: string }) => ` (the first ${p.shown} of ${p.count} characters: Inspect shows them all)`,
  },
  inspect: {
    notKept: (p: { rows: string; megabytes: string }) =>
      `This tab no longer keeps this message's payload and headers: it keeps them for its newest ${p.rows} messages, up to ${p.megabytes} MB.`,
  },
  forward: {
    to: "Forward to",
    placeholder: "chat.dev",
    send: "Send forward",
    cancel: "Cancel",
  },
  composer: {
    /** followed by the name */
    youAre: "You are",
    changeName: "Change name",
    replying: "Replying to",
    /** Replying to <author> on <subject> */
    replyingOn: "on",
    cancelReply: "Cancel reply",
    message: "Message",
    placeholder: "Enter sends, Shift+Enter for a new line",
    postTo: "Post to",
    postToHint: "a literal room subject",
    replyHint: "a reply goes to the room of the message",
    send: "Send",
  },
  identity: {
    choose: "Choose the name shown on your messages in this tab.",
    change: "Pick a new name for your next messages.",
    name: "Your name",
    join: "Join chat",
    save: "Save name",
    cancel: "Cancel",
  },
  history: {
    label: "Chat history",
    unavailable: (p: { reason: string }) => `History unavailable: ${p.reason}. Live messages still arrive.`,
    retry: (p: { seconds: number }) => ` Trying again in ${p.seconds} s.`,
    loading: (p: { patterns: string }) => `Loading history for ${p.patterns}…`,
    loaded: (p: { count: number; stream: string; perRoom: number }) =>
      `History: ${p.count} stored message${plural(p.count)} read from the ${p.stream} stream (last ${p.perRoom} per room)`,
    outside: (p: { patterns: string; kept: string }) => `no history for ${p.patterns} (outside ${p.kept})`,
    /** between the loaded part and the outside part */
    separator: "; ",
    reason: {
      notConnected: "not connected to a NATS server",
      noJetStream: "JetStream is not enabled on this server",
      noStream: (p: { stream: string }) =>
        `the stream ${p.stream} does not exist on this server (npm start creates it, or run: node scripts/chat-stream.mjs nats://<host>:4222)`,
      timeoutWithin: (p: { seconds: number }) => `JetStream did not deliver the history within ${p.seconds} s`,
      timeout: "JetStream did not answer in time",
      permission: (p: { stream: string; text: string }) => `permission denied: this tab may not read the stream ${p.stream} (${p.text})`,
    },
  },
  problem: {
    nameEmpty: "type the name others will see on your messages",
    nameTooLong: (p: { length: number; max: number }) => `${p.length} characters is too long: a name has at most ${p.max}`,
    alreadyJoined: (p: { pattern: string }) => `you are already in ${p.pattern}: pick its view in the room list`,
    tooManyRooms: (p: { max: number }) => `${p.max} subscriptions is the most a tab keeps: leave one first`,
    tooLarge: (p: { size: number; limit: number }) =>
      `this message is ${p.size} bytes with its envelope; the server's max_payload is ${formatBytes(p.limit)} (${p.limit} bytes): shorten it`,
    emptyText: "the message is empty: type something to send",
    nameFirst: "choose your name first: it is shown on every message",
    joinRefused: (p: { pattern: string; reason: string }) => `could not join ${p.pattern}: ${p.reason}`,
  },
  note: {
    outsideStream: (p: { what: string }) =>
      `${p.what} is outside ${CHAT.streamSubjects}: it works live, but the ${CHAT.stream} stream keeps no history for it`,
    unheard: (p: { action: "sent" | "forwarded"; subject: string }) =>
      `${p.action === "sent" ? "Sent to" : "Forwarded to"} ${p.subject}: none of your subscriptions covers it, so it does not show here (join it to see it)`,
    forwarded: (p: { subject: string }) => `Forwarded to ${p.subject}`,
  },
};

export type ChatText = typeof chatEn;

export const chatText = defineMessages(chatEn, () => import("./chat-text.fr"));

/** The heartbeat's facts, as the online card says them. */
export const heartbeatFacts = {
  everyS: PRESENCE.heartbeatMs / 1000,
  goneS: PRESENCE.expiryMs / 1000,
  subjects: `${PRESENCE.prefix}chat.…`,
};

export function describeHistoryReason(d: HistoryDetail, t: ChatText = chatEn): string {
  const r = t.history.reason;
  switch (d.kind) {
    case "not-connected":
      return r.notConnected;
    case "no-jetstream":
      return r.noJetStream;
    case "no-stream":
      return r.noStream(d);
    case "timeout":
      return d.withinS === undefined ? r.timeout : r.timeoutWithin({ seconds: d.withinS });
    case "permission":
      return r.permission(d);
    case "other":
      return d.text;
  }
}
