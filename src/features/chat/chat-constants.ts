// Fixed facts of the chat protocol and of this tab's bounds.
export const CHAT = {
  /** JetStream stream that keeps chat.> (created by scripts/chat-stream.mjs, never by a tab) */
  stream: "CHAT",
  streamSubjects: "chat.>",
  roomPrefix: "chat.",
  defaultRooms: ["chat.general", "chat.dev", "chat.random"],
  defaultSubscriptions: ["chat.general"],
  historyPerRoom: 100,
  maxEntries: 2000,
  maxPerView: 500,
  messagesPerBlock: 20,
  quoteChars: 140,
  maxNameLength: 40,
  /** the envelopes' marker for a sender without a name, on the wire (the page says it in its own language) */
  unnamed: "unnamed",
  msgIdHeader: "Nats-Msg-Id",
} as const;

export const PRESENCE = {
  /** not under chat.: a chat.> subscription never sees presence traffic */
  prefix: "presence.",
  subscription: "presence.chat.>",
  heartbeatMs: 2000,
  expiryMs: 6000,
} as const;

export const ALL_VIEW = "all";
