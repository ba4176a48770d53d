export const CHAT_STREAM: {
  name: string;
  subjects: string[];
  maxMsgsPerSubject: number;
  maxAgeMs: number;
  maxBytes: number;
  duplicateWindowMs: number;
};

export type ChatStreamOptions = {
  user?: string;
  pass?: string;
  /** 3 on a 3-node cluster */
  replicas?: number;
  storage?: "file" | "memory";
  maxMsgsPerSubject?: number;
  maxAgeMs?: number;
  maxBytes?: number;
  duplicateWindowMs?: number;
  timeoutMs?: number;
};

export type ChatStreamResult = { action: "created" | "updated" | "unchanged"; name: string; subjects: string[] };

/** Adds the CHAT stream (chat.>) or brings its limits up to date; throws a readable Error when it cannot. */
export function ensureChatStream(servers: string | string[], options?: ChatStreamOptions): Promise<ChatStreamResult>;
