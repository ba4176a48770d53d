import { useCallback } from "react";
import { useFormat } from "../../i18n/format";
import type { CallPart } from "./hotline-kept";
import { KEPT_BYTES } from "./hotline-kept";
import type { CallRecord } from "./hotline-requester-store";
import { useRequester, useRequesterWords } from "./hotline-context";
import type { RequesterText } from "./requester-text";
import type { RequesterWords } from "./requester-words";
import type { Opened } from "./Inspecting";
import { opened } from "./Inspecting";

/** Why a call has nothing to show as its reply (a timeout, a no-responders request() keeps to itself, a failure). */
export function noReplyReason(call: CallRecord, t: RequesterText): string {
  if (call.result.kind === "timeout") return t.result.noReply.timeout;
  if (call.result.kind === "no-responders") return t.result.noReply.hidden;
  return t.result.noReply.none;
}

/** Opens a call's request or reply: all its bytes, or what the row knows once the budget dropped them. */
export function useOpenCall(open: (o: Opened) => void): (call: CallRecord, part: CallPart) => void {
  const requester = useRequester();
  const { t } = useRequesterWords();
  const f = useFormat();
  return useCallback(
    (call: CallRecord, part: CallPart) => {
      const facts = call.inspect[part];
      if (!facts) return;
      const o = opened(facts, requester.inspect(call.id, part), t.inspector.dropped({ budget: f.bytes(KEPT_BYTES) }));
      // request() makes its inbox out of sight: without a reply naming it, say so rather than "none"
      if (part === "request" && call.mode === "request" && o.message.reply === undefined) o.message = { ...o.message, reply: t.result.hiddenInbox };
      open(o);
    },
    [requester, t, f, open],
  );
}

/** Inspect request / Inspect reply for the call the Result shows, or why it has no reply. */
export function ResultInspect({ call, w, open }: { call: CallRecord; w: RequesterWords; open: (o: Opened) => void }) {
  const t = w.t.result;
  const openCall = useOpenCall(open);
  return (
    <div className="hotline-inspect">
      {call.inspect.request && (
        <button type="button" onClick={() => openCall(call, "request")}>
          {t.inspectRequest}
        </button>
      )}
      {call.inspect.reply ? (
        <button type="button" onClick={() => openCall(call, "reply")}>
          {t.inspectReply}
        </button>
      ) : (
        <span className="muted">{noReplyReason(call, w.t)}</span>
      )}
    </div>
  );
}
