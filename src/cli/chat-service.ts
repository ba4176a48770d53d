import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createChat } from "../features/chat/chat-controller";
import type { ChatController } from "../features/chat/chat-controller";
import type { ChatState } from "../features/chat/chat-store";
import type { ChatEntry } from "../features/chat/chat-timeline";
import { describeHistory } from "../features/chat/chat-views";
import { chatEn } from "../features/chat/chat-text";
import { describeChatNote, describeChatProblem, senderName } from "../features/chat/chat-words";
import type { FeatureDeps } from "../features/controller";
import type { RunningService } from "./lifecycle";
import type { Printer } from "./printer";

function describeEntry(e: ChatEntry): string {
  const from = senderName(e.from, chatEn);
  const history = e.fromHistory ? `  (${chatEn.message.fromHistory})` : "";
  const reply = e.replyTo ? `\n    ↪ ${chatEn.composer.replying} ${senderName(e.replyTo.from, chatEn)}: ${JSON.stringify(e.replyTo.text)}` : "";
  const forward = e.forwardedFrom
    ? `  (${chatEn.message.forwardedFrom} ${e.forwardedFrom.subject}${chatEn.message.writtenBy} ${senderName(e.forwardedFrom.from, chatEn)})`
    : "";
  return `[${e.subject}] ${from}: ${e.text}${forward}${history}${reply}`;
}

/** Prints what changed in the store that a person would see: joins, history, arrivals, who is online. */
function watch(chat: ChatController, print: Printer): () => void {
  const printed = new Set<string>();
  return chat.store.subscribe((s: ChatState, prev: ChatState) => {
    for (const pattern of prev.joining) if (!s.joining.includes(pattern) && s.subscriptions.includes(pattern)) print.line(`joined ${pattern}`);
    if (s.joinError && s.joinError !== prev.joinError) print.error(describeChatProblem(s.joinError));
    if (s.history !== prev.history) {
      for (const [pattern, h] of Object.entries(s.history)) {
        if (h !== prev.history[pattern] && h.state !== "loading") print.line(`${pattern}: ${describeHistory([[pattern, h]])}`);
      }
    }
    if (s.entries !== prev.entries) {
      // new ones in stream order (history) and arrival order (live), as the conversation shows them
      const fresh = s.entries.filter((e) => !printed.has(e.key)).sort((a, b) => a.order - b.order || a.n - b.n);
      for (const e of fresh) {
        printed.add(e.key);
        print.line(describeEntry(e));
      }
      // the store keeps at most 2000 entries: forget the keys it dropped
      if (printed.size > s.entries.length * 2) {
        const kept = new Set(s.entries.map((e) => e.key));
        for (const key of printed) if (!kept.has(key)) printed.delete(key);
      }
    }
    if (s.peers !== prev.peers) {
      for (const p of Object.values(s.peers)) if (!prev.peers[p.id] && p.id !== s.me.id) print.line(`${p.name} is online (${p.patterns.join(", ")})`);
      for (const p of Object.values(prev.peers)) if (!s.peers[p.id] && p.id !== s.me.id) print.line(`${p.name} left`);
    }
  });
}

// The Chat panel, headless: joins the rooms, prints what arrives, posts each
// line typed on stdin, and says goodbye (presence "leaving") when stopped.
export function runChat(deps: FeatureDeps, print: Printer, rooms: string[], postTo: string, input: Readable = process.stdin): RunningService {
  const chat = createChat(deps);
  const stopWatching = watch(chat, print);
  chat.editName(deps.client.name);
  chat.chooseName();
  for (const room of rooms) {
    if (chat.store.getState().subscriptions.includes(room)) continue;
    chat.editJoin(room);
    chat.joinRoom();
  }
  for (const pattern of chat.store.getState().subscriptions) if (!rooms.includes(pattern)) chat.leaveRoom(pattern);
  chat.editPostTo(postTo);
  print.line(`chatting as ${deps.client.name} in ${rooms.join(", ")}; lines typed here are posted to ${postTo}`);

  const lines = createInterface({ input, terminal: false });
  lines.on("line", (line) => {
    if (line.trim() === "") return;
    chat.editPostTo(postTo);
    chat.editDraft(line);
    chat.sendDraft();
    const s = chat.store.getState();
    const problem = s.draftError ?? s.postToError;
    if (problem) print.error(`not sent: ${describeChatProblem(problem)}`);
    else if (s.sendNote) print.line(describeChatNote(s.sendNote));
  });
  return {
    stop() {
      lines.close();
      stopWatching();
      chat.stop();
    },
  };
}
