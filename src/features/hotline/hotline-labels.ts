import type { ReplyMode } from "./hotline-agent-form";
import type { AskMode } from "./hotline-request-form";
import type { CallKind } from "./hotline-ask";

export const REPLY_MODE_LABELS: Record<ReplyMode, string> = {
  respond: "msg.respond()",
  publish: "publish to reply subject",
};

export const ASK_MODE_LABELS: Record<AskMode, string> = {
  request: "request()",
  inbox: "explicit inbox",
};

export const OUTCOME_LABELS: Record<CallKind, string> = {
  reply: "reply",
  "error-reply": "error reply",
  "no-responders": "no responders",
  timeout: "timeout",
  failed: "failed",
};
